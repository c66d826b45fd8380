-- The list stage of an election round (elections.md §3): where each name comes from, the opinion ballot on
-- self-nominations and nominations from the floor, withdrawals decided by the congress, a manual sort key, and
-- the congress's approval of the list ("chốt danh sách").

-- An opinion ballot (phiếu xin ý kiến) is a round of the same election with purpose NOMINATION_OPINION, held
-- before the round whose list it feeds (opinion_for); it takes that round's number so that the real rounds stay
-- "vòng 1, 2, …" in the minutes: the number is unique among the ELECTION rounds only.
alter table election_round
    add column opinion_for bigint references election_round (id),
    add column list_fixed_at timestamptz,
    add column list_fixed_by text,
    add column list_note text check (list_note is null or length(list_note) <= 2000),
    add constraint election_round_opinion_check check ((purpose = 'NOMINATION_OPINION') = (opinion_for is not null));
alter table election_round drop constraint election_round_election_id_round_no_key;
create unique index election_round_no_idx on election_round (election_id, round_no) where purpose = 'ELECTION';
create index election_round_opinion_idx on election_round (opinion_for) where opinion_for is not null;

-- One name put forward for a round's list while it is being built.
-- source: PROPOSAL (the convening committee's list, imported or picked from the unit's members), SELF (tự ứng
--         cử), FLOOR (đề cử tại đại hội, with who nominated).
-- status: LISTED (on the list), PENDING (waiting for the opinion ballot), OPINION (on an opinion ballot not yet
--         released), NOT_ADMITTED (the opinion ballot did not reach the 30 %), WITHDRAWN (withdrawal agreed).
create table list_entry (
    id                  bigserial primary key,
    round_id            bigint      not null references election_round (id),
    member_id           bigint references member (id),
    full_name           text        not null check (length(full_name) between 1 and 200),
    birth_date          date,
    source              text        not null check (source in ('PROPOSAL', 'SELF', 'FLOOR')),
    nominated_by        text check (nominated_by is null or length(nominated_by) between 1 and 200),
    nominated_by_member bigint references member (id),
    status              text        not null check (status in ('LISTED', 'PENDING', 'OPINION', 'NOT_ADMITTED',
                                                               'WITHDRAWN')),
    -- written family–middle–given, used instead of the name for the ballot order (elections.md §3)
    sort_key            text check (sort_key is null or length(sort_key) between 1 and 200),
    opinion_round_id    bigint references election_round (id),
    opinion_position    int,
    opinion_agree       int,
    created_at          timestamptz not null,
    created_by          text        not null,
    check (source = 'PROPOSAL' or nominated_by is not null)
);
create index list_entry_round_idx on list_entry (round_id);
create unique index list_entry_member_once_idx on list_entry (round_id, member_id)
    where member_id is not null and status <> 'WITHDRAWN' and status <> 'NOT_ADMITTED';

-- A withdrawal (rút khỏi danh sách) proposed by the presidium with its reason and decided by the congress.
create table list_withdrawal (
    id            bigserial primary key,
    entry_id      bigint      not null references list_entry (id),
    reason        text        not null check (length(reason) between 1 and 2000),
    proposed_at   timestamptz not null,
    proposed_by   text        not null,
    decision      text check (decision in ('AGREED', 'REFUSED')),
    decision_text text check (decision_text is null or length(decision_text) between 1 and 2000),
    decided_at    timestamptz,
    decided_by    text,
    check ((decision is null) = (decided_at is null))
);
create unique index list_withdrawal_open_idx on list_withdrawal (entry_id) where decision is null;

-- Members of the convening committee marked by the presidium, for a congress whose roll does not show them
-- (a congress of all members); a delegate congress also counts its ex-officio delegates (roll kind EX_OFFICIO).
create table convening_member (
    id         bigserial primary key,
    case_id    bigint      not null references congress_case (id),
    member_id  bigint references member (id),
    full_name  text        not null check (length(full_name) between 1 and 200),
    created_at timestamptz not null,
    created_by text        not null
);
create index convening_member_case_idx on convening_member (case_id);

-- Congress day (issue 6): the roll of those summoned, their check-in, the elections and their rounds.
-- The modules roll, elections and keying extend these tables in their own migrations.

-- The roll (danh sách triệu tập) of one congress case: members of an all-member congress, or delegates
-- (elected below, ex officio, appointed) of a delegate congress, each with a number for the badge.
create table roll_entry (
    id             bigserial primary key,
    case_id        bigint      not null references congress_case (id),
    number         int         not null check (number > 0),
    member_id      bigint references member (id),
    full_name      text        not null check (length(full_name) between 1 and 200),
    kind           text        not null check (kind in ('MEMBER', 'ELECTED', 'EX_OFFICIO', 'APPOINTED', 'ALTERNATE')),
    -- a category of elections.md §2 taking this person out of the base D; null = counts in D
    exclusion      text check (exclusion in ('TEMPORARY_TRANSFER', 'EXEMPT_ABSENT', 'SUSPENDED', 'PROSECUTED',
                                             'ABSENT_WITH_REASON', 'EX_OFFICIO_ABSENT',
                                             'DELEGATE_ABSENT_NO_ALTERNATE')),
    exclusion_note text,
    -- an alternate called up (gọi dự khuyết) sits for this delegate, with the reason
    replaces_id    bigint references roll_entry (id),
    called_reason  text,
    -- an alternate not called up is on the roll but not summoned
    summoned       boolean     not null default true,
    -- the secret printed in the badge's QR code (not the number, so a badge cannot be forged from the list)
    badge_token    text        not null unique,
    created_at     timestamptz not null,
    unique (case_id, number)
);
create index roll_entry_member_idx on roll_entry (case_id, member_id);

-- Check-in at the door: one row per person present; the first scan wins, a repeat scan changes nothing.
create table roll_checkin (
    roll_entry_id bigint primary key references roll_entry (id),
    checked_at    timestamptz not null,
    username      text        not null
);

-- One election of the congress (or of the new committee's first meeting): a body and its seats.
create table election (
    id          bigserial primary key,
    case_id     bigint      not null references congress_case (id),
    body        text        not null,
    title       text        not null check (length(title) between 1 and 300),
    seats       int         not null check (seats > 0),
    ballot_form text        not null check (ballot_form in ('STRIKE_OUT', 'AGREE_DISAGREE')),
    -- CONGRESS, or FIRST_MEETING of the new executive committee (its own base: the sitting members)
    meeting     text        not null default 'CONGRESS' check (meeting in ('CONGRESS', 'FIRST_MEETING')),
    state       text        not null default 'OPEN' check (state in ('OPEN', 'CLOSED')),
    created_at  timestamptz not null,
    created_by  text        not null
);
create index election_case_idx on election (case_id);

-- One round (vòng bầu) of an election, with its own list, ballots and result.
create table election_round (
    id          bigserial primary key,
    election_id bigint      not null references election (id),
    round_no    int         not null check (round_no > 0),
    runoff      boolean     not null default false,
    purpose     text        not null default 'ELECTION' check (purpose in ('ELECTION', 'NOMINATION_OPINION')),
    seats       int         not null check (seats > 0),
    -- LIST: the list is being built; BALLOTING: ballots printed and issued; COUNTING: entry under way;
    -- RELEASED: the result is the congress's result
    state       text        not null default 'LIST' check (state in ('LIST', 'BALLOTING', 'COUNTING', 'RELEASED')),
    issued      int check (issued >= 0),
    collected   int check (collected >= 0),
    -- the election record (election-record.md input) and the engine's result, both as released
    record_json jsonb,
    result_json jsonb,
    released_at timestamptz,
    unique (election_id, round_no)
);

-- The names on a round's ballot, numbered in ballot order (the number keyed at the counting table).
create table round_candidate (
    round_id   bigint not null references election_round (id),
    position   int    not null check (position > 0),
    member_id  bigint references member (id),
    full_name  text   not null check (length(full_name) between 1 and 200),
    birth_date date,
    primary key (round_id, position)
);

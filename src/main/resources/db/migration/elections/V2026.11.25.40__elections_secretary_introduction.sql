-- Elections (issue 6, direct election of the secretary, elections.md §1): the introduction ballot (phiếu giới
-- thiệu) the congress takes on the new executive committee's names before it elects the secretary directly.
-- It is a secret ballot but not an election (elections-research.md R4.11): the counting engine has no purpose
-- for it, so its counts are kept here, beside the elections, and never in an election record.

-- One introduction round of a congress case. A tie for the most introductions is re-voted among the tied
-- names in a new round (round_no + 1); a round with one name most introduced is INTRODUCED.
create table secretary_introduction (
    id           bigserial primary key,
    case_id      bigint      not null references congress_case (id),
    round_no     int         not null check (round_no > 0),
    state        text        not null default 'OPEN' check (state in ('OPEN', 'INTRODUCED', 'TIE')),
    issued       int check (issued >= 0),
    collected    int check (collected >= 0 and collected <= issued),
    valid        int check (valid >= 0 and valid <= collected),
    -- the name introduced (most introductions), a position in secretary_introduction_name
    introduced   int,
    opened_at    timestamptz not null,
    opened_by    text        not null,
    counted_at   timestamptz,
    counted_by   text,
    unique (case_id, round_no)
);
-- one round at most is open for a case
create unique index secretary_introduction_open_idx on secretary_introduction (case_id) where state = 'OPEN';

-- The names on the introduction paper, in ballot order, with the introductions each received.
create table secretary_introduction_name (
    introduction_id bigint not null references secretary_introduction (id),
    position        int    not null check (position > 0),
    member_id       bigint references member (id),
    full_name       text   not null check (length(full_name) between 1 and 200),
    birth_date      date,
    votes           int check (votes >= 0),
    primary key (introduction_id, position)
);

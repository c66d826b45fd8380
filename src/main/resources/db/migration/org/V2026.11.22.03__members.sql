-- Module org: party members and the cell they belong to over time.
create table member (
    id              bigserial primary key,
    family_name     text not null,
    middle_name     text not null default '',
    given_name      text not null,
    full_name       text not null,
    manual_sort_key text,
    -- Vietnamese ballot order (given, family, middle; letters then tones) as ICU sort-key bytes.
    sort_key        bytea not null,
    -- lower-case, accent-free full name: what accent-insensitive search matches.
    search_text     text not null,
    sex             text not null check (sex in ('MALE', 'FEMALE')),
    birth_date      date,
    ethnicity       text,
    religion        text,
    national_id     text unique,
    phone           text,
    party_card_no   text unique,
    admission_date  date,
    official_date   date,
    status          text not null check (status in ('OFFICIAL', 'PROBATIONARY')),
    situation       text not null,
    org_id          bigint not null references org_unit (id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         int not null default 0
);
create index member_org_idx on member (org_id, sort_key);
create index member_sort_idx on member (sort_key, birth_date, id);
create index member_search_trgm_idx on member using gin (search_text gin_trgm_ops);

-- Which cell a member belonged to, and when (valid_to exclusive, null = current).
create table member_assignment (
    id            bigserial primary key,
    member_id     bigint not null references member (id),
    org_id        bigint not null references org_unit (id),
    valid_from    date   not null,
    valid_to      date,
    reason        text   not null,
    decision_no   text,
    decision_date date
);
create index member_assignment_member_idx on member_assignment (member_id, valid_from);
create index member_assignment_org_idx on member_assignment (org_id, valid_from);

-- Module rules: the official decisions that override the computed working-day calendar.

-- One entry per day, entered by an administrator from a decision (thông báo of the Government or the
-- ministry): a weekday given off (DAY_OFF, HOLIDAY) or a weekend day worked in exchange (WORKING_DAY, "làm bù").
create table calendar_day (
    day          date        primary key,
    kind         text        not null check (kind in ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY')),
    note         text        not null check (btrim(note) <> ''),
    decision_ref text        not null check (btrim(decision_ref) <> ''),
    created_by   text        not null,
    created_at   timestamptz not null
);

-- The official Tết break of a year as decided (it replaces the default: the last day of the lunar year and
-- days 1-4 of the new one, with compensatory days). year is the solar year of mùng 1 Tết.
create table official_tet (
    year         int         primary key check (year between 1900 and 2100),
    first_day    date        not null,
    last_day     date        not null,
    note         text        not null check (btrim(note) <> ''),
    decision_ref text        not null check (btrim(decision_ref) <> ''),
    created_by   text        not null,
    created_at   timestamptz not null,
    check (last_day >= first_day and last_day - first_day <= 15)
);

-- Bumped by every change to the two tables above (in the same transaction). Each app node caches the
-- computed calendar under the revision it read and recomputes when the revision it reads differs; the
-- revision comes from a sequence so that a rolled-back change never leaves a number another change reuses.
create sequence calendar_revision_seq;
create table calendar_revision (
    id       int    primary key check (id = 1),
    revision bigint not null
);
insert into calendar_revision (id, revision) values (1, nextval('calendar_revision_seq'));

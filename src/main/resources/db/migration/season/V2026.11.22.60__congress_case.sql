-- Module season: the congress of each unit for a term, and every step it took.

-- One congress per unit and term ("2025-2030"). level is the unit's level when the case was made, kept so
-- progress can group by level without reading the tree's history. due_on is the deadline of the current
-- state (window end, report or confirmation deadline), null when the state has none.
create table congress_case (
    id                 bigserial primary key,
    org_id             bigint      not null references org_unit (id),
    term               text        not null check (term ~ '^[0-9]{4}-[0-9]{4}$'),
    level              text        not null,
    state              text        not null,
    resume_state       text,
    kind               text        not null default 'ALL_MEMBER' check (kind in ('ALL_MEMBER', 'DELEGATE')),
    pilot              boolean     not null default false,
    direct_secretary   boolean     not null default false,
    two_content        boolean     not null default false,
    plan_id            bigint,
    window_from        date,
    window_to          date,
    max_days           numeric(3, 1),
    planned_on         date,
    opened_on          date,
    closed_on          date,
    reported_on        date,
    confirmed_on       date,
    due_on             date,
    follower_user_id   bigint references app_user (id),
    delegate_quota     int check (delegate_quota is null or delegate_quota >= 0),
    postponed_to       date,
    state_reason       text,
    state_changed_at   timestamptz not null,
    version            int         not null default 0,
    unique (org_id, term)
);
create index congress_case_due_idx on congress_case (due_on) where due_on is not null;
create index congress_case_follower_idx on congress_case (follower_user_id) where follower_user_id is not null;
create index congress_case_plan_idx on congress_case (plan_id) where plan_id is not null;

-- Who moved a case from which state to which, when and why. Append-only like the audit log.
create table congress_transition (
    id           bigserial primary key,
    case_id      bigint      not null references congress_case (id),
    from_state   text,
    to_state     text        not null,
    at           timestamptz not null,
    effective_on date        not null,
    user_id      bigint references app_user (id),
    username     text        not null,
    reason       text
);
create index congress_transition_case_idx on congress_transition (case_id, at);
create index congress_transition_effective_idx on congress_transition (effective_on);

-- Codes are the names of the Java enums (CongressState, OrgLevel); CodeChecksTest keeps the lists equal.
alter table congress_case add constraint congress_case_state_check check (state in (
    'PLAN_ISSUED', 'PREPARING', 'INTERNAL_ADOPTED', 'DOSSIER_SUBMITTED', 'UNDER_APPRAISAL', 'RETURNED_FOR_REVISION',
    'APPROVAL_MEETING', 'APPROVED', 'CONVENED', 'PREPARATORY_SESSION', 'IN_SESSION', 'CLOSED',
    'FIRST_COMMITTEE_MEETING', 'RESULT_REPORTED', 'CONFIRMED', 'ARCHIVED', 'POSTPONED', 'COMMITTEE_APPOINTED',
    'RESULT_ANNULLED', 'DISSOLVED', 'MERGED'));
alter table congress_case add constraint congress_case_level_check check (level in (
    'CENTRAL', 'DIRECTLY_UNDER_CENTRAL', 'SUPERIOR_OF_GRASSROOTS', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL',
    'SUB_COMMITTEE', 'SUBORDINATE_CELL', 'PARTY_GROUP'));

-- Module season (plan): the congress plan (kế hoạch) a superior issues for the units below it for a term.
-- One plan per issuer and term: a change is an edit and a re-issue, never a second plan that competes.
-- document_id will point at the document register once it is merged (no foreign key until then).
create table congress_plan (
    id                  bigserial primary key,
    issuer_id           bigint      not null references org_unit (id),
    term                text        not null check (term ~ '^[0-9]{4}-[0-9]{4}$'),
    symbol              text        not null,
    issued_on           date        not null,
    title               text        not null,
    document_id         bigint,
    dossier_lead_days   int         not null check (dossier_lead_days >= 0),
    -- Delegate allocation inputs (all null when the plan allocates no delegates).
    total_delegates     int check (total_delegates is null or total_delegates >= 0),
    base_per_unit       int check (base_per_unit is null or base_per_unit >= 0),
    ex_officio          int check (ex_officio is null or ex_officio >= 0),
    appointed           int check (appointed is null or appointed >= 0),
    -- What the last issue did to the congress cases.
    cases_created       int         not null default 0,
    cases_updated       int         not null default 0,
    issued_at           timestamptz not null,
    issued_by           text        not null,
    reissues            int         not null default 0,
    unique (issuer_id, term)
);

-- The schedule window and maximum congress length for each level present below the issuer.
create table congress_plan_window (
    plan_id     bigint       not null references congress_plan (id) on delete cascade,
    level       text         not null,
    window_from date         not null,
    window_to   date         not null,
    max_days    numeric(3, 1) not null check (max_days > 0),
    primary key (plan_id, level),
    check (window_to >= window_from)
);

-- One row per direct subordinate: who follows it for the standing committee, its special extra delegates,
-- and the computed allocation (members counted, share of the pool, quota).
create table congress_plan_unit (
    plan_id          bigint not null references congress_plan (id) on delete cascade,
    org_id           bigint not null references org_unit (id),
    follower_user_id bigint references app_user (id),
    special          int    not null default 0 check (special >= 0),
    members          int,
    share            int,
    quota            int check (quota is null or quota >= 0),
    primary key (plan_id, org_id)
);
create index congress_plan_unit_follower_idx on congress_plan_unit (follower_user_id)
    where follower_user_id is not null;

-- The pilot congresses (đại hội điểm): any units below the issuer.
create table congress_plan_pilot (
    plan_id bigint not null references congress_plan (id) on delete cascade,
    org_id  bigint not null references org_unit (id),
    primary key (plan_id, org_id)
);

alter table congress_plan_window add constraint congress_plan_window_level_check check (level in (
    'CENTRAL', 'DIRECTLY_UNDER_CENTRAL', 'SUPERIOR_OF_GRASSROOTS', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL',
    'SUB_COMMITTEE', 'SUBORDINATE_CELL'));

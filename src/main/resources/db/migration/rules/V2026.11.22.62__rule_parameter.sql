-- Module rules: the rulebook. Per term and level, the value of each parameter with its legal basis and
-- validity. A change never overwrites: the row in force gets valid_to (exclusive) and a new row starts.
create table rule_parameter (
    id           bigserial   primary key,
    term         text        not null check (term in ('2020-2025', '2025-2030')),
    level        text        not null check (level in (
        'CENTRAL', 'DIRECTLY_UNDER_CENTRAL', 'SUPERIOR_OF_GRASSROOTS', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL',
        'SUB_COMMITTEE', 'SUBORDINATE_CELL', 'PARTY_GROUP')),
    key          text        not null check (key in (
        'WINDOW_FROM', 'WINDOW_TO', 'MAX_CONGRESS_DAYS', 'DELEGATE_CONGRESS_THRESHOLD', 'EXECUTIVE_SIZE_MIN',
        'EXECUTIVE_SIZE_MAX', 'STANDING_SIZE_MIN', 'STANDING_SIZE_MAX', 'TARGET_WOMEN_PCT', 'TARGET_UNDER_40_PCT',
        'TARGET_NEWCOMERS_PCT', 'TARGET_SCIENCE_PCT', 'AGE_REFERENCE_MONTH', 'DOSSIER_LEAD_WORKING_DAYS',
        'CONVENE_NOTICE_WORKING_DAYS', 'REPORT_WORKING_DAYS', 'CONFIRM_WORKING_DAYS')),
    value        text        not null check (btrim(value) <> ''),
    legal_basis  text        not null check (btrim(legal_basis) <> ''),
    valid_from   date        not null,
    valid_to     date,
    changed_by   text        not null,
    changed_at   timestamptz not null,
    check (valid_to is null or valid_to > valid_from)
);
create unique index rule_parameter_one_open_idx on rule_parameter (term, level, key) where valid_to is null;
create index rule_parameter_lookup_idx on rule_parameter (term, level, key, valid_from);

-- Module personnel: the personnel proposal (đề án nhân sự) of a congress case. Codes are the names of the
-- Java enums (PersonnelBody, CandidateDocumentKind, CandidacyKind).

-- The planned number of seats of each body.
create table personnel_body (
    id          bigserial primary key,
    case_id     bigint      not null references congress_case (id),
    body        text        not null check (body in ('EXECUTIVE_COMMITTEE', 'STANDING_COMMITTEE', 'SECRETARY',
                    'DEPUTY_SECRETARY', 'INSPECTION_COMMITTEE', 'INSPECTION_CHAIR', 'DELEGATE', 'ALTERNATE_DELEGATE')),
    seats       int         not null check (seats between 0 and 2000),
    updated_by  text        not null,
    updated_at  timestamptz not null,
    unique (case_id, body)
);

-- The planned structure of a body: seats per category ("khối Đảng", "nữ", "trẻ"...).
create table personnel_structure (
    id        bigserial primary key,
    body_id   bigint not null references personnel_body (id) on delete cascade,
    category  text   not null check (btrim(category) <> '' and length(category) <= 200),
    seats     int    not null check (seats between 0 and 2000),
    unique (body_id, category)
);

-- A candidate of the proposal: the member record's data as it stood when the candidate was proposed, and what
-- the member table does not hold (first time or re-elected, S&T cadre, education, post).
create table personnel_candidate (
    id              bigserial primary key,
    case_id         bigint      not null references congress_case (id),
    body            text        not null,
    member_id       bigint      not null references member (id),
    full_name       text        not null,
    sex             text        not null check (sex in ('MALE', 'FEMALE')),
    birth_date      date,
    ethnicity       text,
    first_time      boolean     not null,
    science_cadre   boolean     not null,
    education       text        not null default '',
    position        text        not null default '',
    added_by        text        not null,
    added_at        timestamptz not null,
    unique (case_id, body, member_id)
);
create index personnel_candidate_case_idx on personnel_candidate (case_id, body);

-- A candidate's papers (CV, declarations), stored in stored_file.
create table personnel_document (
    id              bigserial primary key,
    candidate_id    bigint not null references personnel_candidate (id),
    kind            text   not null check (kind in ('CV', 'SUMMARY', 'ASSET_DECLARATION', 'POLITICAL_CLEARANCE',
                        'OTHER')),
    stored_file_id  bigint not null references stored_file (id)
);
create index personnel_document_candidate_idx on personnel_document (candidate_id);

-- Candidacies outside the proposal (ứng cử, đề cử), filed at least 15 working days before the opening.
create table personnel_candidacy (
    id            bigserial primary key,
    case_id       bigint      not null references congress_case (id),
    body          text        not null,
    member_id     bigint      not null references member (id),
    full_name     text        not null,
    kind          text        not null check (kind in ('SELF', 'NOMINATION')),
    nominated_by  text,
    filed_on      date        not null,
    filed_by      text        not null,
    filed_at      timestamptz not null
);
create index personnel_candidacy_case_idx on personnel_candidacy (case_id);

-- Module drafts: a draft filed into the congress file (hồ sơ đại hội) of its unit's case. A filing stores the DOCX
-- of the draft's latest version and, for each publication of the draft, the synthesis of comments as DOCX and
-- XLSX. Filing again adds a new filing number; the archive takes each draft's latest filing.
create table draft_filed_file (
    id             bigserial primary key,
    draft_id       bigint      not null references draft (id),
    case_id        bigint      not null references congress_case (id),
    filing         int         not null check (filing >= 1),
    kind           text        not null check (kind in ('DRAFT_DOCX', 'SYNTHESIS_DOCX', 'SYNTHESIS_XLSX')),
    version_number int         not null,
    publication_id bigint      references draft_publication (id),
    stored_file_id bigint      not null references stored_file (id),
    filed_by       text        not null,
    filed_at       timestamptz not null
);
create index draft_filed_file_case_idx on draft_filed_file (case_id, draft_id, filing);
create index draft_filed_file_draft_idx on draft_filed_file (draft_id, filing);

-- Module budget: the estimate filed into the congress file (hồ sơ đại hội). Each filing stores the XLSX and the
-- PDF export as they were that day; filing again adds a new filing number and keeps the earlier ones (the
-- archive takes the latest, the budget page lists them all).
create table budget_filed_file (
    id             bigserial primary key,
    case_id        bigint      not null references congress_case (id),
    filing         int         not null check (filing >= 1),
    kind           text        not null check (kind in ('XLSX', 'PDF')),
    stored_file_id bigint      not null references stored_file (id),
    total          bigint      not null,
    filed_by       text        not null,
    filed_at       timestamptz not null,
    unique (case_id, filing, kind)
);

-- Module roll (issue 6, session 5): closing the roll (chốt danh sách đại biểu) and reopening it.
-- Once closed, the roll's entries, absences and alternates are locked; check-in continues. A reopening is
-- decided by the presidium with a reason. Every closing and reopening is a row; the latest says where it stands.
create table roll_closing (
    id         bigserial primary key,
    case_id    bigint      not null references congress_case (id),
    closed     boolean     not null,
    reason     text check (reason is null or length(reason) between 1 and 500),
    decided_at timestamptz not null,
    username   text        not null,
    -- a reopening always says why
    check (closed or reason is not null)
);
create index roll_closing_case_idx on roll_closing (case_id, id desc);

-- Module season: deadline notifications for the people responsible for a congress case.
-- One row per person, case, kind, state and deadline: a scan that runs again (on any app node) adds nothing.
create table notification (
    id          bigserial primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    kind        text        not null check (kind in ('CONGRESS_OVERDUE', 'CONGRESS_DUE_SOON')),
    case_id     bigint      not null references congress_case (id),
    state       text        not null,
    due_on      date        not null,
    created_at  timestamptz not null default now(),
    read_at     timestamptz,
    emailed_at  timestamptz,
    unique (user_id, kind, case_id, state, due_on)
);
create index notification_unread_idx on notification (user_id, created_at desc) where read_at is null;
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_unsent_idx on notification (user_id) where emailed_at is null;

-- Where a user receives e-mail (optional; only used when an SMTP server is configured).
alter table app_user add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

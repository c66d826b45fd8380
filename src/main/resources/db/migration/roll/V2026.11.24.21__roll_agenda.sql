-- Module roll (issue 6): the congress's agenda (scenario) and the bodies it elects by show of hands.

-- One step of the agenda, in order, with its planned time; one step at most is the current one.
create table agenda_step (
    id         bigserial primary key,
    case_id    bigint  not null references congress_case (id),
    position   int     not null check (position > 0),
    starts_at  time    not null,
    title      text    not null check (length(title) between 1 and 300),
    current    boolean not null default false,
    unique (case_id, position)
);
create unique index agenda_step_current_idx on agenda_step (case_id) where current;

-- A body elected by show of hands (presidium, secretariat, credentials committee, counting committee) with the
-- show of hands' result; chosen again, it replaces the earlier choice (the audit log keeps it).
create table hands_body (
    id         bigserial primary key,
    case_id    bigint      not null references congress_case (id),
    body       text        not null check (body in ('PRESIDIUM', 'SECRETARIAT', 'CREDENTIALS_COMMITTEE',
                                                    'COUNTING_COMMITTEE')),
    agree      int         not null check (agree >= 0),
    disagree   int         not null check (disagree >= 0),
    total      int         not null check (total > 0 and agree + disagree <= total),
    decided_at timestamptz not null,
    unique (case_id, body)
);

create table hands_body_member (
    body_id       bigint not null references hands_body (id) on delete cascade,
    roll_entry_id bigint not null references roll_entry (id),
    position      int    not null check (position > 0),
    primary key (body_id, roll_entry_id)
);

-- Module access: users, their roles on subtrees of the organisation tree, and web sessions.
create table app_user (
    id                   bigserial primary key,
    username             text not null unique,
    full_name            text not null,
    password_hash        text not null,
    org_id               bigint not null references org_unit (id),
    enabled              boolean not null default true,
    must_change_password boolean not null default false,
    failed_attempts      int not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz
);

-- A role held on a node applies to the node's whole subtree.
create table role_assignment (
    id      bigserial primary key,
    user_id bigint not null references app_user (id) on delete cascade,
    role    text   not null,
    org_id  bigint not null references org_unit (id),
    unique (user_id, role, org_id)
);
create index role_assignment_user_idx on role_assignment (user_id);

-- Spring Session JDBC (sessions in the database, so any app node can serve any request).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Module audit: an append-only, hash-chained log of every change that matters.
create table audit_entry (
    id          bigserial primary key,
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text,
    org_id      bigint,
    summary     text        not null,
    details     text,
    prev_hash   text        not null,
    hash        text        not null unique
);
create index audit_entry_at_idx on audit_entry (at desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor);
create index audit_entry_org_idx on audit_entry (org_id);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

-- Module org: the organisation tree, effective-dated.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with an explicit dictionary can back an index.
-- đ/Đ are mapped to d as well: unaccent's rules already do it, the translate keeps it explicit.
create function immutable_unaccent(text) returns text
    language sql immutable parallel safe strict
    return public.unaccent('public.unaccent'::regdictionary, translate($1, 'đĐ', 'dD'));

-- The identity of a node; everything that can change over time is in org_version.
create table org_unit (
    id         bigserial primary key,
    code       text not null unique,
    created_at timestamptz not null default now()
);

-- One row per period in which a node's name, kind, parent and direct superior stayed the same.
-- valid_to is exclusive; null means "still valid". Periods of one node never overlap.
create table org_version (
    id               bigserial primary key,
    org_id           bigint  not null references org_unit (id),
    valid_from       date    not null,
    valid_to         date,
    name             text    not null,
    short_name       text,
    level            text    not null,
    unit_type        text,
    issuer_symbol    text,
    parent_id        bigint references org_unit (id),
    superior_id      bigint references org_unit (id),
    pilot            boolean not null default false,
    pilot_basis      text,
    change_kind      text    not null,
    decision_no      text,
    decision_date    date,
    note             text,
    check (valid_to is null or valid_to > valid_from),
    check (parent_id is null or parent_id <> org_id)
);
create index org_version_org_idx on org_version (org_id, valid_from);
create index org_version_parent_idx on org_version (parent_id, valid_from) include (org_id, valid_to);
create index org_version_current_parent_idx on org_version (parent_id) where valid_to is null;
create unique index org_version_one_open_idx on org_version (org_id) where valid_to is null;
create index org_version_name_trgm_idx on org_version using gin (lower(immutable_unaccent(name)) gin_trgm_ops);

-- The current tree (as of today) as a closure table: every (ancestor, descendant) pair with depth,
-- including (n, n, 0). Kept in step by the tree operations; subtree permission checks and counts use it.
create table org_closure (
    ancestor_id   bigint not null references org_unit (id),
    descendant_id bigint not null references org_unit (id),
    depth         int    not null,
    primary key (ancestor_id, descendant_id)
);
create index org_closure_descendant_idx on org_closure (descendant_id, ancestor_id);

-- Counts for the current tree, kept in step with member and tree changes.
create table org_counts (
    org_id           bigint primary key references org_unit (id),
    direct_members   int not null default 0,
    subtree_members  int not null default 0,
    direct_children  int not null default 0,
    subtree_units    int not null default 0
);

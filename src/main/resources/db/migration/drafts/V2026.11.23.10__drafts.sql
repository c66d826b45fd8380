-- Module drafts: a unit's draft congress documents, their versions, publication below for comments,
-- comments forwarded up with their origin, and the publisher's synthesis (tổng hợp ý kiến).

create table draft (
    id         bigserial primary key,
    org_id     bigint not null references org_unit (id),
    kind       text   not null check (kind in ('POLITICAL_REPORT', 'REVIEW_REPORT', 'RESOLUTION', 'OTHER')),
    title      text   not null,
    created_by text   not null,
    created_at timestamptz not null
);
create index draft_org_idx on draft (org_id);

create table draft_version (
    id         bigserial primary key,
    draft_id   bigint not null references draft (id),
    number     int    not null,
    author     text   not null,
    created_at timestamptz not null,
    note       text,
    unique (draft_id, number)
);

-- The structured text of a version: headings and paragraphs in order. anchor is the stable id carried
-- from version to version while a paragraph stays or is edited in place; section_no/paragraph_no are the
-- numbers within this version.
create table draft_paragraph (
    version_id   bigint not null references draft_version (id),
    position     int    not null,
    anchor       text   not null,
    heading      boolean not null,
    section_no   int    not null,
    paragraph_no int    not null,
    text         text   not null,
    primary key (version_id, position),
    unique (version_id, anchor)
);

create table draft_publication (
    id               bigserial primary key,
    draft_id         bigint not null references draft (id),
    version_id       bigint not null references draft_version (id),
    publisher_org_id bigint not null references org_unit (id),
    to_members       boolean not null,
    public_portal    boolean not null,
    deadline         date   not null,
    published_by     text   not null,
    published_at     timestamptz not null
);
create index draft_publication_draft_idx on draft_publication (draft_id);

create table draft_publication_unit (
    publication_id bigint not null references draft_publication (id),
    org_id         bigint not null references org_unit (id),
    primary key (publication_id, org_id)
);
create index draft_publication_unit_org_idx on draft_publication_unit (org_id);

-- A point of the synthesis: duplicates merged into one, with the publisher's response.
create table draft_point (
    id             bigserial primary key,
    publication_id bigint not null references draft_publication (id),
    anchor         text,
    summary        text   not null,
    response_kind  text check (response_kind in ('ACCEPTED', 'EXPLAINED')),
    response       text,
    responded_by   text,
    responded_at   timestamptz,
    created_by     text   not null,
    created_at     timestamptz not null
);
create index draft_point_publication_idx on draft_point (publication_id);

-- A comment: its origin (unit and person) never changes; holder_org_id is the unit that has it now
-- (the one collecting it, the only one that sees it) and path the units it was forwarded through.
create table draft_comment (
    id             bigserial primary key,
    publication_id bigint not null references draft_publication (id),
    anchor         text,
    origin_org_id  bigint not null references org_unit (id),
    author         text   not null,
    author_name    text   not null,
    from_member    boolean not null,
    text           text   not null,
    created_at     timestamptz not null,
    holder_org_id  bigint not null references org_unit (id),
    path           bigint[] not null default '{}',
    point_id       bigint references draft_point (id)
);
create index draft_comment_holder_idx on draft_comment (publication_id, holder_org_id);
create index draft_comment_point_idx on draft_comment (point_id);

-- Each forwarding of a unit's contribution (its compiled comments) to the next unit up.
create table draft_contribution (
    id             bigserial primary key,
    publication_id bigint not null references draft_publication (id),
    from_org_id    bigint not null references org_unit (id),
    to_org_id      bigint not null references org_unit (id),
    comments       int    not null,
    note           text,
    forwarded_by   text   not null,
    forwarded_at   timestamptz not null
);
create index draft_contribution_publication_idx on draft_contribution (publication_id, to_org_id);

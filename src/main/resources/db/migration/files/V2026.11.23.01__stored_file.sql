-- Module files: every uploaded file of congress preparation (dossier items, candidates' papers, results,
-- draft attachments) in PostgreSQL itself, with its checksum, so that one database backup restores the
-- files with the rows that point to them, consistently (no second store to back up at the same instant),
-- and a failed upload rolls back with the rest of its transaction.
create table stored_file (
    id           bigint generated always as identity primary key,
    filename     text        not null check (length(filename) between 1 and 255),
    content_type text        not null,
    size         bigint      not null check (size > 0),
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes        bytea       not null,
    org_id       bigint      not null references org_unit (id),
    stored_at    timestamptz not null,
    stored_by    text        not null
);
create index stored_file_org on stored_file (org_id);
create index stored_file_sha256 on stored_file (sha256);

-- Issue 13 (the record and its proof): the audit log and the entry log are keyed with a server secret kept
-- outside PostgreSQL (ADR 0008). Each new entry carries mac = HMAC-SHA256(secret, hash): whoever can write the
-- tables but lacks the secret can no longer recompute a chain that verifies. Rows written before this version
-- have no MAC; they verify by their old rule only up to the boundary sealed by V2026.12.07.21 (chain_legacy).
alter table audit_entry add column mac text;
alter table keying_log add column mac text;

-- The head of a round's entry log is MAC'd too (number of entries and last hash), so a tail deleted with the
-- trigger disabled no longer matches the head, and the head cannot be rolled back without the secret.
alter table keying_round add column log_mac text;

-- The audit log's head (number of entries, last id and hash), MAC'd and updated by every append under the
-- chain's advisory lock: one row shared by every app node, so a deleted tail shows as missing entries.
create table audit_head (
    id        int    primary key check (id = 1),
    entries   bigint not null,
    last_id   bigint not null,
    last_hash text   not null,
    mac       text   not null
);

-- Where a chain's entries without a MAC (written before this version) end: the audit log ('audit') and each
-- round's entry log ('keying:<round id>'), sealed with the secret when this version was installed, so an
-- attacker cannot declare a recomputed chain "legacy". Written once, by V2026.12.07.21.
create table chain_legacy (
    chain      text   primary key,
    entries    bigint not null,
    last_hash  text   not null,
    mac        text   not null
);

-- Module org (members): search at national scale (5.6 M members).
--
-- The trigram index on member.search_text must intersect huge posting lists for common names
-- ("nguyen van an": 150-700 ms), and every match then costs a random heap read before it can be
-- sorted. The members share far fewer distinct names (about 163,000 for 5.6 M), so the search first
-- matches the typed text against this dictionary of distinct accent-free names (small: trigram and
-- prefix lookups take milliseconds), then reads the members of the matching names from covering
-- indexes, without touching the table until the page's 50 rows are known. The member counts let the
-- search choose its strategy before it runs, and the ballot-order range of each name (first_key,
-- last_key: bounds, never narrowed when members leave) tells how far the first page can reach.
-- PostgreSQL has no min/max for bytea (the ICU sort keys).
create or replace function bytea_smaller(a bytea, b bytea) returns bytea language sql immutable strict parallel safe
    as 'select case when b < a then b else a end';
create or replace function bytea_larger(a bytea, b bytea) returns bytea language sql immutable strict parallel safe
    as 'select case when b > a then b else a end';
create or replace aggregate bytea_min(bytea) (sfunc = bytea_smaller, stype = bytea, combinefunc = bytea_smaller, parallel = safe);
create or replace aggregate bytea_max(bytea) (sfunc = bytea_larger, stype = bytea, combinefunc = bytea_larger, parallel = safe);
create table if not exists member_name (
    search_text text primary key,
    members     int   not null check (members >= 0),
    first_key   bytea not null,
    last_key    bytea not null
);
insert into member_name (search_text, members, first_key, last_key)
select search_text, count(*), bytea_min(sort_key), bytea_max(sort_key) from member group by search_text
on conflict (search_text) do nothing;
create index if not exists member_name_trgm_idx on member_name using gin (search_text gin_trgm_ops);
create index if not exists member_name_prefix_idx on member_name (search_text text_pattern_ops);

-- Kept up to date per statement (transition tables), so a COPY of 200,000 rows costs one grouped
-- upsert, not 200,000. Names are upserted in a fixed order so concurrent imports cannot deadlock.
create or replace function member_name_added() returns trigger language plpgsql as $$
begin
    insert into member_name (search_text, members, first_key, last_key)
    select search_text, count(*), bytea_min(sort_key), bytea_max(sort_key) from added group by search_text order by search_text
    on conflict (search_text) do update set members = member_name.members + excluded.members,
        first_key = least(member_name.first_key, excluded.first_key),
        last_key = greatest(member_name.last_key, excluded.last_key);
    return null;
end $$;
create or replace function member_name_removed() returns trigger language plpgsql as $$
begin
    update member_name n set members = n.members - r.c
    from (select search_text, count(*) c from removed group by search_text order by search_text) r
    where n.search_text = r.search_text;
    return null;
end $$;
create or replace function member_name_changed() returns trigger language plpgsql as $$
begin
    update member_name n set members = n.members - r.c
    from (select search_text, count(*) c from removed group by search_text order by search_text) r
    where n.search_text = r.search_text;
    insert into member_name (search_text, members, first_key, last_key)
    select search_text, count(*), bytea_min(sort_key), bytea_max(sort_key) from added group by search_text order by search_text
    on conflict (search_text) do update set members = member_name.members + excluded.members,
        first_key = least(member_name.first_key, excluded.first_key),
        last_key = greatest(member_name.last_key, excluded.last_key);
    return null;
end $$;
drop trigger if exists member_name_insert on member;
drop trigger if exists member_name_delete on member;
drop trigger if exists member_name_update on member;
create trigger member_name_insert after insert on member referencing new table as added
    for each statement execute function member_name_added();
create trigger member_name_delete after delete on member referencing old table as removed
    for each statement execute function member_name_removed();
create trigger member_name_update after update on member referencing old table as removed new table as added
    for each statement execute function member_name_changed();

-- The members of the matching names, in ballot order, without reading the table (index-only).
create index if not exists member_name_ballot_idx on member (search_text, sort_key, birth_date, id) include (org_id);
-- The whole table in ballot order with what the filter needs: a common name ("van") finds its first
-- page after a few thousand index entries. Replaces member_sort_idx (same leading columns).
create index if not exists member_ballot_idx on member (sort_key, birth_date, id) include (search_text, org_id);
drop index if exists member_sort_idx;

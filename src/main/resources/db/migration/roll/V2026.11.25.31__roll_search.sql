-- Module roll (issue 6, session 5): searching a roll of 1,600 by name, accent-insensitive, page by page.
-- search_text is the name lower-case without accents (đ → d), as names.VietnameseNames.searchKey writes a query;
-- the trigram index serves "contains" searches on the name.
alter table roll_entry
    add column search_text text generated always as (lower(immutable_unaccent(full_name))) stored;
create index roll_entry_search_idx on roll_entry using gin (search_text gin_trgm_ops);

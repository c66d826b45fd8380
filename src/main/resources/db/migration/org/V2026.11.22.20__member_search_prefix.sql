-- Module org (members): one- and two-letter searches cannot use the trigram index (no trigram fits),
-- so they match the start of the accent-free name through this btree index instead.
create index member_search_prefix_idx on member (search_text text_pattern_ops);

-- The one root every installation has: the Central Committee. Demo and real data hang below it.
insert into org_unit (code) values ('TW');
insert into org_version (org_id, valid_from, name, short_name, level, issuer_symbol, change_kind, note)
select id, date '1930-02-03', 'Ban Chấp hành Trung ương Đảng', 'Trung ương', 'CENTRAL', 'TW', 'CREATE',
       'Nút gốc của cây tổ chức'
from org_unit where code = 'TW';
insert into org_closure (ancestor_id, descendant_id, depth) select id, id, 0 from org_unit where code = 'TW';
insert into org_counts (org_id) select id from org_unit where code = 'TW';

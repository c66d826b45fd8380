-- Module rules (parameters for module personnel): the personnel proposal's remaining rules move from code into
-- the rulebook, so that an administrator who changes them sees the proposal's warnings change: the surplus of a
-- candidate list, retirement ages, the months of work left for re-election, and an ethnic minority target
-- (not seeded: the notes hold no figure; each unit's plan sets it). Values as the code had them, with their basis.
alter table rule_parameter drop constraint rule_parameter_key_check;
alter table rule_parameter add constraint rule_parameter_key_check check (key in (
    'WINDOW_FROM', 'WINDOW_TO', 'MAX_CONGRESS_DAYS', 'DELEGATE_CONGRESS_THRESHOLD', 'EXECUTIVE_SIZE_MIN',
    'EXECUTIVE_SIZE_MAX', 'STANDING_SIZE_MIN', 'STANDING_SIZE_MAX', 'TARGET_WOMEN_PCT', 'TARGET_UNDER_40_PCT',
    'TARGET_NEWCOMERS_PCT', 'TARGET_SCIENCE_PCT', 'AGE_REFERENCE_MONTH', 'DOSSIER_LEAD_WORKING_DAYS',
    'CONVENE_NOTICE_WORKING_DAYS', 'REPORT_WORKING_DAYS', 'CONFIRM_WORKING_DAYS', 'TARGET_ETHNIC_MINORITY_PCT',
    'SURPLUS_MIN_PCT', 'SURPLUS_MAX_PCT', 'SURPLUS_CEILING_PCT', 'SURPLUS_SMALL_SEATS_MAX', 'SURPLUS_SMALL_MAX_EXTRA',
    'RETIREMENT_AGE_MEN', 'RETIREMENT_AGE_WOMEN', 'RE_ELECTION_MONTHS_LEFT'));

insert into rule_parameter (term, level, key, value, legal_basis, valid_from, changed_by, changed_at)
select t.term, l.level, s.key, coalesce(case when t.term = '2020-2025' then s.value_2020 end, s.value), s.basis_for,
    s.valid_from::date, 'khởi tạo', now()
from (values
    ('SURPLUS_MIN_PCT', '10', null,
     'Quy định 190-QĐ/TW về bầu cử trong Đảng: danh sách bầu cử do ban chấp hành đương nhiệm chuẩn bị có số dư từ 10% đến 15% so với số lượng cần bầu', '2019-05-30'),
    ('SURPLUS_MAX_PCT', '15', null,
     'Quy định 190-QĐ/TW về bầu cử trong Đảng: danh sách bầu cử do ban chấp hành đương nhiệm chuẩn bị có số dư từ 10% đến 15% so với số lượng cần bầu', '2019-05-30'),
    ('SURPLUS_CEILING_PCT', '30', null,
     'Quy định 190-QĐ/TW về bầu cử trong Đảng: số dư của danh sách bầu cử không quá 30% so với số lượng cần bầu, do đại hội quyết định', '2019-05-30'),
    ('SURPLUS_SMALL_SEATS_MAX', '5', null,
     'Quy định 190-QĐ/TW về bầu cử trong Đảng: cần bầu từ 3 đến 5 người thì danh sách bầu cử dư không quá 1 người (theo tài liệu tổng hợp, chưa đối chiếu nguyên văn)', '2019-05-30'),
    ('SURPLUS_SMALL_MAX_EXTRA', '1', null,
     'Quy định 190-QĐ/TW về bầu cử trong Đảng: cần bầu từ 3 đến 5 người thì danh sách bầu cử dư không quá 1 người (theo tài liệu tổng hợp, chưa đối chiếu nguyên văn)', '2019-05-30'),
    ('RETIREMENT_AGE_MEN', '62', null,
     'Bộ luật Lao động 2019, Điều 169: tuổi nghỉ hưu của nam 62 khi hết lộ trình (năm 2028); sửa theo lộ trình nếu cần', '2019-11-20'),
    ('RETIREMENT_AGE_WOMEN', '60', null,
     'Bộ luật Lao động 2019, Điều 169: tuổi nghỉ hưu của nữ 60 khi hết lộ trình (năm 2035); sửa theo lộ trình nếu cần', '2019-11-20'),
    ('RE_ELECTION_MONTHS_LEFT', '48', '30',
     'Người tái cử cấp ủy phải còn đủ thời gian công tác trước tuổi nghỉ hưu: 48 tháng theo Chỉ thị 45-CT/TW ngày 14/4/2025, trước đó 30 tháng (theo tài liệu tổng hợp, chưa đối chiếu nguyên văn)', '2019-05-30')
) as s(key, value, value_2020, basis_for, valid_from)
cross join (values ('2020-2025'), ('2025-2030')) as t(term)
cross join (values ('CENTRAL'), ('DIRECTLY_UNDER_CENTRAL'), ('SUPERIOR_OF_GRASSROOTS'), ('GRASSROOTS_COMMITTEE'),
    ('GRASSROOTS_CELL'), ('SUB_COMMITTEE'), ('SUBORDINATE_CELL'), ('PARTY_GROUP')) as l(level);

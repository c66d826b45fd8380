-- The codes stored as text are the names of Java enums (OrgLevel, UnitType, MemberSituation) and of the
-- tree's change kinds. Any writer (pages, imports, the demo loader, a script) that strays from them is
-- refused at insert time instead of breaking a page later.
alter table org_version add constraint org_version_level_check check (level in (
    'CENTRAL', 'DIRECTLY_UNDER_CENTRAL', 'SUPERIOR_OF_GRASSROOTS', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL',
    'SUB_COMMITTEE', 'SUBORDINATE_CELL', 'PARTY_GROUP'));
alter table org_version add constraint org_version_unit_type_check check (unit_type is null or unit_type in (
    'COMMUNE', 'WARD', 'SPECIAL_ZONE', 'PROVINCE', 'AGENCY_BLOC', 'ENTERPRISE', 'PUBLIC_SERVICE', 'ARMED_FORCES',
    'VILLAGE', 'SCHOOL', 'OVERSEAS', 'OTHER'));
alter table org_version add constraint org_version_change_kind_check check (change_kind in (
    'CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT'));
alter table member add constraint member_situation_check check (situation in (
    'ACTIVE', 'TEMPORARY_TRANSFER_OUT', 'TEMPORARY_TRANSFER_IN', 'EXEMPT', 'SUSPENDED', 'PROSECUTED', 'DECEASED',
    'REMOVED'));

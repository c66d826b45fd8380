-- Module documents: the register of Party documents (Hướng dẫn 36-HD/VPTW).

-- One row per document, outgoing (issued here, numbered by the register) or incoming (registered from
-- another issuer with the number it carries). number_series is the sequence a committee document is
-- numbered in: the type's abbreviation, so Quyết định and Quy định (both "QĐ") share one sequence and a
-- symbol such as 190-QĐ/TW names one document per term. A congress's documents share one sequence
-- whatever their type; they have congress_case_id and are numbered in (congress_case_id, number).
create table document (
    id                 bigserial primary key,
    issuer_org_id      bigint      not null references org_unit (id),
    registrar_org_id   bigint      not null references org_unit (id),
    organ              text        not null,
    organ_name         text,
    type               text        not null,
    number_series      text        not null,
    number             int         not null check (number > 0),
    symbol             text        not null,
    term               text        check (term is null or term ~ '^[0-9]{4}-[0-9]{4}$'),
    congress_case_id   bigint      references congress_case (id),
    issued_on          date        not null,
    place              text,
    subject            text        not null check (length(subject) > 0),
    body               text,
    signer_title       text,
    signer_name        text,
    signing_authority  text,
    recipients         text,
    direction          text        not null,
    created_by         text        not null,
    created_at         timestamptz not null,
    check (congress_case_id is not null or term is not null),
    check (organ <> 'BOARD' or organ_name is not null)
);
create unique index document_committee_number_uq on document (issuer_org_id, number_series, term, number)
    where congress_case_id is null;
create unique index document_congress_number_uq on document (congress_case_id, number)
    where congress_case_id is not null;
create index document_issued_idx on document (issued_on desc, id desc);
create index document_issuer_idx on document (issuer_org_id, issued_on desc);
create index document_registrar_idx on document (registrar_org_id);
create index document_symbol_idx on document (symbol);
create index document_text_trgm_idx on document
    using gin (lower(immutable_unaccent(symbol || ' ' || subject)) gin_trgm_ops);

-- Codes are the names of the Java enums (DocumentType, IssuingOrgan, Direction); DocumentCodesTest keeps
-- the lists equal.
alter table document add constraint document_type_check check (type in (
    'CUONG_LINH', 'DIEU_LE', 'CHIEN_LUOC', 'NGHI_QUYET', 'QUYET_DINH', 'QUY_DINH', 'CHI_THI', 'KET_LUAN',
    'QUY_CHE', 'THONG_TRI', 'HUONG_DAN', 'THONG_BAO', 'THONG_CAO', 'TUYEN_BO', 'LOI_KEU_GOI', 'BAO_CAO',
    'KE_HOACH', 'QUY_HOACH', 'CHUONG_TRINH', 'CHUONG_TRINH_HANH_DONG', 'DE_AN', 'TO_TRINH', 'CONG_VAN',
    'BIEN_BAN', 'GIAY_GIOI_THIEU', 'GIAY_CHUNG_NHAN', 'GIAY_DI_DUONG', 'GIAY_NGHI_PHEP', 'PHIEU_GUI'));
alter table document add constraint document_organ_check check (organ in (
    'BCH', 'BTV', 'THUONG_TRUC', 'BOARD', 'CELL_COMMITTEE', 'CONGRESS'));
alter table document add constraint document_direction_check check (direction in ('OUTGOING', 'INCOMING'));

-- The attached file (the signed scan, the original DOCX…), at most one per document, checked by content.
create table document_file (
    document_id   bigint primary key references document (id),
    filename      text   not null,
    content_type  text   not null,
    size          bigint not null check (size > 0),
    sha256        text   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes         bytea  not null
);

-- A plan implements a directive; guidance implements a resolution.
create table document_implements (
    document_id    bigint not null references document (id),
    implements_id  bigint not null references document (id),
    primary key (document_id, implements_id),
    check (document_id <> implements_id)
);
create index document_implements_target_idx on document_implements (implements_id);

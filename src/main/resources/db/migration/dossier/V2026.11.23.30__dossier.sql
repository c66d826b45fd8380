-- Module dossier: the approval dossier (hồ sơ đề nghị duyệt đại hội) and the approval calendar (lịch duyệt).

-- The checklist of required documents per level and kind of congress. Administrators edit it; an item
-- taken out is deactivated, never deleted, so files uploaded against it keep their meaning.
create table dossier_item (
    id        bigserial primary key,
    level     text    not null,
    kind      text    not null check (kind in ('ALL_MEMBER', 'DELEGATE')),
    position  int     not null,
    code      text    not null,
    title     text    not null check (length(title) between 1 and 500),
    active    boolean not null default true,
    unique (level, kind, code)
);

-- Every file uploaded for an item of a case, numbered by version (1, 2, …); the newest one counts.
create table dossier_file (
    id              bigserial primary key,
    case_id         bigint      not null references congress_case (id),
    item_id         bigint      not null references dossier_item (id),
    version         int         not null check (version > 0),
    stored_file_id  bigint      not null references stored_file (id),
    uploaded_at     timestamptz not null,
    uploaded_by     text        not null,
    unique (case_id, item_id, version)
);

-- Each submission to the superior and the appraiser's verdict on it.
create table dossier_round (
    id            bigserial primary key,
    case_id       bigint      not null references congress_case (id),
    round         int         not null check (round > 0),
    planned_on    date        not null,
    submitted_at  timestamptz not null,
    submitted_by  text        not null,
    verdict       text        check (verdict in ('RETURNED', 'READY')),
    verdict_at    timestamptz,
    verdict_by    text,
    verdict_note  text,
    unique (case_id, round)
);

-- The appraiser's comments per item, on one round: what the unit must fix.
create table dossier_comment (
    id        bigserial primary key,
    case_id   bigint      not null references congress_case (id),
    round     int         not null,
    item_id   bigint      not null references dossier_item (id),
    body      text        not null check (length(body) between 1 and 4000),
    at        timestamptz not null,
    username  text        not null
);
create index dossier_comment_case_idx on dossier_comment (case_id, round);

-- An approval meeting of a superior's standing committee.
create table approval_meeting (
    id              bigserial primary key,
    superior_org_id bigint      not null references org_unit (id),
    meets_on        date        not null,
    starts_at       time        not null,
    ends_at         time        not null check (ends_at > starts_at),
    place           text        not null check (length(place) between 1 and 300),
    created_at      timestamptz not null,
    created_by      text        not null
);
create index approval_meeting_day_idx on approval_meeting (meets_on);

-- The units on a meeting's agenda, who presents each, and the written conclusion once issued.
create table approval_meeting_unit (
    meeting_id              bigint not null references approval_meeting (id),
    case_id                 bigint not null references congress_case (id),
    presenter               text   not null check (length(presenter) between 1 and 300),
    conclusion_document_id  bigint references document (id),
    conclusion_symbol       text,
    conclusion_file_id      bigint references stored_file (id),
    primary key (meeting_id, case_id)
);
create index approval_meeting_unit_case_idx on approval_meeting_unit (case_id);

-- The seed: Approval dossier items of congress-process.md §2.4, for every level that holds a congress.
insert into dossier_item (level, kind, position, code, title)
select l.level, k.kind, i.position, i.code,
       case when i.code = 'PRESIDIUM' and k.kind = 'ALL_MEMBER'
            then 'Dự kiến đoàn chủ tịch, đoàn thư ký đại hội'
            when i.code = 'PERSONNEL' and l.level in ('GRASSROOTS_CELL', 'SUBORDINATE_CELL')
            then 'Đề án nhân sự chi ủy, bí thư, phó bí thư khóa mới (kèm sơ yếu lý lịch, trích ngang, kết luận tiêu chuẩn chính trị, biên bản các bước giới thiệu nhân sự)'
            else i.title end
from (values ('DIRECTLY_UNDER_CENTRAL'), ('SUPERIOR_OF_GRASSROOTS'), ('GRASSROOTS_COMMITTEE'),
             ('GRASSROOTS_CELL'), ('SUB_COMMITTEE'), ('SUBORDINATE_CELL')) l (level)
cross join (values ('ALL_MEMBER'), ('DELEGATE')) k (kind)
cross join (values
    (1, 'REQUEST', 'Tờ trình đề nghị duyệt nội dung, thời gian, địa điểm đại hội'),
    (2, 'POLITICAL_REPORT', 'Dự thảo báo cáo chính trị'),
    (3, 'REVIEW_REPORT', 'Dự thảo báo cáo kiểm điểm của cấp ủy khóa đương nhiệm'),
    (4, 'PERSONNEL', 'Đề án nhân sự cấp ủy, ban thường vụ, bí thư, phó bí thư, ủy ban kiểm tra khóa mới (kèm sơ yếu lý lịch, trích ngang, kết luận tiêu chuẩn chính trị, biên bản các bước giới thiệu nhân sự)'),
    (5, 'DELEGATES', 'Đề án nhân sự đại biểu dự đại hội cấp trên'),
    (6, 'AGENDA', 'Dự thảo chương trình, quy chế làm việc và quy chế bầu cử của đại hội'),
    (7, 'PRESIDIUM', 'Dự kiến đoàn chủ tịch, đoàn thư ký, ban thẩm tra tư cách đại biểu'),
    (8, 'ADOPTION_MINUTES', 'Biên bản hoặc nghị quyết hội nghị cấp ủy thông qua các nội dung trên'),
    (9, 'PLAN', 'Kế hoạch: thời gian, địa điểm, thành phần, kinh phí')) i (position, code, title);

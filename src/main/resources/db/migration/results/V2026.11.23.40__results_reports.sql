-- Module results: what a unit reports up after its congress and how the superior confirms it (QĐ 24-QĐ/TW
-- §16.1). The deadlines themselves live on congress_case.due_on (module season); these tables keep the
-- report's files, the complaints that hold the confirmation, and the confirming decision.

-- The files of the results report (minutes, list of the elected, summaries), kept in stored_file.
create table results_file (
    id              bigserial primary key,
    case_id         bigint      not null references congress_case (id),
    kind            text        not null check (kind in ('MINUTES', 'ELECTED_LIST', 'COUNT_MINUTES', 'SUMMARY',
                                                          'DECISION')),
    stored_file_id  bigint      not null references stored_file (id),
    added_at        timestamptz not null,
    added_by        text        not null
);
create index results_file_case_idx on results_file (case_id);

-- A complaint (khiếu nại) about the congress's results: while one is open the confirmation is on hold.
-- days_left is what remained of the confirmation's countdown, in working days, when the hold began
-- (negative: overdue by that many); the countdown resumes from it on the day the last complaint is settled.
create table results_complaint (
    id            bigserial primary key,
    case_id       bigint      not null references congress_case (id),
    complainant   text        not null check (length(complainant) between 1 and 300),
    received_on   date        not null,
    content       text        not null check (length(content) between 1 and 4000),
    days_left     int         not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    settled_on    date,
    settlement    text,
    settled_by    text,
    check ((settled_on is null) = (settlement is null))
);
create index results_complaint_open_idx on results_complaint (case_id) where settled_on is null;

-- The registered decision (chuẩn y) that confirmed the results; one per congress held (a re-election after
-- an annulment is confirmed by a new decision, so the old row is replaced).
create table results_confirmation (
    case_id       bigint      primary key references congress_case (id),
    document_id   bigint      not null references document (id),
    confirmed_on  date        not null,
    confirmed_by  text        not null
);

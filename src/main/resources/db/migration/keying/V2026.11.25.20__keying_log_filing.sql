-- Module keying: the entry log (nhật ký nhập phiếu) of a released round filed into the congress file (hồ sơ đại
-- hội), group "Bầu cử, kiểm phiếu" of 62-HD/VPTW. Each filing stores the printed log as it was, with the number of
-- entries and the chain's last hash; a log already filed with the same last hash is not filed twice.
create table keying_log_filing (
    id             bigserial primary key,
    round_id       bigint      not null references election_round (id),
    case_id        bigint      not null references congress_case (id),
    filing         int         not null check (filing >= 1),
    stored_file_id bigint      not null references stored_file (id),
    entries        int         not null,
    log_head       text        not null,
    filed_by       text        not null,
    filed_at       timestamptz not null,
    unique (round_id, filing),
    unique (round_id, log_head)
);
create index keying_log_filing_case_idx on keying_log_filing (case_id);

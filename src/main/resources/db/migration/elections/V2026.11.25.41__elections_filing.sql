-- Elections (issue 6): the papers of a closed election filed into the congress file (hồ sơ đại hội), group
-- "bầu cử, kiểm phiếu" of Hướng dẫn 62-HD/VPTW. Each filing stores the counting minutes of every released round
-- and the election minutes, PDF and DOCX, as they were rendered that day; filing again adds a new filing number
-- and keeps the earlier ones (the archive takes the latest of each election). The record JSON is not stored:
-- the file store accepts only documents and images (files.UploadCheck).
create table election_filing (
    id          bigserial primary key,
    election_id bigint      not null references election (id),
    filing      int         not null check (filing >= 1),
    filed_by    text        not null,
    filed_at    timestamptz not null,
    unique (election_id, filing)
);

create table election_filed_file (
    filing_id      bigint not null references election_filing (id),
    position       int    not null check (position > 0),
    title          text   not null check (length(title) between 1 and 400),
    stored_file_id bigint not null references stored_file (id),
    primary key (filing_id, position)
);

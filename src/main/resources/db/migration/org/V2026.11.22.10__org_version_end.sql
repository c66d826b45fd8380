-- Module org: how a node's last version ended when the node itself was closed (merged away, dissolved,
-- split up), with the decision that closed it. Null while the node lives on: a version that is
-- superseded by a newer one ends by that newer version's change.
alter table org_version add column end_kind text;
alter table org_version add column end_decision_no text;
alter table org_version add column end_decision_date date;
alter table org_version add column end_note text;
alter table org_version add constraint org_version_end_kind_check
    check (end_kind is null or end_kind in ('MERGED', 'SPLIT', 'DISSOLVED'));

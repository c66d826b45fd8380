-- The member page labels an assignment's reason from the bundle (member.reason.<REASON>); a reason the bundle
-- does not know showed as ??member.reason.X_vi??. Only the reasons the code writes are accepted: records made,
-- imported, transferred, admitted, and members moved by a merge or a split of their units (Restructuring).
-- The sample data of earlier versions wrote 'MERGE' for the 2025 reform's merges: the same thing as ORG_MERGE.
update member_assignment set reason = 'ORG_MERGE' where reason = 'MERGE';

alter table member_assignment
    add constraint member_assignment_reason_known
    check (reason in ('CREATE', 'IMPORT', 'TRANSFER', 'ADMISSION', 'ORG_MERGE', 'ORG_SPLIT'));

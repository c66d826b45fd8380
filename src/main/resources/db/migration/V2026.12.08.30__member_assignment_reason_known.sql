-- The member page labels an assignment's reason from the bundle (member.reason.<REASON>); a reason the bundle
-- does not know showed as ??member.reason.X_vi??. Only the reasons the code writes are accepted.
alter table member_assignment
    add constraint member_assignment_reason_known
    check (reason in ('CREATE', 'IMPORT', 'TRANSFER', 'ADMISSION'));

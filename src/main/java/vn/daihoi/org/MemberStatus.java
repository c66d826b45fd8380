package vn.daihoi.org;

/** Official members vote; probationary members (12 months after admission) do not. */
public enum MemberStatus {
    OFFICIAL,
    PROBATIONARY;

    public String labelKey() {
        return "member.status." + name();
    }
}

package vn.daihoi.org;

/** Where a member stands in the life of the cell; decides whether the member is counted. */
public enum MemberSituation {
    ACTIVE,
    /** Chuyển sinh hoạt tạm thời đi. */
    TEMPORARY_TRANSFER_OUT,
    /** Chuyển sinh hoạt tạm thời đến. */
    TEMPORARY_TRANSFER_IN,
    EXEMPT,
    SUSPENDED,
    PROSECUTED,
    DECEASED,
    REMOVED;

    /** Whether the member counts in org_counts (everyone but the deceased and the removed). */
    public boolean counted() {
        return this != DECEASED && this != REMOVED;
    }

    public String labelKey() {
        return "member.situation." + name();
    }
}

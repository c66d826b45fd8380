package vn.daihoi.access;

/** The permission catalogue: every action a user can be allowed, each checked on a subtree. */
public enum Permission {
    ORG_VIEW,
    ORG_EDIT,
    ORG_RESTRUCTURE,
    MEMBER_VIEW,
    MEMBER_EDIT,
    MEMBER_IMPORT,
    MEMBER_EXPORT,
    USER_VIEW,
    USER_MANAGE,
    AUDIT_VIEW,
    AUDIT_VERIFY;

    /** Message key of the permission's Vietnamese / English label. */
    public String labelKey() {
        return "permission." + name();
    }
}

package vn.daihoi.org;

/** A member's sex as the party records hold it. */
public enum Sex {
    MALE,
    FEMALE;

    public String labelKey() {
        return "member.sex." + name();
    }
}

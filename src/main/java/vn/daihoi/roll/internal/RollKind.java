package vn.daihoi.roll.internal;

/** Why someone is on the roll: a member (all-member congress) or a kind of delegate. */
public enum RollKind {
    MEMBER,
    /** Elected by the congress of a unit below. */
    ELECTED,
    /** Ex officio: a member of the convening committee. */
    EX_OFFICIO,
    APPOINTED,
    /** Dự khuyết: summoned only once called up for an absent delegate. */
    ALTERNATE;

    public String labelKey() {
        return "roll.kind." + name();
    }
}

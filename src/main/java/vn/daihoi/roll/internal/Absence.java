package vn.daihoi.roll.internal;

/** Absent for the whole congress, with a reason the convening committee accepted or without one. */
public enum Absence {
    WITH_REASON,
    WITHOUT_REASON;

    public String labelKey() {
        return "roll.absence." + name();
    }
}

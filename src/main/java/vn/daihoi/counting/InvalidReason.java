package vn.daihoi.counting;

/** Why a ballot is invalid (elections.md §4); recorded for the minutes. */
public enum InvalidReason {
    NOT_ISSUED,
    OVERVOTE,
    ALL_STRUCK_OUT,
    NO_CLEAR_CHOICE,
    ADDED_NAME,
    IDENTIFYING_MARK,
    UNREADABLE;

    /** The key of this code's one label ({@code i18n/codes}), for pages and papers alike. */
    public String labelKey() {
        return "code." + getDeclaringClass().getSimpleName() + "." + name();
    }
}

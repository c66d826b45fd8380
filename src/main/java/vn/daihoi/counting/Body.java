package vn.daihoi.counting;

/** What is being elected (election-record.md {@code election.body}). */
public enum Body {
    EXECUTIVE_COMMITTEE,
    STANDING_COMMITTEE,
    SECRETARY,
    DEPUTY_SECRETARY,
    INSPECTION_COMMITTEE,
    INSPECTION_CHAIR,
    INSPECTION_VICE_CHAIR,
    DELEGATE,
    ALTERNATE_DELEGATE;

    /** Executive and standing committee lists must carry a bounded surplus (elections.md §3). */
    public boolean needsSurplus() {
        return this == EXECUTIVE_COMMITTEE || this == STANDING_COMMITTEE;
    }

    /** The key of this code's one label ({@code i18n/codes}), for pages and papers alike. */
    public String labelKey() {
        return "code." + getDeclaringClass().getSimpleName() + "." + name();
    }
}

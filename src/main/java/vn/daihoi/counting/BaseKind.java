package vn.daihoi.counting;

/** The kind of meeting, which decides who is taken out of the base D (elections.md §2). */
public enum BaseKind {
    MEMBER_CONGRESS,
    DELEGATE_CONGRESS,
    COMMITTEE_MEETING
}

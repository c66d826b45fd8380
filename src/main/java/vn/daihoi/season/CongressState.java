package vn.daihoi.season;

import java.util.EnumSet;
import java.util.Set;

/** Where a unit's congress stands, from the plan to the archive (domain.md), with the side exits. */
public enum CongressState {
    PLAN_ISSUED,
    PREPARING,
    INTERNAL_ADOPTED,
    DOSSIER_SUBMITTED,
    UNDER_APPRAISAL,
    RETURNED_FOR_REVISION,
    APPROVAL_MEETING,
    APPROVED,
    CONVENED,
    PREPARATORY_SESSION,
    IN_SESSION,
    CLOSED,
    FIRST_COMMITTEE_MEETING,
    RESULT_REPORTED,
    CONFIRMED,
    ARCHIVED,
    /** Hoãn: with a reason and a new date; resumes where it stopped. */
    POSTPONED,
    /** Superior appointed the committee; the unit holds a two-content congress (merged units, 2025). */
    COMMITTEE_APPOINTED,
    /** Results (or one title) annulled by the superior; a re-election is ordered. */
    RESULT_ANNULLED,
    DISSOLVED,
    MERGED;

    /** The congress has been held (what "hoàn thành" counts). */
    public static final Set<CongressState> HELD =
            EnumSet.of(CLOSED, FIRST_COMMITTEE_MEETING, RESULT_REPORTED, CONFIRMED, ARCHIVED);

    /** No transition leaves these. */
    public static final Set<CongressState> TERMINAL = EnumSet.of(ARCHIVED, DISSOLVED, MERGED);

    /** Before the official session opens: may be postponed or turned into a two-content congress. */
    public static final Set<CongressState> BEFORE_SESSION = EnumSet.of(
            PLAN_ISSUED,
            PREPARING,
            INTERNAL_ADOPTED,
            DOSSIER_SUBMITTED,
            UNDER_APPRAISAL,
            RETURNED_FOR_REVISION,
            APPROVAL_MEETING,
            APPROVED,
            CONVENED,
            PREPARATORY_SESSION);

    public boolean held() {
        return HELD.contains(this);
    }

    public boolean terminal() {
        return TERMINAL.contains(this);
    }

    public String labelKey() {
        return "congress.state." + name();
    }
}

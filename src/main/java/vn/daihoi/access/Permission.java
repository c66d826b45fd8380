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
    AUDIT_VERIFY,
    /** Read the document register and download documents. */
    DOCUMENT_VIEW,
    /** Register and number documents issued by a node of the subtree. */
    DOCUMENT_ISSUE,
    /** Read the rulebook and the working-day calendar. */
    RULEBOOK_VIEW,
    /** Change rulebook parameters and enter official holidays / make-up days. */
    RULEBOOK_EDIT,
    /** See congress cases, plans and progress. */
    CONGRESS_VIEW,
    /** Move the unit's own congress case forward (the unit's office or cell secretary). */
    CONGRESS_MANAGE,
    /** Decide as the direct superior: appraise, approve, confirm, postpone, annul. */
    CONGRESS_APPROVE,
    /** Issue a congress plan that creates the cases of the units below. */
    PLAN_ISSUE,
    /** Read the unit's draft congress documents and the drafts published to it, with their comments. */
    DRAFT_VIEW,
    /** Write the unit's drafts, publish them below, compile and forward comments, edit the synthesis. */
    DRAFT_EDIT,
    /** Comment on a draft published to the unit (a member's comment is seen by the collecting unit only). */
    DRAFT_COMMENT,
    /** Read personnel proposals (bodies, candidates, indicators). */
    PERSONNEL_VIEW,
    /** Prepare the unit's personnel proposal. */
    PERSONNEL_EDIT,
    /** Run the congress day: roll, check-in, agenda, elections, counts and the release of results. */
    CONGRESS_DAY_RUN,
    /** Key ballots at the counting table as one of the counting teams. */
    BALLOT_ENTER;

    /**
     * Whether holding the permission lets one only read (see, search, export, verify) and change nothing: the
     * whole of a {@link Role#VIEWER}'s rights must be such.
     */
    public boolean readOnly() {
        return switch (this) {
            case ORG_VIEW,
                    MEMBER_VIEW,
                    MEMBER_EXPORT,
                    USER_VIEW,
                    AUDIT_VIEW,
                    AUDIT_VERIFY,
                    DOCUMENT_VIEW,
                    RULEBOOK_VIEW,
                    CONGRESS_VIEW,
                    DRAFT_VIEW,
                    PERSONNEL_VIEW -> true;
            default -> false;
        };
    }

    /** Message key of the permission's Vietnamese / English label. */
    public String labelKey() {
        return "permission." + name();
    }
}

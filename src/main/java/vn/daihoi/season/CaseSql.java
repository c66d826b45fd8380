package vn.daihoi.season;

import vn.daihoi.org.OrgSql;

/**
 * A congress case's facts inside other modules' set-based SQL: fragments {@code season}, the owner of
 * {@code congress_case}, writes for queries that start from a module's own rows (an election, a filed file) and
 * need the case's unit or term, so that they stay one query while only {@code season} names the table
 * ({@code TableOwnershipTest}). A single case is read with {@link CongressCases#find}, locked with
 * {@link CongressCases#lock}. {@code caseId} is an SQL expression of the caller's query ({@code "e.case_id"},
 * {@code "?"}); the fragments' own alias ends in {@code _}.
 */
public final class CaseSql {

    private CaseSql() {}

    /**
     * The congress cases as a derived table for {@code from ... c} in a list that starts from them (cases awaiting
     * a superior, a meeting's agenda): the columns {@code id, org_id, term, level, kind, state, window_to, due_on,
     * planned_on, follower_user_id} (PostgreSQL flattens it: the case indexes serve the caller's conditions).
     */
    public static String cases() {
        return "(select cc_.id, cc_.org_id, cc_.term, cc_.level, cc_.kind, cc_.state, cc_.window_to, cc_.due_on,"
                + " cc_.planned_on, cc_.follower_user_id from congress_case cc_)";
    }

    /**
     * The congress as the audit log and lists name it: its unit's name (a closed unit's last name) and its term,
     * "Chi bộ Thôn 1 (2025-2030)".
     */
    public static String congressName(String caseId) {
        return OrgSql.name(orgId(caseId)) + " || ' (' || " + term(caseId) + " || ')'";
    }

    /** The case's unit. */
    public static String orgId(String caseId) {
        return column("org_id", caseId);
    }

    /** The case's term ("2025-2030"). */
    public static String term(String caseId) {
        return column("term", caseId);
    }

    /** The case's state (a {@link CongressState} name). */
    public static String state(String caseId) {
        return column("state", caseId);
    }

    /** The case's kind of congress ({@code ALL_MEMBER}, {@code DELEGATE}). */
    public static String kind(String caseId) {
        return column("kind", caseId);
    }

    /** The day the congress is planned to open. */
    public static String plannedOn(String caseId) {
        return column("planned_on", caseId);
    }

    /**
     * When the case last entered {@code state} (an SQL expression such as {@code "'RESULT_REPORTED'"}); null when
     * it never did.
     */
    public static String lastEnteredAt(String caseId, String state) {
        return "(select max(ct_.at) from congress_transition ct_ where ct_.case_id = " + caseId + " and ct_.to_state = "
                + state + ")";
    }

    private static String column(String column, String caseId) {
        return "(select cc_." + column + " from congress_case cc_ where cc_.id = " + caseId + ")";
    }
}

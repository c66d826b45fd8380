package vn.daihoi.elections;

/**
 * A round's facts inside other modules' SQL (the keying of its ballots): fragments {@code elections}, the owner of
 * {@code election} and {@code election_round}, writes so that only it names those tables
 * ({@code TableOwnershipTest}). {@code roundId} is an SQL expression of the caller's query; the fragments' own
 * aliases end in {@code _}.
 */
public final class RoundSql {

    private RoundSql() {}

    /** How many ballots were collected from the box (null until counted in). */
    public static String collected(String roundId) {
        return "(select er_.collected from election_round er_ where er_.id = " + roundId + ")";
    }

    /** The round's number in its election. */
    public static String roundNo(String roundId) {
        return "(select er_.round_no from election_round er_ where er_.id = " + roundId + ")";
    }

    /** The round's election. */
    public static String electionId(String roundId) {
        return "(select er_.election_id from election_round er_ where er_.id = " + roundId + ")";
    }

    /** The title of the round's election. */
    public static String title(String roundId) {
        return "(select el_.title from election el_ join election_round er_ on er_.election_id = el_.id"
                + " where er_.id = " + roundId + ")";
    }
}

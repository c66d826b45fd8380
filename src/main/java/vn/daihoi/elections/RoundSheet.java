package vn.daihoi.elections;

import java.util.List;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.Purpose;

/**
 * What the counting table needs of one round: the names numbered in ballot order (the numbers keyed), the
 * seats, the ballot form and the counts of ballots issued and collected once entered.
 */
public record RoundSheet(
        long roundId,
        long electionId,
        long caseId,
        String title,
        Body body,
        BallotForm ballotForm,
        Purpose purpose,
        int seats,
        int roundNo,
        boolean runoff,
        RoundState state,
        Integer issued,
        Integer collected,
        List<Name> names) {

    public RoundSheet {
        names = List.copyOf(names);
    }

    /** A name on the ballot: its number (position, from 1) and its candidate id in the election record. */
    public record Name(int number, String candidateId, String fullName) {}

    /** The candidate id of the record for a ballot number: {@code c01}, {@code c02}, … */
    public static String candidateId(int number) {
        return String.format("c%02d", number);
    }
}

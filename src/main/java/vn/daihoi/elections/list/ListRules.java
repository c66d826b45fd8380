package vn.daihoi.elections.list;

import java.util.List;
import java.util.stream.Collectors;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.Counting;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.Problem;
import vn.daihoi.counting.Purpose;
import vn.daihoi.platform.DomainException;

/**
 * The rules a list must meet before the congress approves it (elections.md §3), taken from the counting engine
 * so that a list approved here is never refused later at the count for the same reason.
 */
public final class ListRules {

    private ListRules() {}

    /** Errors and warnings of a list of {@code names} names for {@code seats} seats. */
    static List<Problem> check(
            String title, Body body, BallotForm form, int seats, int names, int roundNo, boolean runoff) {
        return Counting.checkList(
                new ElectionRecord.Election(title, body, Purpose.ELECTION, seats, roundNo, runoff, form), names);
    }

    /** Refuses a list with an error, naming every rule it breaks; returns the warnings to show. */
    public static List<Problem> require(
            String title, Body body, BallotForm form, int seats, int names, int roundNo, boolean runoff) {
        List<Problem> found = check(title, body, form, seats, names, roundNo, runoff);
        String errors = found.stream()
                .filter(p -> p instanceof Problem.Error)
                .map(Problem::message)
                .collect(Collectors.joining(" "));
        if (!errors.isEmpty()) {
            throw new DomainException("elections.list.error.rules", errors);
        }
        return found;
    }
}

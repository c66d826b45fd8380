package vn.daihoi.elections;

import java.time.LocalDate;
import java.util.List;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;

/**
 * An election to open with its first round's list as the congress approved it. The names are put in
 * ballot order (elections.md §3) whatever order they come in.
 */
public record NewElection(String title, Body body, int seats, BallotForm ballotForm, List<ListedName> names) {

    public NewElection {
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** A name for the list: a member of the records (memberId) or a name alone. */
    public record ListedName(Long memberId, String fullName, LocalDate birthDate) {}
}

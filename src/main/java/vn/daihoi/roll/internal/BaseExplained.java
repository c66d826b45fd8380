package vn.daihoi.roll.internal;

import java.util.List;
import java.util.Map;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.roll.VotingBase;

/** D explained: the base with, for each exclusion, the people it takes out (by number). */
public record BaseExplained(VotingBase base, Map<Exclusion, List<Person>> excludedPeople) {

    /** Someone taken out of D, with the reason recorded. */
    public record Person(long entryId, int number, String fullName, String reason) {}

    public BaseExplained {
        excludedPeople = Map.copyOf(excludedPeople);
    }
}

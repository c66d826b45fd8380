package vn.daihoi.roll;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.daihoi.counting.BaseKind;
import vn.daihoi.counting.Exclusion;

/**
 * The base D of a vote as elections.md §2 computes it: those summoned minus each exclusion, with those
 * present (checked in). The quorum is two thirds of D present.
 */
public record VotingBase(BaseKind kind, int summoned, Map<Exclusion, Integer> excluded, int present) {

    public VotingBase {
        excluded = excluded.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(excluded));
    }

    /** D: summoned minus every exclusion. */
    public int d() {
        return summoned - excluded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Two thirds of D present: {@code 3 × present ≥ 2 × D}. */
    public boolean quorum() {
        return d() > 0 && 3L * present >= 2L * d();
    }

    /** The fewest present that make the quorum: ⌈2D/3⌉. */
    public int quorumNeeds() {
        return (2 * d() + 2) / 3;
    }
}

package vn.daihoi.counting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One round of one election, with everything needed to recount it (election-record.md, input). Exactly
 * one of {@code ballots} (one by one) and {@code tally} (added up by hand) is present.
 */
public record ElectionRecord(
        Election election,
        Base base,
        List<Candidate> candidates,
        Counts counts,
        List<Ballot> ballots,
        Tally tally,
        Settings settings) {

    public ElectionRecord {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        ballots = ballots == null ? null : List.copyOf(ballots);
        settings = settings == null ? Settings.DEFAULTS : settings;
    }

    /** What is elected in this round; {@code seats} is ignored for a nomination opinion. */
    public record Election(
            String title, Body body, Purpose purpose, int seats, int round, boolean runoff, BallotForm ballotForm) {

        public Election {
            purpose = purpose == null ? Purpose.ELECTION : purpose;
            title = title == null ? "" : title;
        }
    }

    /**
     * The roster base: either {@code summoned} minus {@code excluded}, or {@code value} given directly.
     * {@code present} may be null except for a nomination opinion.
     */
    public record Base(
            BaseKind kind, Integer summoned, Map<Exclusion, Integer> excluded, Integer value, Integer present) {

        public Base {
            // EnumMap: checks and minutes walk the categories in one fixed order, run after run
            excluded = excluded == null || excluded.isEmpty()
                    ? Map.of()
                    : Collections.unmodifiableMap(new EnumMap<>(excluded));
        }
    }

    /** A name on the list, in ballot order. */
    public record Candidate(String id, String name) {}

    /** Ballots issued (phát ra) and collected (thu vào). */
    public record Counts(int issued, int collected) {}

    /** One collected ballot as the counting committee recorded it. */
    public sealed interface Ballot {

        /** A strike-out ballot: the ids left unstruck. */
        record Kept(List<String> ids) implements Ballot {
            public Kept {
                ids = List.copyOf(ids);
            }
        }

        /** An agree/disagree ballot: a mark per id; a missing id is {@link Mark#NONE}. */
        record Marked(Map<String, Mark> marks) implements Ballot {
            public Marked {
                marks = Map.copyOf(marks);
            }
        }

        /** A ballot the counting committee ruled invalid by inspection. */
        record Invalid(InvalidReason reason) implements Ballot {}
    }

    /** Ballots already added up by hand; ids missing from {@code votes} or {@code disagree} have 0. */
    public record Tally(
            int valid, Map<InvalidReason, Integer> invalid, Map<String, Integer> votes, Map<String, Integer> disagree) {

        public Tally {
            invalid = invalid == null || invalid.isEmpty()
                    ? Map.of()
                    : Collections.unmodifiableMap(new EnumMap<>(invalid));
            votes = votes == null ? Map.of() : Map.copyOf(votes);
            disagree = disagree == null ? Map.of() : Map.copyOf(disagree);
        }
    }
}

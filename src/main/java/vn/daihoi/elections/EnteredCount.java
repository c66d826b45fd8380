package vn.daihoi.elections;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.daihoi.counting.ElectionRecord;

/**
 * What the counting committee hands over to release a round: every collected ballot as keyed (and agreed
 * by every team), or the totals counted by hand (quick mode for small cells).
 */
public sealed interface EnteredCount {

    /**
     * The agreed ballots, in pile order; candidate ids as {@link RoundSheet#candidateId(int)}; the entry log's head
     * they were proven by (number of entries and last hash), printed on the minutes; {@code keyedBy}: who keyed each
     * team (team → names as printed), for the minutes.
     */
    record Keyed(
            List<ElectionRecord.Ballot> ballots,
            int teams,
            int entryLogEntries,
            String entryLogDigest,
            Map<Integer, List<String>> keyedBy)
            implements EnteredCount {
        public Keyed {
            ballots = List.copyOf(ballots);
            keyedBy = keyedBy == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(keyedBy));
        }

        public Keyed(List<ElectionRecord.Ballot> ballots, int teams, String entryLogDigest) {
            this(ballots, teams, 0, entryLogDigest, Map.of());
        }
    }

    /** Totals counted by hand. */
    record Totals(ElectionRecord.Tally tally) implements EnteredCount {}
}

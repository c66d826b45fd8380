package vn.daihoi.elections;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The names of rounds whose ballots are being counted, kept in this app node so that keying a ballot does not
 * read 200 names each time. Safe without any message between nodes (docs/adr/0007): the stamp is the round's
 * state, read by the caller in the same transaction as the round's head. A round's names are written with the
 * round (or while its list is still in LIST) and never again once its ballots were issued and collected; so
 * names are kept only for a round read in COUNTING or RELEASED, and a round id is never reused (a sequence).
 */
final class RoundNames {

    /** At most this many rounds kept (a congress counts a handful at a time); beyond it the map starts over. */
    private static final int MAX_ROUNDS = 256;

    private final Map<Long, List<RoundSheet.Name>> byRound = new ConcurrentHashMap<>();

    /** The names of a round: kept ones when its state (read in this transaction) says they are final. */
    List<RoundSheet.Name> of(long roundId, RoundState state, Supplier<List<RoundSheet.Name>> read) {
        if (state != RoundState.COUNTING && state != RoundState.RELEASED) {
            return read.get();
        }
        List<RoundSheet.Name> kept = byRound.get(roundId);
        if (kept != null) {
            return kept;
        }
        List<RoundSheet.Name> names = List.copyOf(read.get());
        if (byRound.size() >= MAX_ROUNDS) {
            byRound.clear();
        }
        byRound.put(roundId, names);
        return names;
    }
}

package vn.daihoi.keying;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each team's pile as the entry log proves it: the log's ballot entries (keyed, invalid, undone, corrected) replayed
 * in order, and compared with the live rows of {@code keyed_ballot}. The log is chained and MAC'd, the table is
 * not: a row edited, inserted, deleted or brought back behind the application shows as a named difference.
 */
final class PileReplay {

    /** A ballot as logged or stored: its kind and canonical content. */
    record Ballot(String kind, String content) {
        @Override
        public String toString() {
            return kind + " " + content;
        }

        KeyedBallot keyed() {
            return KeyedBallot.stored(kind, content);
        }
    }

    private PileReplay() {}

    /** Team → position → ballot, replayed from the entries in order. */
    static Map<Integer, TreeMap<Integer, Ballot>> replay(List<EntryLog.Entry> entries) {
        Map<Integer, TreeMap<Integer, Ballot>> piles = new TreeMap<>();
        for (EntryLog.Entry e : entries) {
            if (e.team() == null) {
                continue;
            }
            TreeMap<Integer, Ballot> pile = piles.computeIfAbsent(e.team(), t -> new TreeMap<>());
            switch (e.action()) {
                case BALLOT_KEYED, BALLOT_INVALID -> {
                    Positioned p = positioned(e.content());
                    pile.put(p.position(), p.ballot());
                }
                case UNDO -> pile.remove(positioned(e.content()).position());
                case CORRECTION -> {
                    String[] parts = e.content().split(" -> ", 2);
                    pile.put(positioned(parts[0]).position(), ballot(parts[1]));
                }
                default -> {
                    // other actions carry no ballot
                }
            }
        }
        return piles;
    }

    /** The differences between the proven piles and the table's live rows (team → position → ballot). */
    static List<EntryLog.BallotFinding> compare(
            Map<Integer, TreeMap<Integer, Ballot>> proven, Map<Integer, TreeMap<Integer, Ballot>> stored) {
        List<EntryLog.BallotFinding> out = new ArrayList<>();
        TreeSet<Integer> teams = new TreeSet<>(proven.keySet());
        teams.addAll(stored.keySet());
        for (int team : teams) {
            TreeMap<Integer, Ballot> logged = proven.getOrDefault(team, new TreeMap<>());
            TreeMap<Integer, Ballot> table = stored.getOrDefault(team, new TreeMap<>());
            TreeSet<Integer> positions = new TreeSet<>(logged.keySet());
            positions.addAll(table.keySet());
            for (int position : positions) {
                Ballot l = logged.get(position);
                Ballot t = table.get(position);
                if (Objects.equals(l, t)) {
                    continue;
                }
                EntryLog.BallotProblem problem = l == null
                        ? EntryLog.BallotProblem.NOT_IN_LOG
                        : t == null ? EntryLog.BallotProblem.MISSING_FROM_TABLE : EntryLog.BallotProblem.CHANGED;
                out.add(new EntryLog.BallotFinding(
                        team, position, problem, l == null ? null : l.toString(), t == null ? null : t.toString()));
            }
        }
        return out;
    }

    private record Positioned(int position, Ballot ballot) {}

    /** {@code "#5 KEPT 1 2 3"}: the position, the kind and the content (which may be empty). */
    private static Positioned positioned(String text) {
        String[] parts = text.split(" ", 2);
        return new Positioned(Integer.parseInt(parts[0].substring(1)), ballot(parts[1]));
    }

    private static Ballot ballot(String text) {
        String[] parts = text.split(" ", 2);
        return new Ballot(parts[0], parts.length > 1 ? parts[1] : "");
    }
}

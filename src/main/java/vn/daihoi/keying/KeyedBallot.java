package vn.daihoi.keying;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.counting.Mark;
import vn.daihoi.elections.RoundSheet;

/**
 * One ballot as a team keyed it, in the numbers of the round's sheet. Its canonical {@link #content()} is what
 * is stored and what the teams' counts are compared on, whatever way the clerk typed it.
 */
public sealed interface KeyedBallot {

    /** KEPT, MARKED or INVALID, as stored. */
    String kind();

    /** The canonical text: kept numbers ascending; marks other than agree as D3 B5 O7; an invalid reason code. */
    String content();

    /** The ballot as the election record carries it (candidate ids {@code c01} …). */
    ElectionRecord.Ballot toRecord(RoundSheet sheet);

    /** A strike-out ballot: the numbers of the names left unstruck. */
    record Kept(SortedSet<Integer> numbers) implements KeyedBallot {
        public Kept {
            numbers = Collections.unmodifiableSortedSet(new TreeSet<>(numbers));
        }

        @Override
        public String kind() {
            return "KEPT";
        }

        @Override
        public String content() {
            return String.join(" ", numbers.stream().map(String::valueOf).toList());
        }

        @Override
        public ElectionRecord.Ballot toRecord(RoundSheet sheet) {
            return new ElectionRecord.Ballot.Kept(
                    numbers.stream().map(RoundSheet::candidateId).toList());
        }
    }

    /** An agree/disagree ballot: the numbers not marked agree (every other name is agree). */
    record Marked(SortedMap<Integer, Mark> notAgree) implements KeyedBallot {
        public Marked {
            notAgree = Collections.unmodifiableSortedMap(new TreeMap<>(notAgree));
        }

        @Override
        public String kind() {
            return "MARKED";
        }

        @Override
        public String content() {
            List<String> parts = new ArrayList<>();
            notAgree.forEach((n, m) -> parts.add(m.name().charAt(0) + String.valueOf(n)));
            return String.join(" ", parts);
        }

        @Override
        public ElectionRecord.Ballot toRecord(RoundSheet sheet) {
            Map<String, Mark> marks = new LinkedHashMap<>();
            for (RoundSheet.Name n : sheet.names()) {
                marks.put(n.candidateId(), notAgree.getOrDefault(n.number(), Mark.AGREE));
            }
            return new ElectionRecord.Ballot.Marked(marks);
        }
    }

    /** A ballot ruled invalid at the table, with its reason (elections.md §4). */
    record Invalid(InvalidReason reason) implements KeyedBallot {
        @Override
        public String kind() {
            return "INVALID";
        }

        @Override
        public String content() {
            return reason.name();
        }

        @Override
        public ElectionRecord.Ballot toRecord(RoundSheet sheet) {
            return new ElectionRecord.Ballot.Invalid(reason);
        }
    }

    /** Reads a stored ballot back. */
    static KeyedBallot stored(String kind, String content) {
        return switch (kind) {
            case "KEPT" -> {
                SortedSet<Integer> numbers = new TreeSet<>();
                for (String part : content.split(" ")) {
                    if (!part.isEmpty()) {
                        numbers.add(Integer.parseInt(part));
                    }
                }
                yield new Kept(numbers);
            }
            case "MARKED" -> {
                SortedMap<Integer, Mark> marks = new TreeMap<>();
                for (String part : content.split(" ")) {
                    if (!part.isEmpty()) {
                        Mark mark = switch (part.charAt(0)) {
                            case 'D' -> Mark.DISAGREE;
                            case 'B' -> Mark.BOTH;
                            default -> Mark.NONE;
                        };
                        marks.put(Integer.parseInt(part.substring(1)), mark);
                    }
                }
                yield new Marked(marks);
            }
            case "INVALID" -> new Invalid(InvalidReason.valueOf(content));
            default -> throw new IllegalStateException("unknown keyed ballot kind " + kind);
        };
    }
}

package vn.daihoi.keying;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.counting.Mark;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.platform.DomainException;

/**
 * What the clerk types for one ballot, read against the round's sheet. Numbers are separated by spaces,
 * commas or {@code +}; {@code 0} alone means "no number" (nothing struck, or every name agreed);
 * {@code /} or {@code *} then a digit is an invalid ballot with the reason of that number in the legend. On an
 * agree/disagree ballot a number is "disagree", {@code x5} both boxes and {@code o5} neither box. Input that
 * names a number not on the list or a name twice is refused whole: nothing is stored. Over-votes are not
 * judged here: the counting engine judges the kept set.
 */
public final class BallotInput {

    private BallotInput() {}

    /** The invalid reasons in legend order: {@code /1} is the first. */
    public static final InvalidReason[] LEGEND = InvalidReason.values();

    /**
     * @param typedKept on a strike-out ballot, whether the numbers typed are the names kept (else struck)
     */
    public static KeyedBallot parse(String text, RoundSheet sheet, boolean typedKept) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new DomainException("keying.input.empty");
        }
        if (input.startsWith("/") || input.startsWith("*")) {
            String code = input.substring(1).strip();
            if (!code.matches("\\d") || Integer.parseInt(code) < 1 || Integer.parseInt(code) > LEGEND.length) {
                throw new DomainException("keying.input.reason", input, LEGEND.length);
            }
            return new KeyedBallot.Invalid(LEGEND[Integer.parseInt(code) - 1]);
        }
        int size = sheet.names().size();
        String[] tokens = input.split("[\\s,+]+");
        boolean marked = sheet.ballotForm() == BallotForm.AGREE_DISAGREE;
        SortedMap<Integer, Mark> marks = new TreeMap<>();
        Set<Integer> seen = new LinkedHashSet<>();
        boolean zero = false;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            Mark mark = Mark.DISAGREE;
            String digits = token;
            if (marked && (token.startsWith("x") || token.startsWith("X"))) {
                mark = Mark.BOTH;
                digits = token.substring(1);
            } else if (marked && (token.startsWith("o") || token.startsWith("O"))) {
                mark = Mark.NONE;
                digits = token.substring(1);
            }
            if (!digits.matches("\\d{1,4}")) {
                throw new DomainException("keying.input.token", token);
            }
            int n = Integer.parseInt(digits);
            if (n == 0 && digits.equals(token)) {
                zero = true;
                continue;
            }
            if (n < 1 || n > size) {
                throw new DomainException("keying.input.notOnList", n, size);
            }
            if (!seen.add(n)) {
                throw new DomainException("keying.input.twice", n, name(sheet, n));
            }
            marks.put(n, mark);
        }
        if (zero && !seen.isEmpty()) {
            throw new DomainException("keying.input.zeroWithNumbers");
        }
        if (marked) {
            return new KeyedBallot.Marked(marks);
        }
        SortedSet<Integer> kept = new TreeSet<>();
        if (typedKept) {
            kept.addAll(seen);
        } else {
            for (int n = 1; n <= size; n++) {
                if (!seen.contains(n)) {
                    kept.add(n);
                }
            }
        }
        return new KeyedBallot.Kept(kept);
    }

    static String name(RoundSheet sheet, int number) {
        return sheet.names().get(number - 1).fullName();
    }
}

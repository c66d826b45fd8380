package vn.daihoi.drafts;

import java.util.ArrayList;
import java.util.List;
import vn.daihoi.drafts.DraftText.Paragraph;

/**
 * The difference between two versions: paragraphs aligned by their stable anchors (an unchanged or
 * edited-in-place paragraph keeps its anchor), then words inside a changed paragraph. Pure.
 */
public final class DraftDiff {

    public enum Change {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    public enum Op {
        SAME,
        INSERTED,
        DELETED
    }

    /** A run of words kept, inserted or deleted. */
    public record Piece(Op op, String text) {}

    /** One row: the paragraph on each side (null where absent) and, for a change, the word pieces. */
    public record Row(Change change, Paragraph left, Paragraph right, List<Piece> pieces) {}

    private DraftDiff() {}

    public static List<Row> between(List<Paragraph> left, List<Paragraph> right) {
        Sequences.Equal sameAnchor =
                (i, j) -> left.get(i).anchor().equals(right.get(j).anchor());
        int[][] t = Sequences.lcsTable(left.size(), right.size(), sameAnchor);
        List<int[]> matches = new ArrayList<>(Sequences.matches(t, left.size(), right.size(), sameAnchor));
        matches.add(new int[] {left.size(), right.size()});
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int[] m : matches) {
            for (; i < m[0]; i++) {
                rows.add(new Row(
                        Change.REMOVED,
                        left.get(i),
                        null,
                        List.of(new Piece(Op.DELETED, left.get(i).text()))));
            }
            for (; j < m[1]; j++) {
                rows.add(new Row(
                        Change.ADDED,
                        null,
                        right.get(j),
                        List.of(new Piece(Op.INSERTED, right.get(j).text()))));
            }
            if (m[0] < left.size()) {
                Paragraph l = left.get(m[0]);
                Paragraph r = right.get(m[1]);
                boolean same = l.text().equals(r.text()) && l.heading() == r.heading();
                rows.add(new Row(
                        same ? Change.SAME : Change.CHANGED,
                        l,
                        r,
                        same ? List.of(new Piece(Op.SAME, r.text())) : words(l.text(), r.text())));
                i = m[0] + 1;
                j = m[1] + 1;
            }
        }
        return rows;
    }

    /** Word-level diff of two paragraphs, adjacent words of the same kind joined into one piece. */
    public static List<Piece> words(String before, String after) {
        List<String> x = Sequences.words(before);
        List<String> y = Sequences.words(after);
        Sequences.Equal eq = (a, b) -> x.get(a).equals(y.get(b));
        int[][] t = Sequences.lcsTable(x.size(), y.size(), eq);
        List<Piece> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && eq.test(i, j)) {
                add(out, Op.SAME, x.get(i++));
                j++;
            } else if (i < x.size() && (j == y.size() || t[i + 1][j] >= t[i][j + 1])) {
                // deleted words before inserted ones, as a reader expects "old → new"
                add(out, Op.DELETED, x.get(i++));
            } else {
                add(out, Op.INSERTED, y.get(j++));
            }
        }
        return out;
    }

    private static void add(List<Piece> out, Op op, String word) {
        if (!out.isEmpty() && out.getLast().op() == op) {
            Piece last = out.removeLast();
            out.add(new Piece(op, last.text() + " " + word));
        } else {
            out.add(new Piece(op, word));
        }
    }
}

package vn.daihoi.drafts;

import java.util.ArrayList;
import java.util.List;

/**
 * The structured text of a draft version: one line per paragraph, a line starting with {@code #} a section
 * heading (sections are numbered from 1 in order; paragraphs from 1 within their section, and text before
 * the first heading is section 0). Pure: parsing and the stable anchors, no I/O.
 */
public final class DraftText {

    private DraftText() {}

    /** A heading or paragraph of a version, addressable by its stable anchor and by its numbers. */
    public record Paragraph(String anchor, boolean heading, int section, int number, String text) {

        /** "2" for the heading of section 2, "2.3" for its third paragraph. */
        public String label() {
            return heading ? Integer.toString(section) : section + "." + number;
        }
    }

    /** A line of entered text before numbering: whether it is a heading and its clean text. */
    public record Line(boolean heading, String text) {}

    public static List<Line> lines(String body) {
        List<Line> lines = new ArrayList<>();
        for (String raw : body.replace("\r", "").split("\n")) {
            String line = raw.strip().replaceAll("\\s+", " ");
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "");
                if (!title.isEmpty()) {
                    lines.add(new Line(true, title));
                }
            } else {
                lines.add(new Line(false, line));
            }
        }
        return lines;
    }

    /**
     * Numbers {@code lines} and gives each an anchor: the anchor of the previous version's paragraph when it
     * is unchanged (longest common subsequence) or edited in place (similar enough, between the same
     * unchanged neighbours), else a new one {@code p<n>} counting on from {@code nextAnchor}.
     */
    public static List<Paragraph> number(List<Paragraph> previous, List<Line> lines, int nextAnchor) {
        String[] anchors = carryAnchors(previous, lines);
        List<Paragraph> out = new ArrayList<>(lines.size());
        int section = 0;
        int number = 0;
        int next = nextAnchor;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.heading()) {
                section++;
                number = 0;
            } else {
                number++;
            }
            String anchor = anchors[i] != null ? anchors[i] : "p" + next++;
            out.add(new Paragraph(anchor, line.heading(), section, line.heading() ? 0 : number, line.text()));
        }
        return out;
    }

    /** The highest number used by anchors {@code p<n>} (0 when none). */
    public static int maxAnchor(List<String> anchors) {
        return anchors.stream()
                .filter(a -> a.matches("p\\d+"))
                .mapToInt(a -> Integer.parseInt(a.substring(1)))
                .max()
                .orElse(0);
    }

    private static String[] carryAnchors(List<Paragraph> previous, List<Line> lines) {
        String[] anchors = new String[lines.size()];
        int[][] lcs = Sequences.lcsTable(previous.size(), lines.size(), (i, j) -> same(previous.get(i), lines.get(j)));
        List<int[]> matches =
                Sequences.matches(lcs, previous.size(), lines.size(), (i, j) -> same(previous.get(i), lines.get(j)));
        int oldFrom = 0;
        int newFrom = 0;
        List<int[]> withEnd = new ArrayList<>(matches);
        withEnd.add(new int[] {previous.size(), lines.size()});
        for (int[] m : withEnd) {
            // between two unchanged paragraphs: pair edited-in-place ones in order
            int o = oldFrom;
            for (int j = newFrom; j < m[1]; j++) {
                for (int i = o; i < m[0]; i++) {
                    Paragraph old = previous.get(i);
                    if (old.heading() == lines.get(j).heading()
                            && Sequences.similarity(old.text(), lines.get(j).text()) >= 0.5) {
                        anchors[j] = old.anchor();
                        o = i + 1;
                        break;
                    }
                }
            }
            if (m[0] < previous.size()) {
                anchors[m[1]] = previous.get(m[0]).anchor();
            }
            oldFrom = m[0] + 1;
            newFrom = m[1] + 1;
        }
        return anchors;
    }

    private static boolean same(Paragraph p, Line l) {
        return p.heading() == l.heading() && p.text().equals(l.text());
    }
}

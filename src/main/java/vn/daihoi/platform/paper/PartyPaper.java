package vn.daihoi.platform.paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A printed paper in the Party layout (Hướng dẫn 36-HD/VPTW): the issuer at top left (superior, issuing
 * committee in bold, "*", number and symbol, a công văn's "V/v …"), "ĐẢNG CỘNG SẢN VIỆT NAM" at top right with
 * place and date, the title and its subtitles, the body (headings, paragraphs, tables), then the recipients and
 * the signature blocks. {@link PartyPaperPdf} and {@link PartyPaperDocx} print the same paper the same way.
 *
 * <p>Build one with {@link #issuedBy}; every text comes in already worded (in Vietnamese: papers go into the
 * congress file). The issuer lines are printed upper case.
 */
public record PartyPaper(
        String superior,
        String issuer,
        String symbol,
        String symbolNote,
        String placeAndDate,
        String title,
        List<String> subtitles,
        List<Block> body,
        List<String> recipients,
        List<Signer> signers,
        Density density) {

    public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    /** Printed under a signer's title when the paper is signed by hand. */
    public static final String SIGN_HINT = "(Ký, ghi rõ họ tên)";

    static final Locale VI = Locale.forLanguageTag("vi");

    public PartyPaper {
        subtitles = List.copyOf(subtitles);
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        signers = List.copyOf(signers);
    }

    /**
     * How dense the page is: a {@code DOCUMENT} (plan, report, letter) in 13 pt with justified, indented
     * paragraphs; a {@code RECORD} (minutes, tables, estimates) in 11 pt with plain paragraphs.
     */
    public enum Density {
        DOCUMENT,
        RECORD
    }

    /** A part of the body. */
    public sealed interface Block {}

    /** A numbered section heading, in bold. */
    public record Heading(String text) implements Block {}

    /** A paragraph; its lines are kept apart by line breaks. */
    public record Para(List<String> lines, boolean bold) implements Block {
        public Para {
            lines = List.copyOf(lines);
        }

        public Para(String text) {
            this(List.of(text), false);
        }

        public Para(List<String> lines) {
            this(lines, false);
        }
    }

    /** A ruled grid. */
    public record Table(List<Row> rows) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }

        /** A bold header row over rows of plain cells. */
        public static Table of(List<String> header, List<List<String>> rows) {
            List<Row> all = new ArrayList<>(rows.size() + 1);
            all.add(Row.header(header));
            rows.forEach(r -> all.add(new Row(r.stream().map(Cell::of).toList())));
            return new Table(all);
        }
    }

    /** A row of a table; a header row is bold. */
    public record Row(List<Cell> cells, boolean header) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Row(List<Cell> cells) {
            this(cells, false);
        }

        public static Row header(List<String> texts) {
            return new Row(texts.stream().map(Cell::of).toList(), true);
        }
    }

    /** A cell: its text, how many columns it spans, right-aligned (a number) or not, bold or not. */
    public record Cell(String text, int span, boolean number, boolean bold) {
        public Cell {
            text = text == null ? "" : text;
        }

        public static Cell of(String text) {
            return new Cell(text, 1, false, false);
        }

        public static Cell number(Object value) {
            return new Cell(value == null ? "" : value.toString(), 1, true, false);
        }

        public Cell inBold() {
            return new Cell(text, span, number, true);
        }

        public Cell spanning(int columns) {
            return new Cell(text, columns, number, bold);
        }
    }

    /**
     * A signature block: the titles (e.g. "TM. BAN KIỂM PHIẾU", "TRƯỞNG BAN") in bold, the hint
     * {@link #SIGN_HINT} when asked, then room to sign above each name (names may be "……" to write in).
     */
    public record Signer(List<String> titles, boolean hint, List<String> names) {
        public Signer {
            titles = titles.stream().filter(t -> t != null && !t.isBlank()).toList();
            names = List.copyOf(names);
        }

        /** Signed by hand: titles, the hint, names. */
        public static Signer byHand(String on, String role, List<String> names) {
            return new Signer(Arrays.asList(on, role), true, names);
        }
    }

    /** The issuer's superior line and the issuing committee (either may be null). */
    public static Builder issuedBy(String superior, String issuer) {
        return new Builder(superior, issuer);
    }

    /** The issuer lines as printed. */
    String superiorLine() {
        return superior == null || superior.isBlank() ? null : superior.toUpperCase(VI);
    }

    String issuerLine() {
        return issuer == null ? "" : issuer.toUpperCase(VI);
    }

    /**
     * Whether the signature row starts with the recipients ("Nơi nhận:"), or with room on the left so that a
     * lone signer signs on the right as the guidance has it.
     */
    boolean recipientsColumn() {
        return !recipients.isEmpty() || signers.size() == 1;
    }

    /** One paper to print; not thread-safe, for one use. */
    public static final class Builder {
        private final String superior;
        private final String issuer;
        private String symbol;
        private String symbolNote;
        private String placeAndDate;
        private String title;
        private final List<String> subtitles = new ArrayList<>();
        private final List<Block> body = new ArrayList<>();
        private final List<String> recipients = new ArrayList<>();
        private final List<Signer> signers = new ArrayList<>();
        private Density density = Density.RECORD;

        private Builder(String superior, String issuer) {
            this.superior = superior;
            this.issuer = issuer;
        }

        /** The number and symbol line ("Số 01-KH/ĐU"), and a công văn's "V/v …" under it (or null). */
        public Builder symbol(String numberLine, String note) {
            this.symbol = numberLine;
            this.symbolNote = note;
            return this;
        }

        public Builder placeAndDate(String line) {
            this.placeAndDate = line;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder subtitle(String line) {
            if (line != null) {
                subtitles.add(line);
            }
            return this;
        }

        public Builder add(Block block) {
            body.add(block);
            return this;
        }

        public Builder addAll(List<? extends Block> blocks) {
            body.addAll(blocks);
            return this;
        }

        public Builder heading(String text) {
            return add(new Heading(text));
        }

        public Builder para(String text) {
            return add(new Para(text));
        }

        public Builder recipients(List<String> lines) {
            recipients.addAll(lines);
            return this;
        }

        public Builder sign(Signer signer) {
            signers.add(signer);
            return this;
        }

        public Builder density(Density density) {
            this.density = density;
            return this;
        }

        public PartyPaper build() {
            return new PartyPaper(
                    superior,
                    issuer,
                    symbol,
                    symbolNote,
                    placeAndDate,
                    title,
                    subtitles,
                    body,
                    recipients,
                    signers,
                    density);
        }
    }

    /**
     * "Hà Nội, ngày 05 tháng 02 năm 2020": days below 10 and the months January and February are written
     * with a leading zero, as in the Party's and the State's rules.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String day = String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
        String month = date.getMonthValue() < 3
                ? String.format(Locale.ROOT, "%02d", date.getMonthValue())
                : Integer.toString(date.getMonthValue());
        String where = place == null || place.isBlank() ? "" : place.strip() + ", ";
        return where + "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The non-empty lines of a text, stripped. */
    public static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A Vietnamese percentage: the digits as given with a decimal comma, e.g. 94,34%. */
    public static String percent(java.math.BigDecimal p) {
        return p.toPlainString().replace('.', ',') + "%";
    }
}

package vn.daihoi.demo.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.daihoi.platform.PdfFonts;

/**
 * The sample's papers: one small PDF per case and kind of paper, laid out as a Party document (the unit's
 * name on the left, the Party's name and the date on the right, the paper's kind as title, the subject naming
 * the unit and term, one paragraph), so two cases never share a file and a file opened from a case says whose
 * it is. Drawn with PDFBox in the regular serif face of the other PDFs ({@link PdfFonts#serif}, parsed once; the
 * titles only larger, one face being half the subsetting of two): rendering each from HTML would take minutes.
 */
final class SamplePapers {

    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    private static final float MM = 72f / 25.4f;
    /** Margins of Hướng dẫn 36-HD/VPTW: left 30 mm, right 15 mm, top 20 mm. */
    private static final float LEFT = 30 * MM;

    private static final float RIGHT = PDRectangle.A4.getWidth() - 15 * MM;
    private static final float TOP = PDRectangle.A4.getHeight() - 20 * MM;

    /** Papers drawn and the time it took, for the load's log line (the load runs on one thread). */
    private static long drawn;

    private static long drawingNanos;

    private SamplePapers() {}

    /** How many papers were drawn since the last call, and in how many milliseconds; resets both. */
    static long[] drawnSinceLast() {
        long[] out = {drawn, drawingNanos / 1_000_000};
        drawn = 0;
        drawingNanos = 0;
        return out;
    }

    /**
     * A paper of {@code unit} for the 2025-2030 term: {@code kind} is its title (e.g. "Báo cáo chính trị"),
     * {@code text} its one paragraph, {@code on} its date.
     */
    static byte[] paper(String unit, String kind, String text, LocalDate on) {
        long started = System.nanoTime();
        try {
            return draw(unit, kind, text, on);
        } finally {
            drawn++;
            drawingNanos += System.nanoTime() - started;
        }
    }

    private static byte[] draw(String unit, String kind, String text, LocalDate on) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(kind + " — " + unit + ", nhiệm kỳ " + SampleCongresses.TERM);
            // one face, subset on save: a second (bold) face doubled the time of every paper
            PDFont regular = PDType0Font.load(doc, PdfFonts.serif(false), true);
            PDFont bold = regular;
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float half = (RIGHT - LEFT) / 2;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = TOP;
                float left = y;
                for (String line : wrap(unit.toUpperCase(Locale.ROOT), bold, 12, half * 0.9f)) {
                    left = centred(out, bold, 12, line, LEFT, half, left);
                }
                centred(out, regular, 12, "*", LEFT, half, left);
                float right = centred(out, bold, 12, PARTY, LEFT + half, half, y);
                right = centred(
                        out,
                        regular,
                        12,
                        "Ngày " + on.getDayOfMonth() + " tháng " + on.getMonthValue() + " năm " + on.getYear(),
                        LEFT + half,
                        half,
                        right - 6);
                y = Math.min(left, right) - 36;
                for (String line : wrap(kind.toUpperCase(Locale.ROOT), bold, 14, RIGHT - LEFT)) {
                    y = centred(out, bold, 14, line, LEFT, RIGHT - LEFT, y);
                }
                String subject = "Đại hội " + unit + " nhiệm kỳ " + SampleCongresses.TERM;
                for (String line : wrap(subject, bold, 13, RIGHT - LEFT)) {
                    y = centred(out, bold, 13, line, LEFT, RIGHT - LEFT, y);
                }
                y -= 12;
                for (String line : wrap(text, regular, 13, RIGHT - LEFT)) {
                    write(out, regular, 13, line, LEFT, y);
                    y -= 13 * 1.3f;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(24_576);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a line centred in the box from {@code x} of the width; returns the next line's baseline. */
    private static float centred(
            PDPageContentStream out, PDFont font, float size, String s, float x, float width, float y)
            throws IOException {
        float w = font.getStringWidth(s) / 1000 * size;
        write(out, font, size, s, x + (width - w) / 2, y);
        return y - size * 1.3f;
    }

    private static void write(PDPageContentStream out, PDFont font, float size, String s, float x, float y)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    /** The words of {@code s} in lines no wider than {@code width}. */
    static List<String> wrap(String s, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

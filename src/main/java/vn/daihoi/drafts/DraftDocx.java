package vn.daihoi.drafts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import vn.daihoi.drafts.DraftText.Paragraph;

/**
 * One version of a draft as a Word document: the unit, its kind and title, which version, then its sections and
 * paragraphs. The texts come in already written (in Vietnamese: the file goes into the congress file).
 */
final class DraftDocx {

    private DraftDocx() {}

    static byte[] render(String unit, String kind, String title, String versionLine, List<Paragraph> text) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            line(doc, unit.toUpperCase(java.util.Locale.forLanguageTag("vi")), true, ParagraphAlignment.LEFT);
            line(doc, kind.toUpperCase(java.util.Locale.forLanguageTag("vi")), true, ParagraphAlignment.CENTER);
            line(doc, title, true, ParagraphAlignment.CENTER);
            line(doc, versionLine, false, ParagraphAlignment.CENTER);
            for (Paragraph p : text) {
                line(doc, p.heading() ? p.section() + ". " + p.text() : p.text(), p.heading(), ParagraphAlignment.BOTH);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(14);
        run.setBold(bold);
        run.setText(text);
    }
}

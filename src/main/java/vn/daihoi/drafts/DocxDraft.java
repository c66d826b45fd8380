package vn.daihoi.drafts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.daihoi.files.UploadCheck;
import vn.daihoi.platform.DomainException;

/**
 * A draft's text read from a Word file: each paragraph with text becomes a paragraph of the draft, a
 * paragraph styled as a heading (Heading n, Title, or with an outline level) opens a section. The bytes pass
 * {@link UploadCheck} first (size, real DOCX content, inflated size capped by its ZIP scan) before POI reads them.
 */
public final class DocxDraft {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocxDraft() {}

    /** The text as typed in the editor ("# " opens a section), NFC-normalised. */
    public static String source(String filename, byte[] bytes) {
        String name = filename == null || filename.isBlank() ? "tep.docx" : filename.strip();
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("drafts.error.fileRequired");
        }
        UploadCheck.CheckedFile checked = new UploadCheck(UploadCheck.DEFAULT_MAX_BYTES).check(name, bytes);
        if (!checked.contentType().equals(DOCX)) {
            throw new DomainException("drafts.error.docx", name);
        }
        StringBuilder out = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    append(out, doc, p);
                } else if (element instanceof XWPFTable t) {
                    // a table's cells, row by row, as plain paragraphs: their words are kept for comments
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> append(out, doc, p));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException refused) {
                throw refused;
            }
            throw new DomainException("drafts.error.docx", name);
        }
        if (out.isEmpty()) {
            throw new DomainException("drafts.error.docxEmpty", name);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, XWPFDocument doc, XWPFParagraph p) {
        String text = Normalizer.normalize(p.getText(), Normalizer.Form.NFC)
                .replace('\u00a0', ' ')
                .replaceAll("[\\t\\r\\n\\u000b]+", " ")
                .strip();
        if (text.isEmpty()) {
            return;
        }
        if (heading(doc, p)) {
            out.append("# ").append(text);
        } else {
            // the editor's one rule applies: a line starting with "#" is a heading (as if typed there)
            out.append(text);
        }
        out.append('\n');
    }

    private static boolean heading(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return false;
        }
        String name = id;
        if (doc.getStyles() != null && doc.getStyles().getStyle(id) != null) {
            name = doc.getStyles().getStyle(id).getName();
        }
        String n = (name == null ? id : name).toLowerCase(Locale.ROOT).replace(" ", "");
        String i = id.toLowerCase(Locale.ROOT);
        return n.startsWith("heading") || n.equals("title") || i.startsWith("heading") || i.equals("title");
    }
}

package vn.daihoi.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.daihoi.platform.DomainException;

/** A draft read from a Word file: headings open sections, paragraphs follow, diacritics come out NFC. */
public class DocxDraftTest {

    /** A .docx as Word writes it: heading paragraphs styled "heading 1" (style id Heading1). */
    public static byte[] docx(String... lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            CTStyle heading = CTStyle.Factory.newInstance();
            heading.setStyleId("Heading1");
            heading.addNewName().setVal("heading 1");
            heading.setType(STStyleType.PARAGRAPH);
            styles.addStyle(new XWPFStyle(heading));
            for (String line : lines) {
                XWPFParagraph p = doc.createParagraph();
                String text = line;
                if (line.startsWith("H:")) {
                    p.setStyle("Heading1");
                    text = line.substring(2);
                }
                p.createRun().setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void headingsOpenSectionsAndParagraphsFollowInNfc() throws IOException {
        String decomposed = Normalizer.normalize("Đánh giá kết quả nhiệm kỳ", Normalizer.Form.NFD);
        byte[] file = docx("H:I. " + decomposed, "Đoạn một về kinh tế.", "", "H:II. Phương hướng", "Đoạn hai.");

        String source = DocxDraft.source("bao-cao.docx", file);

        assertThat(source)
                .isEqualTo("# I. Đánh giá kết quả nhiệm kỳ\nĐoạn một về kinh tế.\n# II. Phương hướng\nĐoạn hai.\n");
        assertThat(Normalizer.isNormalized(source, Normalizer.Form.NFC)).isTrue();
        var lines = DraftText.lines(source);
        assertThat(lines).extracting(DraftText.Line::heading).containsExactly(true, false, true, false);
    }

    @Test
    void aFileThatIsNotADocxIsRefusedByNameAndAnEmptyOneSaysSo() throws IOException {
        assertThatThrownBy(() -> DocxDraft.source("bao-cao.docx", "không phải Word".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> DocxDraft.source("trong.docx", docx("", "  ")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("drafts.error.docxEmpty");
        assertThatThrownBy(() -> DocxDraft.source("x.docx", null))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("drafts.error.fileRequired");
    }
}

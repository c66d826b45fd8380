package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A PDF made from HTML logs no font warning: PDFBox was looking for system fonts for the 14 standard PDF fonts
 * openhtmltopdf sets up for every document, and warned "Using fallback font" for each (~250 lines in
 * {@code daihoi demo}).
 */
@ExtendWith(OutputCaptureExtension.class)
class PdfFontsTest {

    static final String PAGE = """
            <html><head><meta charset="UTF-8"/><style>body { font-family: 'DejaVu Serif'; }</style></head>
            <body><h1>ĐẢNG CỘNG SẢN VIỆT NAM</h1><p><b>Trích yếu:</b> <i>Kế hoạch tổ chức đại hội</i> — “ỹ ữ ặ”</p>
            </body></html>""";

    @Test
    void renderingLogsNoFontFallback(CapturedOutput output) throws Exception {
        for (int i = 0; i < 2; i++) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            HtmlPdf.render(PAGE, pdf);
            assertThat(new String(pdf.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
        assertThat(output.getAll())
                .doesNotContain("fallback font")
                .doesNotContain("WARN")
                .doesNotContain("WARNING")
                .as("openhtmltopdf's set-up chatter goes through SLF4J at DEBUG")
                .doesNotContain("Prepare to fly");
    }

    @Test
    void eachStandardFontHasADejaVuStandIn() {
        assertThat(PdfFonts.standIn("Times-Roman")).isEqualTo("DejaVuSerif.ttf");
        assertThat(PdfFonts.standIn("Times-BoldItalic")).isEqualTo("DejaVuSerif-BoldItalic.ttf");
        assertThat(PdfFonts.standIn("Helvetica-Oblique")).isEqualTo("DejaVuSans-Oblique.ttf");
        assertThat(PdfFonts.standIn("Courier-Bold")).isEqualTo("DejaVuSansMono-Bold.ttf");
        assertThat(PdfFonts.standIn("ZapfDingbats")).isEqualTo("DejaVuSans.ttf");
        assertThat(PdfFonts.standIn("ArialMT")).isNull();
    }
}

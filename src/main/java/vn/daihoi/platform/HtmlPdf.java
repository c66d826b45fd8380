package vn.daihoi.platform;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders an XHTML page to PDF with the serif face every printed Party document here uses (DejaVu Serif from
 * the jasperreports-fonts jar, which covers all Vietnamese letters); the page's CSS must name
 * {@code font-family:'DejaVu Serif'}.
 */
public final class HtmlPdf {

    public static final String FAMILY = PdfFonts.FAMILY;

    private HtmlPdf() {}

    public static void render(String html, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        PdfFonts.register(builder);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }
}

package vn.daihoi.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders an XHTML page to PDF with the serif face every printed Party document here uses (DejaVu Serif from
 * the jasperreports-fonts jar, which covers all Vietnamese letters); the page's CSS must name
 * {@code font-family:'DejaVu Serif'}.
 */
public final class HtmlPdf {

    public static final String FAMILY = "DejaVu Serif";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private HtmlPdf() {}

    public static void render(String html, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> HtmlPdf.class.getResourceAsStream(FONTS + file), FAMILY, weight, style, true);
    }
}

package vn.daihoi.platform;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML page to PDF with the serif face every printed Party document here uses (DejaVu Serif from
 * the jasperreports-fonts jar, which covers all Vietnamese letters); the page's CSS must name
 * {@code font-family:'DejaVu Serif'}. A Party paper is not written here but through
 * {@link vn.daihoi.platform.paper.PartyPaperPdf}; this is for the few special formats it lists.
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

    /** The PDF of an XHTML page, in memory. */
    public static byte[] bytes(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(html, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A text escaped for XHTML content and attribute values ({@code null} as empty). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}

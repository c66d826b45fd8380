package vn.daihoi.platform.paper;

import static vn.daihoi.platform.HtmlPdf.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.daihoi.platform.HtmlPdf;
import vn.daihoi.platform.paper.PartyPaper.Cell;
import vn.daihoi.platform.paper.PartyPaper.Row;
import vn.daihoi.platform.paper.PartyPaper.Signer;

/**
 * A {@link PartyPaper} as PDF: XHTML with the one stylesheet {@code papers/party-paper.css} (its {@code @page}
 * is A4 with the Party margins), drawn by {@link HtmlPdf} in DejaVu Serif. See the package's javadoc for the
 * few papers that keep a page of their own.
 */
public final class PartyPaperPdf {

    /** The stylesheet of every Party paper, read once. */
    static final String CSS = stylesheet();

    private PartyPaperPdf() {}

    public static byte[] render(PartyPaper paper) {
        return HtmlPdf.bytes(html(paper));
    }

    public static void write(PartyPaper paper, OutputStream out) throws IOException {
        HtmlPdf.render(html(paper), out);
    }

    static String html(PartyPaper p) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<html><head><meta charset=\"UTF-8\"/><style>")
                .append(CSS)
                .append("</style></head><body class=\"")
                .append(p.density() == PartyPaper.Density.DOCUMENT ? "document" : "record")
                .append("\">");
        head(h, p);
        if (p.title() != null) {
            h.append("<h1>").append(escape(p.title())).append("</h1>");
        } else {
            h.append("<div class=\"gap\"></div>");
        }
        for (String s : p.subtitles()) {
            h.append("<div class=\"sub\">").append(escape(s)).append("</div>");
        }
        for (PartyPaper.Block b : p.body()) {
            switch (b) {
                case PartyPaper.Heading x ->
                    h.append("<h2>").append(escape(x.text())).append("</h2>");
                case PartyPaper.Para x -> {
                    h.append(x.bold() ? "<p><b>" : "<p>");
                    h.append(String.join(
                            "<br/>", x.lines().stream().map(HtmlPdf::escape).toList()));
                    h.append(x.bold() ? "</b></p>" : "</p>");
                }
                case PartyPaper.Table x -> table(h, x);
            }
        }
        signatures(h, p);
        h.append("</body></html>");
        return h.toString();
    }

    private static void head(StringBuilder h, PartyPaper p) {
        h.append("<table class=\"head\"><tr><td class=\"issuer\">");
        if (p.superiorLine() != null) {
            h.append(escape(p.superiorLine())).append("<br/>");
        }
        h.append("<b>").append(escape(p.issuerLine())).append("</b><br/>*");
        if (p.symbol() != null) {
            h.append("<br/>").append(escape(p.symbol()));
        }
        if (p.symbolNote() != null) {
            h.append("<br/><i class=\"note\">").append(escape(p.symbolNote())).append("</i>");
        }
        h.append("</td><td><b class=\"u\">").append(PartyPaper.PARTY).append("</b>");
        if (p.placeAndDate() != null) {
            h.append("<br/><br/><i>").append(escape(p.placeAndDate())).append("</i>");
        }
        h.append("</td></tr></table>");
    }

    private static void table(StringBuilder h, PartyPaper.Table t) {
        h.append("<table class=\"grid\">");
        for (Row r : t.rows()) {
            h.append("<tr>");
            String tag = r.header() ? "th" : "td";
            for (Cell c : r.cells()) {
                h.append('<').append(tag);
                if (c.span() > 1) {
                    h.append(" colspan=\"").append(c.span()).append('"');
                }
                if (c.number()) {
                    h.append(" class=\"n\"");
                }
                h.append('>');
                h.append(c.bold() ? "<b>" : "").append(escape(c.text())).append(c.bold() ? "</b>" : "");
                h.append("</").append(tag).append('>');
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static void signatures(StringBuilder h, PartyPaper p) {
        if (p.signers().isEmpty() && p.recipients().isEmpty()) {
            return;
        }
        h.append("<table class=\"sign\"><tr>");
        if (p.recipientsColumn()) {
            h.append("<td class=\"to\">");
            if (!p.recipients().isEmpty()) {
                h.append("<b class=\"u\">Nơi nhận:</b>");
                p.recipients().forEach(r -> h.append("<br/>").append(escape(r)));
            }
            h.append("</td>");
        }
        for (Signer s : p.signers()) {
            h.append("<td>");
            h.append(String.join(
                    "<br/>",
                    s.titles().stream().map(t -> "<b>" + escape(t) + "</b>").toList()));
            if (s.hint()) {
                h.append("<br/><i>").append(PartyPaper.SIGN_HINT).append("</i>");
            }
            if (s.names().isEmpty()) {
                h.append("<br/><br/><br/>");
            }
            for (String n : s.names()) {
                h.append("<br/><br/><br/><br/><b>").append(escape(n)).append("</b>");
            }
            h.append("</td>");
        }
        h.append("</tr></table>");
    }

    private static String stylesheet() {
        try (InputStream in = PartyPaperPdf.class.getResourceAsStream("/papers/party-paper.css")) {
            if (in == null) {
                throw new IllegalStateException("papers/party-paper.css missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

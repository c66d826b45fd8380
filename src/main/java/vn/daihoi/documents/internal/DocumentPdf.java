package vn.daihoi.documents.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A Party document as PDF: A4, margins of Hướng dẫn 36-HD/VPTW (top and bottom 20 mm, left 30 mm,
 * right 15 mm), a Times-like serif with full Vietnamese coverage (DejaVu Serif from jasperreports-fonts,
 * set up as in the counting minutes) at 13–14 pt.
 */
public final class DocumentPdf {

    private DocumentPdf() {}

    public static void write(PartyLayout layout, OutputStream out) throws IOException {
        vn.daihoi.platform.HtmlPdf.render(html(layout), out);
    }

    static String html(PartyLayout l) {
        StringBuilder h = new StringBuilder();
        h.append("<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page{size:A4;margin:20mm 15mm 20mm 30mm}")
                .append("body{font-family:'DejaVu Serif';font-size:13pt;line-height:1.3}")
                .append("table{border-collapse:collapse;width:100%}")
                .append(".head td{text-align:center;vertical-align:top}")
                .append(".u{text-decoration:underline}.small{font-size:12pt}")
                .append("h1{font-size:14pt;text-align:center;margin:18pt 0 2pt}")
                .append(".subject{text-align:center;font-weight:bold;margin-bottom:12pt}")
                .append("p.body{text-align:justify;text-indent:10mm;margin:0 0 6pt}")
                .append(".sign td{vertical-align:top;width:50%}.sign .right{text-align:center}")
                .append(".recip{font-size:12pt}")
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td style=\"width:45%\">");
        if (l.superior() != null) {
            h.append(esc(l.superior())).append("<br/>");
        }
        h.append("<b>").append(esc(l.issuer())).append("</b><br/>*<br/>").append(esc(l.numberLine()));
        if (l.letterSubject() != null) {
            h.append("<br/><i class=\"small\">").append(esc(l.letterSubject())).append("</i>");
        }
        h.append("</td><td style=\"width:55%\"><b class=\"u\">")
                .append(PartyLayout.PARTY)
                .append("</b><br/><br/><i>")
                .append(esc(l.placeAndDate()))
                .append("</i></td></tr></table>");
        if (l.title() != null) {
            h.append("<h1>").append(esc(l.title())).append("</h1>");
            h.append("<div class=\"subject\">").append(esc(l.subject())).append("</div>");
        } else {
            h.append("<div style=\"height:12pt\"></div>");
        }
        for (String p : l.paragraphs()) {
            h.append("<p class=\"body\">").append(esc(p)).append("</p>");
        }
        h.append("<table class=\"sign\" style=\"margin-top:12pt\"><tr><td class=\"recip\">");
        if (!l.recipients().isEmpty()) {
            h.append("<b class=\"u\">Nơi nhận:</b>");
            for (String r : l.recipients()) {
                h.append("<br/>").append(esc(r));
            }
        }
        h.append("</td><td class=\"right\">");
        if (l.authority() != null) {
            h.append("<b>").append(esc(l.authority())).append("</b><br/>");
        }
        if (l.signerTitle() != null) {
            h.append("<b>").append(esc(l.signerTitle())).append("</b><br/>");
        }
        h.append("<br/><br/><br/>");
        if (l.signerName() != null) {
            h.append("<b>").append(esc(l.signerName())).append("</b>");
        }
        h.append("</td></tr></table></body></html>");
        return h.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

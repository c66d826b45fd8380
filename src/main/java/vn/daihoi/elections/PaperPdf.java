package vn.daihoi.elections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.daihoi.platform.HtmlPdf;

/** A {@link Paper} as PDF through {@link HtmlPdf}, A4 with the Party document margins. */
final class PaperPdf {

    private PaperPdf() {}

    static byte[] render(Paper p) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page{size:A4;margin:20mm 15mm 20mm 30mm}")
                .append("body{font-family:'DejaVu Serif';font-size:11pt;line-height:1.35}")
                .append("table{border-collapse:collapse;width:100%}")
                .append(".head td,.sign td{text-align:center;vertical-align:top}")
                .append(".grid td,.grid th{border:0.5pt solid #000;padding:2pt 4pt}")
                .append("h1{font-size:14pt;text-align:center;margin:14pt 0 2pt}h2{font-size:11pt;margin:8pt 0 2pt}")
                .append(".sub{text-align:center;font-weight:bold}.u{text-decoration:underline}")
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td style=\"width:45%\">")
                .append(esc(p.superior() == null ? "" : p.superior().toUpperCase()))
                .append("<br/><b>")
                .append(esc(p.organisation().toUpperCase()))
                .append("</b><br/>*</td><td><b class=\"u\">ĐẢNG CỘNG SẢN VIỆT NAM</b><br/><br/><i>")
                .append(esc(p.placeAndDate()))
                .append("</i></td></tr></table>");
        h.append("<h1>").append(esc(p.title())).append("</h1>");
        if (p.subtitle() != null) {
            h.append("<div class=\"sub\">").append(esc(p.subtitle())).append("</div>");
        }
        for (Paper.Block b : p.blocks()) {
            switch (b) {
                case Paper.Heading x -> h.append("<h2>").append(esc(x.text())).append("</h2>");
                case Paper.Para x -> h.append("<p>").append(esc(x.text())).append("</p>");
                case Paper.Table x -> {
                    h.append("<table class=\"grid\"><tr>");
                    x.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
                    h.append("</tr>");
                    for (var row : x.rows()) {
                        h.append("<tr>");
                        row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                        h.append("</tr>");
                    }
                    h.append("</table>");
                }
            }
        }
        h.append("<table class=\"sign\" style=\"margin-top:18pt\"><tr>");
        for (Paper.Signer s : p.signers()) {
            h.append("<td><b>")
                    .append(esc(s.on()))
                    .append("</b><br/><b>")
                    .append(esc(s.role()))
                    .append("</b>");
            h.append("<br/><i>(Ký, ghi rõ họ tên)</i><br/><br/><br/>");
            for (String n : s.names()) {
                h.append(esc(n)).append("<br/>");
            }
            h.append("</td>");
        }
        h.append("</tr></table></body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            HtmlPdf.render(h.toString(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length());
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

package vn.daihoi.elections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.daihoi.elections.secretary.SecretaryIntroductions;
import vn.daihoi.platform.HtmlPdf;

/**
 * The papers of the introduction ballot for a secretary elected directly: the paper itself ("PHIẾU GIỚI
 * THIỆU", the seal area top left, the new committee's names, one box to mark; like a ballot it carries nothing
 * that could tell one voter from another) and the minutes of its count.
 */
final class IntroductionPaper {

    private static final String BLANK = "……………………………";

    private IntroductionPaper() {}

    static byte[] paper(String organisation, SecretaryIntroductions.Introduction round) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page{size:A4;margin:15mm}")
                .append("body{font-family:'DejaVu Serif';font-size:13pt}")
                .append("table{border-collapse:collapse;width:100%}")
                .append(".seal{width:45mm;height:30mm;border:0.5pt dashed #000;text-align:center;font-size:9pt}")
                .append(".grid td,.grid th{border:0.5pt solid #000;padding:4pt 6pt}")
                .append("h1{text-align:center;font-size:18pt;margin:10pt 0 2pt}.c{text-align:center}")
                .append(".box{width:30mm}")
                .append("</style></head><body>");
        h.append("<table><tr><td class=\"seal\">(Dấu của cấp ủy triệu tập)</td>")
                .append("<td class=\"c\"><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></td></tr></table>");
        h.append("<h1>PHIẾU GIỚI THIỆU</h1>");
        h.append("<p class=\"c\"><b>Nhân sự để Đại hội bầu trực tiếp Bí thư</b><br/>")
                .append(PaperPdf.esc(organisation))
                .append(" — lần giới thiệu thứ ")
                .append(round.round())
                .append("</p>");
        h.append("<p><i>Đồng chí giới thiệu đồng chí nào thì đánh dấu (X) vào ô bên cạnh họ tên đồng chí đó. ")
                .append("Chỉ giới thiệu một người; phiếu đánh dấu nhiều hơn một người là phiếu không hợp lệ.</i></p>");
        h.append("<table class=\"grid\"><tr><th>STT</th><th>Họ và tên</th><th class=\"box\">Giới thiệu</th></tr>");
        for (SecretaryIntroductions.Name n : round.names()) {
            h.append("<tr><td class=\"c\">")
                    .append(n.position())
                    .append("</td><td>")
                    .append(PaperPdf.esc(n.fullName()))
                    .append("</td><td></td></tr>");
        }
        h.append("</table></body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            HtmlPdf.render(h.toString(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Paper minutes(String organisation, String term, String date, SecretaryIntroductions.Introduction round) {
        List<Paper.Block> blocks = new ArrayList<>();
        blocks.add(new Paper.Para("Đại hội " + organisation + ", nhiệm kỳ " + term
                + ", đã bỏ phiếu kín giới thiệu nhân sự để Đại hội bầu trực tiếp Bí thư, trong số các đồng chí "
                + "trúng cử Ban Chấp hành khóa mới (lần giới thiệu thứ " + round.round() + ")."));
        blocks.add(new Paper.Para("Số phiếu phát ra: " + round.issued() + "; số phiếu thu vào: " + round.collected()
                + "; số phiếu hợp lệ: " + round.valid() + "; số phiếu không hợp lệ: "
                + (round.collected() - round.valid()) + "."));
        List<List<String>> rows = new ArrayList<>();
        for (SecretaryIntroductions.Name n : round.names()) {
            rows.add(List.of(String.valueOf(n.position()), n.fullName(), String.valueOf(n.votes())));
        }
        blocks.add(new Paper.Table(List.of("STT", "Họ và tên", "Số phiếu giới thiệu"), rows));
        blocks.add(new Paper.Para(
                "INTRODUCED".equals(round.state())
                        ? "Đồng chí " + round.introduced() + " được nhiều phiếu giới thiệu nhất; Đoàn Chủ tịch trình"
                                + " Đại hội danh sách bầu Bí thư gồm một người là đồng chí " + round.introduced()
                                + ", bầu bằng phiếu đồng ý / không đồng ý."
                        : "Có nhiều người cùng được nhiều phiếu giới thiệu nhất bằng nhau; Đại hội giới thiệu lại"
                                + " giữa những người này."));
        return new Paper(
                null,
                organisation,
                "ngày " + date,
                "BIÊN BẢN KIỂM PHIẾU GIỚI THIỆU",
                "Nhân sự để Đại hội bầu trực tiếp Bí thư — lần giới thiệu thứ " + round.round(),
                blocks,
                List.of(
                        new Paper.Signer("TM. TỔ KIỂM PHIẾU", "TỔ TRƯỞNG", List.of(BLANK)),
                        new Paper.Signer("TM. ĐOÀN CHỦ TỊCH", "", List.of(BLANK))));
    }
}

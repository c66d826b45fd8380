package vn.daihoi.elections.paper;

import java.util.ArrayList;
import java.util.List;
import vn.daihoi.elections.secretary.SecretaryIntroductions;
import vn.daihoi.platform.HtmlPdf;
import vn.daihoi.platform.paper.PartyPaper;

/**
 * The papers of the introduction ballot for a secretary elected directly: the paper itself ("PHIẾU GIỚI
 * THIỆU", the seal area top left, the new committee's names, one box to mark; like a ballot it carries nothing
 * that could tell one voter from another) and the minutes of its count.
 */
final class IntroductionPaper {

    private static final String BLANK = "……………………………";

    private IntroductionPaper() {}

    static byte[] paper(String organisation, SecretaryIntroductions.Introduction round) {
        StringBuilder h = BallotPaper.start("PHIẾU GIỚI THIỆU");
        h.append("<p class=\"c\"><b>Nhân sự để Đại hội bầu trực tiếp Bí thư</b><br/>")
                .append(HtmlPdf.escape(organisation))
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
                    .append(HtmlPdf.escape(n.fullName()))
                    .append("</td><td></td></tr>");
        }
        h.append("</table></body></html>");
        return HtmlPdf.bytes(h.toString());
    }

    static PartyPaper minutes(
            String organisation, String term, String date, SecretaryIntroductions.Introduction round) {
        List<PartyPaper.Block> blocks = new ArrayList<>();
        blocks.add(new PartyPaper.Para("Đại hội " + organisation + ", nhiệm kỳ " + term
                + ", đã bỏ phiếu kín giới thiệu nhân sự để Đại hội bầu trực tiếp Bí thư, trong số các đồng chí "
                + "trúng cử Ban Chấp hành khóa mới (lần giới thiệu thứ " + round.round() + ")."));
        blocks.add(
                new PartyPaper.Para("Số phiếu phát ra: " + round.issued() + "; số phiếu thu vào: " + round.collected()
                        + "; số phiếu hợp lệ: " + round.valid() + "; số phiếu không hợp lệ: "
                        + (round.collected() - round.valid()) + "."));
        List<List<String>> rows = new ArrayList<>();
        for (SecretaryIntroductions.Name n : round.names()) {
            rows.add(List.of(String.valueOf(n.position()), n.fullName(), String.valueOf(n.votes())));
        }
        blocks.add(PartyPaper.Table.of(List.of("STT", "Họ và tên", "Số phiếu giới thiệu"), rows));
        blocks.add(new PartyPaper.Para(
                "INTRODUCED".equals(round.state())
                        ? "Đồng chí " + round.introduced() + " được nhiều phiếu giới thiệu nhất; Đoàn Chủ tịch trình"
                                + " Đại hội danh sách bầu Bí thư gồm một người là đồng chí " + round.introduced()
                                + ", bầu bằng phiếu đồng ý / không đồng ý."
                        : "Có nhiều người cùng được nhiều phiếu giới thiệu nhất bằng nhau; Đại hội giới thiệu lại"
                                + " giữa những người này."));
        return PartyPaper.issuedBy(null, organisation)
                .placeAndDate("ngày " + date)
                .title("BIÊN BẢN KIỂM PHIẾU GIỚI THIỆU")
                .subtitle("Nhân sự để Đại hội bầu trực tiếp Bí thư — lần giới thiệu thứ " + round.round())
                .addAll(blocks)
                .sign(PartyPaper.Signer.byHand("TM. TỔ KIỂM PHIẾU", "TỔ TRƯỞNG", List.of(BLANK)))
                .sign(PartyPaper.Signer.byHand("TM. ĐOÀN CHỦ TỊCH", "", List.of(BLANK)))
                .build();
    }
}

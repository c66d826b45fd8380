package vn.daihoi.elections.paper;

import java.time.LocalDate;
import java.util.List;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Purpose;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.HtmlPdf;
import vn.daihoi.platform.paper.PartyPaper;

/**
 * The ballot (elections.md §4): the seal area top left, the title, how to vote, the names numbered in ballot
 * order with the birth date beside identical names. Every ballot is the same page: no serial number, no
 * date or time, nothing that could tell one ballot (and so one voter) from another.
 */
final class BallotPaper {

    private BallotPaper() {}

    record Line(int position, String fullName, LocalDate birthDate, boolean sameName) {}

    /**
     * The top of a ballot-like paper (this one and the introduction paper): the page, the convening
     * committee's seal box, the national heading and the title.
     */
    static StringBuilder start(String title) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page{size:A4;margin:15mm}")
                .append("body{font-family:'DejaVu Serif';font-size:13pt}")
                .append("table{border-collapse:collapse;width:100%}")
                .append(".seal{width:45mm;height:30mm;border:0.5pt dashed #000;text-align:center;font-size:9pt}")
                .append(".grid td,.grid th{border:0.5pt solid #000;padding:4pt 6pt}")
                .append("h1{text-align:center;font-size:18pt;margin:10pt 0 2pt}.c{text-align:center}")
                .append(".box{width:28mm}")
                .append("</style></head><body>");
        h.append("<table><tr><td class=\"seal\">(Dấu của cấp ủy triệu tập)</td>")
                .append("<td class=\"c\"><b>")
                .append(PartyPaper.PARTY)
                .append("</b></td></tr></table>");
        return h.append("<h1>").append(HtmlPdf.escape(title)).append("</h1>");
    }

    static byte[] pdf(RoundSheet sheet, List<Line> lines) {
        boolean agree = sheet.ballotForm() == BallotForm.AGREE_DISAGREE;
        StringBuilder h = start(sheet.purpose() == Purpose.NOMINATION_OPINION ? "PHIẾU XIN Ý KIẾN" : "PHIẾU BẦU");
        h.append("<p class=\"c\"><b>").append(HtmlPdf.escape(sheet.title())).append("</b><br/>");
        h.append(sheet.runoff() ? "Bầu lại giữa những người bằng phiếu — " : "")
                .append("Lần bầu thứ ")
                .append(sheet.roundNo())
                .append(sheet.purpose() == Purpose.NOMINATION_OPINION ? "" : "; số lượng bầu: " + sheet.seats())
                .append("</p>");
        h.append("<p><i>")
                .append(
                        agree
                                ? "Đánh dấu (X) vào một ô \"Đồng ý\" hoặc \"Không đồng ý\" bên cạnh mỗi họ tên."
                                : "Đồng ý bầu người nào thì để nguyên họ tên người đó; không đồng ý thì gạch ngang cả họ và "
                                        + "tên. Chỉ để lại nhiều nhất " + sheet.seats() + " người.")
                .append("</i></p>");
        h.append("<table class=\"grid\"><tr><th>STT</th><th>Họ và tên</th>");
        if (agree) {
            h.append("<th class=\"box\">Đồng ý</th><th class=\"box\">Không đồng ý</th>");
        }
        h.append("</tr>");
        for (Line l : lines) {
            h.append("<tr><td class=\"c\">")
                    .append(l.position())
                    .append("</td><td>")
                    .append(HtmlPdf.escape(l.fullName()));
            if (l.sameName() && l.birthDate() != null) {
                h.append(" (sinh ngày ").append(Dates.format(l.birthDate())).append(")");
            }
            h.append("</td>");
            if (agree) {
                h.append("<td></td><td></td>");
            }
            h.append("</tr>");
        }
        h.append("</table></body></html>");
        return HtmlPdf.bytes(h.toString());
    }
}

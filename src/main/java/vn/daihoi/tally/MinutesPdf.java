package vn.daihoi.tally;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.CountResult.CandidateResult;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.counting.Problem;
import vn.daihoi.counting.Purpose;
import vn.daihoi.platform.CodeLabels;
import vn.daihoi.platform.PdfFonts;

/**
 * The counting minutes (biên bản kiểm phiếu) of one round, with every field of elections.md §6, laid
 * out as a Party document: issuer at top left, "ĐẢNG CỘNG SẢN VIỆT NAM" at top right with place and
 * date, title, body, and the counting committee's signature block. Percentages use a decimal comma.
 */
public final class MinutesPdf {

    private static final String BLANK = "……………";

    private MinutesPdf() {}

    /** Writes the minutes of a computed result as a PDF. */
    public static void write(ElectionRecord record, CountResult.Counted result, MinutesInfo info, OutputStream out)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        PdfFonts.register(builder);
        builder.withHtmlContent(html(record, result, info), null);
        builder.toStream(out);
        builder.run();
    }

    /** Vietnamese percentage: two decimals with a comma, e.g. 94,34%. */
    static String percent(BigDecimal p) {
        return p.toPlainString().replace('.', ',') + "%";
    }

    static String html(ElectionRecord record, CountResult.Counted result, MinutesInfo info) {
        var e = record.election();
        var base = record.base();
        boolean opinion = e.purpose() == Purpose.NOMINATION_OPINION;
        boolean agreeForm = e.ballotForm() == BallotForm.AGREE_DISAGREE;
        Html h = new Html();
        h.raw("<html><head><meta charset=\"UTF-8\"/><style>")
                .raw("@page{size:A4;margin:20mm 15mm 20mm 30mm}")
                .raw("body{font-family:'DejaVu Serif';font-size:11pt;line-height:1.35}")
                .raw("table{border-collapse:collapse;width:100%}")
                .raw(".head td{text-align:center;vertical-align:top;width:50%}")
                .raw(".grid td,.grid th{border:0.5pt solid #000;padding:2pt 4pt}")
                .raw(".num{text-align:right}.c{text-align:center}.u{text-decoration:underline}")
                .raw("h1{font-size:14pt;text-align:center;margin:14pt 0 2pt}h2{font-size:11pt;margin:8pt 0 2pt}")
                .raw(".sub{text-align:center;font-weight:bold}.sign td{text-align:center;vertical-align:top;width:50%}")
                .raw("</style></head><body>");
        h.raw("<table class=\"head\"><tr><td>")
                .text(or(info.superior()).toUpperCase())
                .raw("<br/><b>")
                .text(or(info.organisation()).toUpperCase())
                .raw("</b><br/>*</td><td><b class=\"u\">ĐẢNG CỘNG SẢN VIỆT NAM</b><br/><br/><i>")
                .text(placeAndDate(info))
                .raw("</i></td></tr></table>");
        h.raw("<h1>BIÊN BẢN KIỂM PHIẾU</h1><div class=\"sub\">").text(e.title()).raw("</div>");
        h.raw("<div class=\"sub\">")
                .text((opinion ? "Phiếu xin ý kiến đưa vào danh sách bầu cử" : "Bầu " + CodeLabels.vi(e.body()))
                        + " — lần bầu thứ " + e.round() + (e.runoff() ? " (bầu lại giữa những người bằng phiếu)" : ""))
                .raw("</div>");

        h.raw("<h2>1. Đại hội, nhiệm kỳ, thời gian, địa điểm</h2><p>")
                .text(or(info.congress()) + ", nhiệm kỳ " + or(info.term()) + "; ngày " + or(info.date()) + " tại "
                        + or(info.place()) + ".")
                .raw("</p>");
        h.raw("<h2>2. Số lượng bầu đã được Đại hội biểu quyết thông qua</h2><p>")
                .text(opinion ? "Không áp dụng (phiếu xin ý kiến)." : e.seats() + " người.")
                .raw("</p>");
        h.raw("<h2>3. Danh sách bầu cử (theo thứ tự trên phiếu)</h2><table class=\"grid\">")
                .raw("<tr><th>STT</th><th>Họ và tên</th><th>Ghi chú</th></tr>");
        int n = 1;
        for (var c : record.candidates()) {
            h.raw("<tr><td class=\"c\">")
                    .text(String.valueOf(n++))
                    .raw("</td><td>")
                    .text(c.name());
            h.raw("</td><td></td></tr>");
        }
        h.raw("</table>");
        h.raw("<h2>4. Ban kiểm phiếu</h2><p>Trưởng ban: ").text(or(info.head())).raw("<br/>Thành viên: ");
        h.text(info.members().isEmpty() ? BLANK : String.join(", ", info.members()))
                .raw("</p>");

        h.raw("<h2>5. Số được triệu tập và số có mặt</h2><p>");
        if (base.summoned() != null) {
            h.text("Tổng số được triệu tập: " + base.summoned() + ".").raw("<br/>");
            for (var x : base.excluded().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList()) {
                h.text("Trừ " + CodeLabels.vi(x.getKey()) + ": " + x.getValue() + ".")
                        .raw("<br/>");
            }
        }
        h.text("Số được triệu tập hợp lệ (D, căn cứ tính kết quả): " + result.base() + "; số phiếu cần để trúng cử: "
                + result.threshold() + " (quá một nửa của D).");
        if (base.present() != null) {
            h.raw("<br/>").text("Có mặt: " + base.present() + "; vắng mặt: " + (result.base() - base.present()) + ".");
        }
        h.raw("</p>");
        h.raw("<h2>6. Số phiếu phát ra và thu vào</h2><p>")
                .text("Phát ra: " + result.issued() + " phiếu; thu vào: " + result.collected() + " phiếu.")
                .raw("</p>");
        h.raw("<h2>7. Phiếu hợp lệ và không hợp lệ</h2><p>")
                .text("Hợp lệ: " + result.valid() + " phiếu; không hợp lệ: " + result.invalid() + " phiếu.");
        for (var x : result.invalidByReason().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            h.raw("<br/>").text("— " + capitalise(x.getKey()) + ": " + x.getValue() + " phiếu.");
        }
        h.raw("</p>");

        h.raw("<h2>8. Kết quả (theo thứ tự trên phiếu, tỷ lệ so với ")
                .text(opinion ? "số người dự" : "D")
                .raw(")</h2><table class=\"grid\"><tr><th>STT</th><th>Họ và tên</th><th>")
                .text(agreeForm ? "Đồng ý" : "Số phiếu")
                .raw("</th>");
        if (agreeForm) {
            h.raw("<th>Không đồng ý</th>");
        }
        h.raw("<th>Tỷ lệ</th></tr>");
        n = 1;
        for (CandidateResult r : result.results()) {
            h.raw("<tr><td class=\"c\">")
                    .text(String.valueOf(n++))
                    .raw("</td><td>")
                    .text(r.name());
            h.raw("</td><td class=\"num\">").text(String.valueOf(r.votes())).raw("</td>");
            if (agreeForm) {
                h.raw("<td class=\"num\">").text(String.valueOf(r.disagree())).raw("</td>");
            }
            h.raw("<td class=\"num\">").text(percent(r.percentOfBase())).raw("</td></tr>");
        }
        h.raw("</table>");

        h.raw("<h2>9. ").text(opinion ? "Những người được đưa vào danh sách" : "Những người trúng cử (theo số phiếu)");
        h.raw("</h2><p>");
        if (result.elected().isEmpty()) {
            h.text("Không có.");
        }
        n = 1;
        for (String id : result.elected()) {
            CandidateResult r = result.results().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            h.text(n++ + ". " + r.name() + ": " + r.votes() + " phiếu, " + percent(r.percentOfBase()) + ".")
                    .raw("<br/>");
        }
        h.raw("</p><h2>10. Bằng phiếu, bầu lại, thiếu số lượng</h2><p>");
        if (result.runoff() != null) {
            List<String> names = result.results().stream()
                    .filter(r -> result.runoff().candidates().contains(r.id()))
                    .map(CandidateResult::name)
                    .toList();
            h.text("Bằng phiếu ở vị trí cuối: " + String.join(", ", names) + ". Phải bầu lại giữa những người này cho "
                    + result.runoff().seats() + " chỗ còn lại.");
        } else if (result.vacancies() > 0) {
            h.text("Còn thiếu " + result.vacancies()
                    + " người so với số lượng bầu; Đại hội quyết định có bầu tiếp hay không.");
        } else {
            h.text("Không có.");
        }
        h.raw("</p><h2>11. Khiếu nại và việc giải quyết</h2><p>");
        h.text(info.complaints().isEmpty() ? "Không có khiếu nại." : String.join("; ", info.complaints()));
        h.raw("</p><h2>12. Hình thức kiểm phiếu và nhật ký nhập phiếu</h2><p>");
        h.text("Hình thức: " + mode(info.countingMode()) + ".");
        for (String line : info.entryLog()) {
            h.raw("<br/>").text(line);
        }
        h.raw("</p><h2>13. Các quy ước áp dụng</h2><p>")
                .text("Phiếu gạch hết tên: "
                        + (record.settings().allStruckOut().name().equals("INVALID")
                                ? "không hợp lệ"
                                : "hợp lệ, không có phiếu bầu")
                        + "; bầu lại khi bằng phiếu phải quá một nửa D: "
                        + (record.settings().runoffRequiresMajority() ? "có" : "không")
                        + "; tỷ lệ có mặt tối thiểu: " + record.settings().quorumFraction() + " của D.");
        for (Problem.Warning w : result.warnings()) {
            h.raw("<br/>").text("Lưu ý: " + w.message());
        }
        h.raw("</p><p>")
                .text("Biên bản lập xong lúc " + or(info.time()) + " ngày " + or(info.date())
                        + " và đã được đọc trước Đại hội.")
                .raw("</p>");
        h.raw(
                "<table class=\"sign\"><tr><td><b>CÁC THÀNH VIÊN BAN KIỂM PHIẾU</b><br/><i>(Ký, ghi rõ họ tên)</i><br/><br/><br/>");
        for (String m : info.members()) {
            h.text(m).raw("<br/><br/><br/>");
        }
        h.raw("</td><td><b>TRƯỞNG BAN KIỂM PHIẾU</b><br/><i>(Ký, ghi rõ họ tên)</i><br/><br/><br/><br/>")
                .text(or(info.head()))
                .raw("</td></tr></table></body></html>");
        return h.toString();
    }

    private static String capitalise(InvalidReason reason) {
        String s = CodeLabels.vi(reason);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String mode(String mode) {
        if ("SCANNER".equals(mode)) {
            return "máy quét, nhận dạng tự động";
        }
        if ("HAND".equals(mode)) {
            return "kiểm phiếu thủ công, nhập tổng số vào máy tính";
        }
        return "KEYED".equals(mode) ? "nhập phiếu bằng tay trên máy tính (bán tự động)" : BLANK;
    }

    private static String placeAndDate(MinutesInfo info) {
        String date = info.date();
        String when = date != null && date.matches("\\d{2}/\\d{2}/\\d{4}")
                ? "ngày " + date.substring(0, 2) + " tháng " + date.substring(3, 5) + " năm " + date.substring(6)
                : "ngày … tháng … năm …";
        return or(info.place()) + ", " + when;
    }

    private static String or(String s) {
        return s == null || s.isBlank() ? BLANK : s;
    }

    /** A tiny XHTML writer: text is always escaped, markup only through {@link #raw}. */
    private static final class Html {
        private final StringBuilder sb = new StringBuilder(16_384);

        Html raw(String markup) {
            sb.append(markup);
            return this;
        }

        Html text(String text) {
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
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}

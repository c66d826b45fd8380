package vn.daihoi.tally;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.daihoi.counting.AllStruckOut;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.CountResult.CandidateResult;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.counting.Problem;
import vn.daihoi.counting.Purpose;
import vn.daihoi.platform.CodeLabels;
import vn.daihoi.platform.paper.PartyPaper;
import vn.daihoi.platform.paper.PartyPaperPdf;

/**
 * The counting minutes (biên bản kiểm phiếu) of one round, with every field of elections.md §6, as the one
 * Party paper ({@link PartyPaper}: issuer at top left, "ĐẢNG CỘNG SẢN VIỆT NAM" at top right with place and
 * date, title, body, and the counting committee's signature block). Percentages use a decimal comma.
 */
public final class MinutesPdf {

    private static final String BLANK = "……………";

    private MinutesPdf() {}

    /** Writes the minutes of a computed result as a PDF. */
    public static void write(ElectionRecord record, CountResult.Counted result, MinutesInfo info, OutputStream out)
            throws IOException {
        PartyPaperPdf.write(paper(record, result, info), out);
    }

    /** The minutes of a computed result as a Party paper. */
    public static PartyPaper paper(ElectionRecord record, CountResult.Counted result, MinutesInfo info) {
        return paper(record, result, info, null);
    }

    /**
     * The minutes of a computed result as a Party paper, with what the congress decided after the round (a
     * run-off, another round or stopping, with its note) worded by the caller, or null when it decided nothing
     * (a record counted outside a congress, as {@code daihoi tally} prints it). The app prints these minutes
     * as PDF and as DOCX from this one paper.
     */
    public static PartyPaper paper(
            ElectionRecord record, CountResult.Counted result, MinutesInfo info, String decision) {
        var e = record.election();
        var base = record.base();
        boolean opinion = e.purpose() == Purpose.NOMINATION_OPINION;
        boolean agreeForm = e.ballotForm() == BallotForm.AGREE_DISAGREE;
        PartyPaper.Builder p = PartyPaper.issuedBy(or(info.superior()), or(info.organisation()))
                .placeAndDate(placeAndDate(info))
                .title("BIÊN BẢN KIỂM PHIẾU")
                .subtitle(e.title())
                .subtitle((opinion ? "Phiếu xin ý kiến đưa vào danh sách bầu cử" : "Bầu " + CodeLabels.vi(e.body()))
                        + " — lần bầu thứ " + e.round() + (e.runoff() ? " (bầu lại giữa những người bằng phiếu)" : ""));

        p.heading("1. Đại hội, nhiệm kỳ, thời gian, địa điểm")
                .para(or(info.congress()) + ", nhiệm kỳ " + or(info.term()) + "; ngày " + or(info.date()) + " tại "
                        + or(info.place()) + ".");
        p.heading("2. Số lượng bầu đã được Đại hội biểu quyết thông qua")
                .para(opinion ? "Không áp dụng (phiếu xin ý kiến)." : e.seats() + " người.");
        p.heading("3. Danh sách bầu cử (theo thứ tự trên phiếu)");
        List<List<String>> names = new ArrayList<>();
        for (var c : record.candidates()) {
            names.add(List.of(String.valueOf(names.size() + 1), c.name(), ""));
        }
        p.add(PartyPaper.Table.of(List.of("STT", "Họ và tên", "Ghi chú"), names));
        p.heading("4. Ban kiểm phiếu")
                .add(new PartyPaper.Para(List.of(
                        "Trưởng ban: " + or(info.head()),
                        "Thành viên: " + (info.members().isEmpty() ? BLANK : String.join(", ", info.members())))));

        p.heading("5. Số được triệu tập và số có mặt");
        List<String> lines = new ArrayList<>();
        if (base.summoned() != null) {
            lines.add("Tổng số được triệu tập: " + base.summoned() + ".");
            base.excluded().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(x -> lines.add("Trừ " + CodeLabels.vi(x.getKey()) + ": " + x.getValue() + "."));
        }
        lines.add("Số được triệu tập hợp lệ (D, căn cứ tính kết quả): " + result.base() + "; số phiếu cần để trúng cử: "
                + result.threshold() + " (quá một nửa của D).");
        if (base.present() != null) {
            lines.add("Có mặt: " + base.present() + "; vắng mặt: " + (result.base() - base.present()) + ".");
        }
        p.add(new PartyPaper.Para(lines));
        p.heading("6. Số phiếu phát ra và thu vào")
                .para("Phát ra: " + result.issued() + " phiếu; thu vào: " + result.collected() + " phiếu.");
        p.heading("7. Phiếu hợp lệ và không hợp lệ");
        List<String> invalid = new ArrayList<>();
        invalid.add("Hợp lệ: " + result.valid() + " phiếu; không hợp lệ: " + result.invalid() + " phiếu.");
        result.invalidByReason().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(x -> invalid.add("— " + capitalise(x.getKey()) + ": " + x.getValue() + " phiếu."));
        p.add(new PartyPaper.Para(invalid));

        p.heading("8. Kết quả (theo thứ tự trên phiếu, tỷ lệ so với " + (opinion ? "số người dự" : "D") + ")");
        List<PartyPaper.Row> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("STT", "Họ và tên", agreeForm ? "Đồng ý" : "Số phiếu"));
        if (agreeForm) {
            header.add("Không đồng ý");
        }
        header.add("Tỷ lệ");
        rows.add(PartyPaper.Row.header(header));
        for (CandidateResult r : result.results()) {
            List<PartyPaper.Cell> cells = new ArrayList<>(List.of(
                    PartyPaper.Cell.of(String.valueOf(rows.size())),
                    PartyPaper.Cell.of(r.name()),
                    PartyPaper.Cell.number(r.votes())));
            if (agreeForm) {
                cells.add(PartyPaper.Cell.number(r.disagree()));
            }
            cells.add(PartyPaper.Cell.number(PartyPaper.percent(r.percentOfBase())));
            rows.add(new PartyPaper.Row(cells));
        }
        p.add(new PartyPaper.Table(rows));

        p.heading("9. " + (opinion ? "Những người được đưa vào danh sách" : "Những người trúng cử (theo số phiếu)"));
        List<String> elected = new ArrayList<>();
        for (String id : result.elected()) {
            CandidateResult r = result.results().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            elected.add((elected.size() + 1) + ". " + r.name() + ": " + r.votes() + " phiếu, "
                    + PartyPaper.percent(r.percentOfBase()) + ".");
        }
        p.add(new PartyPaper.Para(elected.isEmpty() ? List.of("Không có.") : elected));
        p.heading("10. Bằng phiếu, bầu lại, thiếu số lượng");
        List<String> after = new ArrayList<>();
        if (result.runoff() != null) {
            List<String> tied = result.results().stream()
                    .filter(r -> result.runoff().candidates().contains(r.id()))
                    .map(CandidateResult::name)
                    .toList();
            after.add(
                    "Bằng phiếu ở vị trí cuối: " + String.join(", ", tied) + ". Phải bầu lại giữa những người này cho "
                            + result.runoff().seats() + " chỗ còn lại.");
        } else if (result.vacancies() > 0) {
            after.add("Còn thiếu " + result.vacancies()
                    + " người so với số lượng bầu; Đại hội quyết định có bầu tiếp hay không.");
        } else {
            after.add("Không có.");
        }
        if (decision != null && !decision.isBlank()) {
            after.add(decision);
        }
        p.add(new PartyPaper.Para(after));
        p.heading("11. Khiếu nại và việc giải quyết")
                .para(info.complaints().isEmpty() ? "Không có khiếu nại." : String.join("; ", info.complaints()));
        p.heading("12. Hình thức kiểm phiếu và nhật ký nhập phiếu");
        List<String> how = new ArrayList<>();
        how.add("Hình thức: " + mode(info.countingMode()) + ".");
        how.addAll(info.entryLog());
        p.add(new PartyPaper.Para(how));
        p.heading("13. Các quy ước áp dụng");
        List<String> rules = new ArrayList<>();
        rules.add("Phiếu gạch hết tên: "
                + (record.settings().allStruckOut() == AllStruckOut.INVALID
                        ? "không hợp lệ"
                        : "hợp lệ, không có phiếu bầu")
                + "; bầu lại khi bằng phiếu phải quá một nửa D: "
                + (record.settings().runoffRequiresMajority() ? "có" : "không")
                + "; tỷ lệ có mặt tối thiểu: " + record.settings().quorumFraction() + " của D.");
        for (Problem.Warning w : result.warnings()) {
            rules.add("Lưu ý: " + w.message());
        }
        p.add(new PartyPaper.Para(rules));
        p.para("Biên bản lập xong lúc " + or(info.time()) + " ngày " + or(info.date())
                + " và đã được đọc trước Đại hội.");
        return p.sign(new PartyPaper.Signer(List.of("CÁC THÀNH VIÊN BAN KIỂM PHIẾU"), true, info.members()))
                .sign(new PartyPaper.Signer(List.of("TRƯỞNG BAN KIỂM PHIẾU"), true, List.of(or(info.head()))))
                .build();
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
}

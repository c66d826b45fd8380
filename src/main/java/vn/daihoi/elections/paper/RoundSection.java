package vn.daihoi.elections.paper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.Purpose;
import vn.daihoi.platform.CodeLabels;
import vn.daihoi.platform.paper.PartyPaper;

/**
 * The part of the minutes about one round (elections.md §6): seats, base and exclusions, counts, votes per
 * candidate in ballot order with % of D, those elected, run-off or vacancies and the congress's decision.
 */
final class RoundSection {

    private RoundSection() {}

    static List<PartyPaper.Block> blocks(ElectionRecord r, CountResult.Counted c, String decision, String note) {
        List<PartyPaper.Block> out = new ArrayList<>();
        var e = r.election();
        boolean agree = e.ballotForm() == BallotForm.AGREE_DISAGREE;
        out.add(new PartyPaper.Heading(
                e.purpose() == Purpose.NOMINATION_OPINION
                        ? "PHIẾU XIN Ý KIẾN bổ sung người vào danh sách (trước lần bầu thứ " + e.round() + ")"
                        : "Lần bầu thứ " + e.round()
                                + (e.runoff() ? " (bầu lại giữa những người bằng phiếu ở vị trí cuối)" : "")));
        out.add(new PartyPaper.Para((e.purpose() == Purpose.NOMINATION_OPINION
                        ? "Phiếu xin ý kiến"
                        : "Bầu " + CodeLabels.vi(e.body()) + ": số lượng bầu " + e.seats() + " người")
                + "; danh sách có " + r.candidates().size() + " người; hình thức phiếu: "
                + (agree ? "đồng ý / không đồng ý" : "gạch tên") + "."));
        var b = r.base();
        StringBuilder base = new StringBuilder();
        if (b.summoned() != null) {
            base.append("Số được triệu tập: ").append(b.summoned());
            b.excluded()
                    .forEach((k, v) ->
                            base.append("; trừ ").append(v).append(" ").append(CodeLabels.vi(k)));
            base.append(". ");
        }
        base.append("Số làm căn cứ tính kết quả (D): ").append(c.base());
        if (b.present() != null) {
            base.append("; có mặt: ").append(b.present());
        }
        base.append(". Trúng cử phải được quá một nửa D (ít nhất ")
                .append(c.threshold())
                .append(" phiếu).");
        out.add(new PartyPaper.Para(base.toString()));
        String reasons = c.invalidByReason().entrySet().stream()
                .filter(x -> x.getValue() > 0)
                .map(x -> x.getValue() + " phiếu " + CodeLabels.vi(x.getKey()))
                .collect(Collectors.joining("; "));
        out.add(new PartyPaper.Para("Số phiếu phát ra: " + c.issued() + "; số phiếu thu vào: " + c.collected()
                + "; số phiếu hợp lệ: " + c.valid() + "; số phiếu không hợp lệ: " + c.invalid()
                + (reasons.isEmpty() ? "" : " (" + reasons + ")") + "."));
        List<String> header = new ArrayList<>(List.of("STT", "Họ và tên", agree ? "Đồng ý" : "Số phiếu bầu"));
        if (agree) {
            header.add("Không đồng ý");
        }
        header.add("Tỷ lệ % so với D");
        header.add("Kết quả");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CountResult.CandidateResult x : c.results()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(n++), x.name(), Integer.toString(x.votes())));
            if (agree) {
                row.add(Integer.toString(x.disagree()));
            }
            row.add(PartyPaper.percent(x.percentOfBase()));
            row.add(x.elected() ? "Trúng cử" : x.passed() ? "Quá một nửa" : "");
            rows.add(row);
        }
        out.add(PartyPaper.Table.of(header, rows));
        Map<String, CountResult.CandidateResult> byId = new HashMap<>();
        c.results().forEach(x -> byId.put(x.id(), x));
        out.add(new PartyPaper.Para(
                c.elected().isEmpty()
                        ? "Không có người trúng cử ở lần bầu này."
                        : "Những người trúng cử (theo số phiếu từ cao xuống thấp): "
                                + c.elected().stream()
                                        .map(id -> byId.get(id).name() + " ("
                                                + byId.get(id).votes() + " phiếu, "
                                                + PartyPaper.percent(
                                                        byId.get(id).percentOfBase()) + ")")
                                        .collect(Collectors.joining("; "))
                                + "."));
        if (c.runoff() != null) {
            out.add(new PartyPaper.Para("Bằng phiếu ở vị trí cuối: "
                    + c.runoff().candidates().stream()
                            .map(id -> byId.get(id).name())
                            .collect(Collectors.joining(", "))
                    + "; phải bầu lại giữa những người này cho " + c.runoff().seats() + " chỗ còn lại."));
        }
        if (c.vacancies() > 0) {
            out.add(new PartyPaper.Para("Còn thiếu " + c.vacancies() + " người so với số lượng bầu."));
        }
        if (decision != null) {
            out.add(new PartyPaper.Para(decision(decision, note)));
        }
        if (!c.warnings().isEmpty()) {
            out.add(new PartyPaper.Para(
                    "Lưu ý: " + c.warnings().stream().map(w -> w.message()).collect(Collectors.joining(" "))));
        }
        return out;
    }

    /** What the congress decided after a round, as both minutes word it; null when it decided nothing. */
    static String decision(String decision, String note) {
        if (decision == null) {
            return null;
        }
        return switch (decision) {
            case "RUNOFF" -> "Đại hội bầu lại giữa những người bằng phiếu.";
            case "ANOTHER_ROUND" -> "Đại hội quyết định bầu tiếp: " + note;
            default -> "Đại hội quyết định dừng bầu: " + note;
        };
    }
}

package vn.daihoi.roll.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.roll.internal.Absence;
import vn.daihoi.roll.internal.BaseExplained;
import vn.daihoi.roll.internal.CheckInAnswer;
import vn.daihoi.roll.internal.CheckIns;
import vn.daihoi.roll.internal.NewDelegate;
import vn.daihoi.roll.internal.RollAbsences;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.roll.internal.RollClosing;
import vn.daihoi.roll.internal.RollEntry;
import vn.daihoi.roll.internal.RollKind;

/** The roll, its base D and check-in for scripts (HTTP Basic, JSON). Badge tokens are never listed here. */
@RestController
@RequestMapping("/api/congresses/{id}")
class RollApiController {

    record DelegateRequest(RollKind kind, Long memberId, String fullName, String electingUnit) {}

    record AbsenceRequest(Long entryId, Absence absence, String reason) {}

    record AlternateRequest(Long alternateId, Long delegateId, String reason) {}

    record CheckInRequest(String token, Integer number) {}

    record ReopenRequest(String reason) {}

    /** Whether the roll is closed now, and its closings and reopenings, latest first. */
    record ClosingResponse(boolean closed, List<RollClosing.Decision> history) {}

    /** D explained: the figures and, for each exclusion, its count and its people. */
    record BaseResponse(
            String kind,
            int summoned,
            List<ExclusionLine> exclusions,
            int d,
            int present,
            int quorumNeeds,
            boolean quorum) {}

    record ExclusionLine(String exclusion, int count, List<BaseExplained.Person> people) {}

    private final RollBook book;
    private final RollAbsences absences;
    private final CheckIns checkIns;
    private final RollClosing closing;

    RollApiController(RollBook book, RollAbsences absences, CheckIns checkIns, RollClosing closing) {
        this.closing = closing;
        this.book = book;
        this.absences = absences;
        this.checkIns = checkIns;
    }

    @GetMapping("/roll")
    @Operation(summary = "Danh sách triệu tập theo số thẻ: loại, vắng mặt, dự khuyết, giờ điểm danh")
    List<RollEntry> roll(@PathVariable long id) {
        return book.entries(id);
    }

    @PostMapping("/roll/fill")
    @Operation(summary = "Đại hội đảng viên: thêm mọi đảng viên chính thức của đơn vị chưa có trong danh sách")
    Map<String, Integer> fill(@PathVariable long id) {
        return Map.of("added", book.fillFromMembers(id));
    }

    @PostMapping("/roll/delegates")
    @Operation(summary = "Đại hội đại biểu: thêm đại biểu (được bầu, đương nhiên, chỉ định) hoặc dự khuyết")
    RollEntry delegate(@PathVariable long id, @RequestBody DelegateRequest r) {
        return book.addDelegate(id, new NewDelegate(r.kind(), r.memberId(), r.fullName(), r.electingUnit()));
    }

    @PostMapping("/roll/absences")
    @Operation(summary = "Ghi vắng mặt cả đại hội, có hoặc không có lý do được chấp nhận")
    RollEntry absence(@PathVariable long id, @RequestBody AbsenceRequest r) {
        return absences.markAbsent(id, r.entryId(), r.absence(), r.reason());
    }

    @PostMapping("/roll/alternates")
    @Operation(summary = "Gọi đại biểu dự khuyết thay đại biểu vắng mặt cả đại hội, có lý do")
    RollEntry alternate(@PathVariable long id, @RequestBody AlternateRequest r) {
        return absences.callUpAlternate(id, r.alternateId(), r.delegateId(), r.reason());
    }

    @GetMapping("/roll/closing")
    @Operation(summary = "Danh sách đại biểu đã chốt chưa, và các lần chốt, mở lại (mới nhất trước)")
    ClosingResponse closing(@PathVariable long id) {
        return closingOf(id);
    }

    @PostMapping("/roll/close")
    @Operation(summary = "Chốt danh sách đại biểu: sau đó không thêm, ghi vắng, gọi dự khuyết; điểm danh tiếp tục")
    ClosingResponse close(@PathVariable long id) {
        closing.close(id);
        return closingOf(id);
    }

    @PostMapping("/roll/reopen")
    @Operation(summary = "Mở lại danh sách đại biểu đã chốt, theo quyết định của Đoàn Chủ tịch, có lý do")
    ClosingResponse reopen(@PathVariable long id, @RequestBody ReopenRequest r) {
        closing.reopen(id, r.reason());
        return closingOf(id);
    }

    private ClosingResponse closingOf(long id) {
        List<RollClosing.Decision> history = closing.history(id);
        return new ClosingResponse(!history.isEmpty() && history.getFirst().closed(), history);
    }

    @GetMapping("/base")
    @Operation(summary = "Cơ sở D: triệu tập, từng trường hợp trừ ra, D, có mặt, số cần cho hai phần ba")
    BaseResponse base(@PathVariable long id) {
        BaseExplained x = book.explain(id);
        List<ExclusionLine> lines = x.base().excluded().entrySet().stream()
                .map(e -> new ExclusionLine(
                        e.getKey().name(), e.getValue(), x.excludedPeople().getOrDefault(e.getKey(), List.of())))
                .toList();
        return new BaseResponse(
                x.base().kind().name(),
                x.base().summoned(),
                lines,
                x.base().d(),
                x.base().present(),
                x.base().quorumNeeds(),
                x.base().quorum());
    }

    @PostMapping("/checkins")
    @Operation(summary = "Điểm danh bằng mã trên thẻ (token) hoặc số thẻ; quét lại không thay đổi gì")
    CheckInAnswer checkIn(@PathVariable long id, @RequestBody CheckInRequest r) {
        return checkIns.checkIn(id, r.token(), r.number());
    }
}

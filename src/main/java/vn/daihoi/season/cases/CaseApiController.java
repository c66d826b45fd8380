package vn.daihoi.season.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressHistoryEntry;
import vn.daihoi.season.CongressMove;
import vn.daihoi.season.CongressState;
import vn.daihoi.season.CongressTransitions.Step;

/** A congress case as JSON, and its steps for scripts (HTTP Basic). */
@RestController
@RequestMapping("/api/congresses")
class CaseApiController {

    /** The case, its history, and the steps the caller may take next. */
    record CaseResponse(CongressCase congress, List<CongressHistoryEntry> history, List<Step> nextSteps) {}

    /** A step: target state, date it happened (default today), congress or new date, reason, expected version. */
    record StepRequest(CongressState to, LocalDate effectiveOn, LocalDate date, String reason, Integer version) {}

    private final CongressCases cases;

    CaseApiController(CongressCases cases) {
        this.cases = cases;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một hồ sơ đại hội, lịch sử các bước và các bước tiếp theo người gọi được làm")
    CaseResponse get(@PathVariable long id) {
        CongressCase c = cases.view(id);
        return new CaseResponse(c, cases.history(id), cases.stepsForCurrentUser(c));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Chuyển hồ sơ đại hội sang bước tiếp theo (kiểm tra quyền, lý do, ngày)")
    CaseResponse step(@PathVariable long id, @RequestBody StepRequest request) {
        CongressCase c = cases.move(
                id,
                new CongressMove(
                        request.to(), request.effectiveOn(), request.date(), request.reason(), request.version()));
        return new CaseResponse(c, cases.history(id), cases.stepsForCurrentUser(c));
    }
}

package vn.daihoi.season.plan;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.PlanCascade.PlanDraft;
import vn.daihoi.season.PlanCascade.PlanOutcome;
import vn.daihoi.season.plan.PlanStore.PlanDetail;

/**
 * Plans as JSON (HTTP Basic). {@code POST /api/plans} takes a {@link PlanDraft} with ISO dates (yyyy-MM-dd):
 * windows or their fields left out take the rulebook's values; it answers 201 with what the cascade did.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

    record WindowResponse(OrgLevel level, LocalDate from, LocalDate to, BigDecimal maxDays) {}

    record UnitResponse(
            long orgId,
            String code,
            String name,
            Long followerUserId,
            int special,
            Integer members,
            Integer share,
            Integer quota) {}

    record PlanResponse(
            long id,
            long issuerId,
            String issuerName,
            String term,
            String symbol,
            LocalDate issuedOn,
            String title,
            Long documentId,
            int dossierLeadDays,
            Integer totalDelegates,
            Integer basePerUnit,
            Integer exOfficio,
            Integer appointed,
            List<WindowResponse> windows,
            List<Long> pilots,
            List<UnitResponse> units,
            int casesCreated,
            int casesUpdated) {}

    private final PlanService plans;
    private final PlanStore store;
    private final AccessControl access;
    private final MessageSource messages;

    PlanApiController(PlanService plans, PlanStore store, AccessControl access, MessageSource messages) {
        this.plans = plans;
        this.store = store;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<PlanOutcome> issue(@RequestBody PlanDraft draft) {
        PlanOutcome outcome = plans.issue(draft);
        return ResponseEntity.created(URI.create("/api/plans/" + outcome.planId()))
                .body(outcome);
    }

    @GetMapping("/{id}")
    PlanResponse plan(@PathVariable long id) {
        PlanDetail d = store.detail(id).orElseThrow(() -> DomainException.notFound("plan.error.notFound"));
        access.require(Permission.CONGRESS_VIEW, d.plan().issuerId());
        var p = d.plan();
        return new PlanResponse(
                p.id(),
                p.issuerId(),
                p.issuerName(),
                p.term(),
                p.symbol(),
                p.issuedOn(),
                p.title(),
                p.documentId(),
                p.dossierLeadDays(),
                p.totalDelegates(),
                p.basePerUnit(),
                p.exOfficio(),
                p.appointed(),
                d.windows().stream()
                        .map(w -> new WindowResponse(w.level(), w.from(), w.to(), w.maxDays()))
                        .toList(),
                d.pilots().stream().map(PlanStore.PilotRow::orgId).toList(),
                d.units().stream()
                        .map(u -> new UnitResponse(
                                u.orgId(),
                                u.code(),
                                u.name(),
                                u.followerId(),
                                u.special(),
                                u.members(),
                                u.share(),
                                u.quota()))
                        .toList(),
                p.casesCreated(),
                p.casesUpdated());
    }

    /** A body that is not the expected JSON (a date not in ISO form, a word for a number): 400, not 500. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        String cause = e.getMostSpecificCause().getMessage();
        String first = cause == null ? "" : cause.lines().findFirst().orElse("");
        first = first.length() > 200 ? first.substring(0, 200) + "…" : first;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("plan.error.badJson", new Object[] {first}, locale));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        return ResponseEntity.badRequest().body(problem);
    }
}

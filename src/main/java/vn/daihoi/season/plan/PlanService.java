package vn.daihoi.season.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.CurrentUser;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.PlanCascade;
import vn.daihoi.season.plan.PlanChecks.Checked;
import vn.daihoi.season.plan.PlanQueries.Node;
import vn.daihoi.season.plan.PlanStore.PlanRecord;
import vn.daihoi.season.plan.PlanStore.PlanValues;

/** Issues and re-issues plans: checks, writes the plan, cascades to the congress cases, audits — one transaction. */
@Service
class PlanService implements PlanCascade {

    private final PlanChecks checks;
    private final PlanQueries queries;
    private final PlanStore store;
    private final CascadeStatement cascade;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final PlanDocuments documents;

    PlanService(
            PlanChecks checks,
            PlanQueries queries,
            PlanStore store,
            CascadeStatement cascade,
            AccessControl access,
            AuditLog audit,
            Clock clock,
            PlanDocuments documents) {
        this.documents = documents;
        this.checks = checks;
        this.queries = queries;
        this.store = store;
        this.cascade = cascade;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PlanOutcome issue(PlanDraft draft) {
        if (draft.issuerId() == null) {
            access.requireSomewhere(Permission.PLAN_ISSUE);
            throw new DomainException("plan.error.required", PlanChecks.label("plan.field.issuer"));
        }
        access.require(Permission.PLAN_ISSUE, draft.issuerId());
        Node issuer = queries.node(draft.issuerId())
                .orElseThrow(() -> DomainException.notFound(
                        "plan.error.issuerGone", draft.issuerId().toString()));
        Checked checked = checks.check(issuer, draft, LocalDate.now(clock));
        if (store.exists(issuer.id(), checked.term())) {
            throw DomainException.conflict("plan.error.exists", issuer.name(), checked.term());
        }
        PlanDocuments.Registered document =
                documents.register(issuer, checked.symbol(), checked.issuedOn(), checked.title());
        Checked c = withSymbol(checked, document.symbol());
        long planId;
        try {
            planId = store.insert(values(c));
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("plan.error.exists", issuer.name(), c.term());
        }
        store.linkDocument(planId, document.documentId());
        return write(planId, c, "PLAN_ISSUE", "Ban hành");
    }

    @Override
    @Transactional
    public PlanOutcome reissue(long planId, PlanDraft draft) {
        PlanRecord plan = store.plan(planId).orElseThrow(() -> DomainException.notFound("plan.error.notFound"));
        access.require(Permission.PLAN_ISSUE, plan.issuerId());
        store.lock(planId);
        Node issuer = queries.node(plan.issuerId())
                .orElseThrow(() -> DomainException.notFound("plan.error.issuerGone", Long.toString(plan.issuerId())));
        // The issuer and term make the plan what it is; a draft cannot move it elsewhere.
        // The plan stays the document it was registered as.
        PlanDraft same = new PlanDraft(
                plan.issuerId(),
                plan.term(),
                plan.symbol(),
                draft.issuedOn(),
                draft.title(),
                draft.dossierLeadDays(),
                draft.windows(),
                draft.pilots(),
                draft.units(),
                draft.delegates());
        Checked c = checks.check(issuer, same, LocalDate.now(clock));
        store.replace(planId, values(c));
        return write(planId, c, "PLAN_REISSUE", "Ban hành lại");
    }

    @Override
    @Transactional
    public void linkDocument(long planId, long documentId) {
        PlanRecord plan = store.plan(planId).orElseThrow(() -> DomainException.notFound("plan.error.notFound"));
        access.require(Permission.PLAN_ISSUE, plan.issuerId());
        store.linkDocument(planId, documentId);
        audit.record(AuditLog.Change.of(
                "PLAN_LINK_DOCUMENT",
                "congress_plan",
                planId,
                plan.issuerId(),
                "Gắn kế hoạch " + plan.symbol() + " với văn bản số " + documentId + " trong sổ văn bản"));
    }

    private static Checked withSymbol(Checked c, String symbol) {
        return new Checked(
                c.issuer(),
                c.term(),
                symbol,
                c.issuedOn(),
                c.title(),
                c.dossierLeadDays(),
                c.windows(),
                c.pilots(),
                c.units(),
                c.delegates(),
                c.thresholds());
    }

    private PlanValues values(Checked c) {
        CurrentUser user = access.requireUser();
        var d = c.delegates();
        boolean allocates = d != null && d.total() != null;
        return new PlanValues(
                c.issuer().id(),
                c.term(),
                c.symbol(),
                c.issuedOn(),
                c.title(),
                c.dossierLeadDays(),
                allocates ? d.total() : null,
                allocates ? orZero(d.basePerUnit()) : null,
                allocates ? orZero(d.exOfficio()) : null,
                allocates ? orZero(d.appointed()) : null,
                Instant.now(clock),
                user.getUsername());
    }

    private PlanOutcome write(long planId, Checked c, String action, String verb) {
        CurrentUser user = access.requireUser();
        c.windows().forEach(w -> store.addWindow(planId, w));
        store.addUnits(planId, c.units());
        store.addPilots(planId, c.pilots());
        CascadeStatement.Counts counts = cascade.run(
                planId,
                c.issuer().id(),
                c.term(),
                c.thresholds(),
                new CascadeStatement.Issue(
                        Instant.now(clock), c.issuedOn(), user.id(), user.getUsername(), "Kế hoạch " + c.symbol()));
        store.recordCounts(planId, counts.created(), counts.updated());
        audit.record(AuditLog.Change.of(
                        action,
                        "congress_plan",
                        planId,
                        c.issuer().id(),
                        verb + " kế hoạch " + c.symbol() + " nhiệm kỳ " + c.term() + " của "
                                + c.issuer().name()
                                + ": tạo " + counts.created() + ", cập nhật " + counts.updated()
                                + " hồ sơ đại hội, giữ nguyên " + counts.untouched())
                .withDetails(Map.of(
                        "created", counts.created(),
                        "updated", counts.updated(),
                        "untouched", counts.untouched(),
                        "windows",
                                c.windows().stream()
                                        .map(w -> w.level() + " " + w.from() + ".." + w.to() + " " + w.maxDays())
                                        .collect(Collectors.joining("; ")))));
        return new PlanOutcome(planId, counts.created(), counts.updated(), counts.untouched());
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }
}

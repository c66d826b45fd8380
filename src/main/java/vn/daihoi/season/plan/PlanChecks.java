package vn.daihoi.season.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.TextLimits;
import vn.daihoi.season.PlanCascade.PlanDelegates;
import vn.daihoi.season.PlanCascade.PlanDraft;
import vn.daihoi.season.PlanCascade.PlanUnit;
import vn.daihoi.season.PlanCascade.PlanWindow;
import vn.daihoi.season.plan.PlanQueries.Node;
import vn.daihoi.season.plan.PlanQueries.Subordinate;
import vn.daihoi.season.plan.PlanStore.UnitRow;
import vn.daihoi.season.plan.PlanStore.WindowRow;

/**
 * Turns a draft into what is written, refusing the first bad input with a Vietnamese message that says
 * what and where. It reads but never writes, so a refusal leaves nothing behind.
 */
@Component
class PlanChecks {

    static final BigDecimal MAX_DAYS_LIMIT = BigDecimal.TEN;

    /** A draft that passed every check, with the rulebook's defaults filled in and the quotas computed. */
    record Checked(
            Node issuer,
            String term,
            String symbol,
            LocalDate issuedOn,
            String title,
            int dossierLeadDays,
            List<WindowRow> windows,
            List<Long> pilots,
            List<UnitRow> units,
            PlanDelegates delegates,
            Map<OrgLevel, Integer> thresholds) {}

    private final PlanQueries queries;
    private final PlanRules rules;

    PlanChecks(PlanQueries queries, PlanRules rules) {
        this.queries = queries;
        this.rules = rules;
    }

    /** Checks everything but who may issue (the service does that first, before reading anything). */
    Checked check(Node issuer, PlanDraft d, LocalDate today) {
        String term = text(d.term(), "plan.field.term");
        if (!term.matches("\\d{4}-\\d{4}")
                || Integer.parseInt(term.substring(5)) <= Integer.parseInt(term.substring(0, 4))) {
            throw new DomainException("plan.error.term", term);
        }
        // Empty: the document register numbers the plan (PlanDocuments).
        String symbol =
                d.symbol() == null || d.symbol().isBlank() ? null : d.symbol().strip();
        if (symbol != null && symbol.length() > 60) {
            throw new DomainException("plan.error.tooLong", label("plan.field.symbol"), 60);
        }
        if (d.issuedOn() == null) {
            throw new DomainException("plan.error.required", label("plan.field.issuedOn"));
        }
        if (d.issuedOn().isAfter(today)) {
            throw new DomainException("plan.error.issuedInFuture", Dates.format(d.issuedOn()));
        }
        String title = text(d.title(), "plan.field.title");
        TextLimits.check(title, TextLimits.SUMMARY, label("plan.field.title"));
        List<OrgLevel> levels = queries.levelsBelow(issuer.id());
        if (levels.isEmpty()) {
            throw new DomainException("plan.error.nothingBelow", issuer.name());
        }
        Integer lead = d.dossierLeadDays() != null
                ? d.dossierLeadDays()
                : rules.dossierLeadDays(term, levels, d.issuedOn()).orElse(null);
        if (lead == null) {
            throw new DomainException("plan.error.required", label("plan.field.dossierLeadDays"));
        }
        nonNegative(lead, "plan.field.dossierLeadDays");
        return new Checked(
                issuer,
                term,
                symbol,
                d.issuedOn(),
                title,
                lead,
                windows(term, levels, d),
                pilots(issuer, d.pilots()),
                units(issuer, d),
                d.delegates(),
                rules.thresholds(term, levels, d.issuedOn()));
    }

    private List<WindowRow> windows(String term, List<OrgLevel> levels, PlanDraft d) {
        Map<OrgLevel, PlanWindow> given = new HashMap<>();
        for (PlanWindow w : d.windows() == null ? List.<PlanWindow>of() : d.windows()) {
            if (w == null || w.level() == null) {
                throw new DomainException("plan.error.windowLevel");
            }
            given.put(w.level(), w);
        }
        List<WindowRow> out = new ArrayList<>();
        for (OrgLevel level : levels) {
            PlanWindow w = given.get(level);
            LocalDate on = d.issuedOn();
            LocalDate from = w != null && w.from() != null
                    ? w.from()
                    : rules.windowFrom(term, level, on).orElse(null);
            LocalDate to = w != null && w.to() != null
                    ? w.to()
                    : rules.windowTo(term, level, on).orElse(null);
            BigDecimal days = w != null && w.maxDays() != null
                    ? w.maxDays()
                    : rules.maxDays(term, level, on).orElse(null);
            if (from == null || to == null || days == null) {
                throw new DomainException("plan.error.windowMissing", level(level));
            }
            if (to.isBefore(from)) {
                throw new DomainException("plan.error.windowOrder", level(level), Dates.format(from), Dates.format(to));
            }
            if (days.signum() <= 0
                    || days.compareTo(MAX_DAYS_LIMIT) > 0
                    || days.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
                throw new DomainException("plan.error.maxDays", level(level), days.toPlainString());
            }
            out.add(new WindowRow(level, from, to, days));
        }
        return out;
    }

    private List<Long> pilots(Node issuer, Set<Long> pilots) {
        Set<Long> wanted = new LinkedHashSet<>(pilots == null ? Set.of() : pilots);
        wanted.remove(null);
        Set<Long> below = new HashSet<>(queries.unitsBelow(issuer.id(), wanted));
        for (Long id : wanted) {
            if (!below.contains(id)) {
                throw new DomainException("plan.error.unknownUnit", queries.codeOf(id), issuer.name());
            }
        }
        return List.copyOf(wanted);
    }

    private List<UnitRow> units(Node issuer, PlanDraft d) {
        List<Subordinate> subs = queries.directSubordinates(issuer.id());
        Map<Long, PlanUnit> given = new HashMap<>();
        for (PlanUnit u : d.units() == null ? List.<PlanUnit>of() : d.units()) {
            if (u == null) {
                continue;
            }
            if (subs.stream().noneMatch(s -> s.id() == u.orgId())) {
                throw new DomainException("plan.error.notDirect", queries.codeOf(u.orgId()), issuer.name());
            }
            if (given.put(u.orgId(), u) != null) {
                throw new DomainException("plan.error.unitTwice", queries.codeOf(u.orgId()));
            }
        }
        Set<Long> followers = new HashSet<>();
        given.values().stream()
                .map(PlanUnit::followerUserId)
                .filter(f -> f != null)
                .forEach(followers::add);
        Set<Long> allowed = new HashSet<>(queries.followersWithRole(issuer.id(), followers));
        List<DelegateQuotas.Unit> quotaUnits = new ArrayList<>();
        for (Subordinate s : subs) {
            PlanUnit u = given.get(s.id());
            Long follower = u == null ? null : u.followerUserId();
            if (follower != null && !allowed.contains(follower)) {
                throw new DomainException(
                        "plan.error.followerNoRole", queries.usernameOf(follower), s.code(), issuer.name());
            }
            int special = u == null || u.special() == null ? 0 : u.special();
            if (special < 0) {
                throw new DomainException("plan.error.specialNegative", s.code(), special);
            }
            quotaUnits.add(new DelegateQuotas.Unit(s.id(), s.code(), s.members(), special));
        }
        PlanDelegates del = d.delegates();
        DelegateQuotas.Allocation allocation = null;
        if (del != null && del.total() != null) {
            nonNegative(del.total(), "plan.field.totalDelegates");
            int base = orZero(del.basePerUnit(), "plan.field.basePerUnit");
            int exOfficio = orZero(del.exOfficio(), "plan.field.exOfficio");
            int appointed = orZero(del.appointed(), "plan.field.appointed");
            allocation = DelegateQuotas.allocate(
                    new DelegateQuotas.Inputs(del.total(), base, exOfficio, appointed), quotaUnits);
        } else if (del != null && (del.basePerUnit() != null || del.exOfficio() != null || del.appointed() != null)) {
            throw new DomainException("plan.error.totalMissing");
        }
        List<UnitRow> rows = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            Subordinate s = subs.get(i);
            PlanUnit u = given.get(s.id());
            DelegateQuotas.Row r = allocation == null ? null : allocation.rows().get(i);
            rows.add(new UnitRow(
                    s.id(),
                    s.code(),
                    s.name(),
                    u == null ? null : u.followerUserId(),
                    null,
                    quotaUnits.get(i).special(),
                    s.members(),
                    r == null ? null : r.share(),
                    r == null ? null : r.quota()));
        }
        return rows;
    }

    private static int orZero(Integer value, String field) {
        if (value == null) {
            return 0;
        }
        nonNegative(value, field);
        return value;
    }

    private static void nonNegative(int value, String field) {
        if (value < 0) {
            throw new DomainException("plan.error.negative", label(field), value);
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("plan.error.required", label(field));
        }
        return value.strip();
    }

    /** A message argument the message source translates itself (a field or level name in the user's language). */
    static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    static DefaultMessageSourceResolvable level(OrgLevel level) {
        return label(level.labelKey());
    }
}

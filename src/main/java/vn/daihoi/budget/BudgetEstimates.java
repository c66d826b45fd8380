package vn.daihoi.budget;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * The budget estimate of a congress case: read with CONGRESS_VIEW, edited with CONGRESS_MANAGE on the
 * case's unit (the unit's own side of the preparation), every change audited. Money is whole đồng in
 * {@code long}, multiplied and added exactly.
 */
@Service
public class BudgetEstimates {

    /** The largest amount of one line (10^15 đồng), so that a thousand lines still add up in a long. */
    static final long MAX_LINE_AMOUNT = 1_000_000_000_000_000L;

    static final int MAX_LINES = 1000;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final CongressCases cases;
    private final AuditLog audit;
    private final Clock clock;

    BudgetEstimates(JdbcClient jdbc, AccessControl access, CongressCases cases, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    private CongressCase congress(long caseId, Permission permission) {
        CongressCase c = cases.find(caseId).orElseThrow(() -> DomainException.notFound("budget.error.case", caseId));
        access.require(permission, c.orgId());
        return c;
    }

    /** Refuses (403, 404) unless the current user may change the case's estimate: a page form checks this first. */
    public void requireEditable(long caseId) {
        congress(caseId, Permission.CONGRESS_MANAGE);
    }

    /** The estimate with its totals and the previous congress's for comparison. */
    public BudgetEstimate view(long caseId) {
        CongressCase c = congress(caseId, Permission.CONGRESS_VIEW);
        List<BudgetEstimate.Line> lines = lines(caseId);
        Map<BudgetGroup, Long> totals = totals(lines);
        return new BudgetEstimate(c, lines, totals, sum(totals), previous(c));
    }

    @Transactional
    public long addLine(long caseId, NewBudgetLine line) {
        CongressCase c = congress(caseId, Permission.CONGRESS_MANAGE);
        Checked checked = checked(line);
        String description = checked.description();
        String unit = checked.unit();
        long amount = checked.amount();
        // the case row is locked so two editors cannot pass the line limit together
        cases.lock(caseId).orElseThrow();
        int count = jdbc.sql("select count(*) from budget_item where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
        if (count >= MAX_LINES) {
            throw new DomainException("budget.error.tooMany", String.valueOf(MAX_LINES));
        }
        long id = jdbc.sql("""
                        insert into budget_item (case_id, item_group, description, quantity, unit, unit_price, norm,
                            added_by, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        caseId,
                        line.group().name(),
                        description,
                        line.quantity(),
                        unit,
                        line.unitPrice(),
                        line.norm(),
                        access.requireUser().getUsername(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(AuditLog.Change.of(
                        "BUDGET_LINE_ADD",
                        "budget_item",
                        id,
                        c.orgId(),
                        "Dự toán kinh phí đại hội " + c.orgName() + " nhiệm kỳ " + c.term() + ": thêm \"" + description
                                + "\" " + Vnd.format(amount))
                .withDetails("group=" + line.group() + "; quantity=" + line.quantity() + "; unit=" + unit
                        + "; unitPrice=" + line.unitPrice() + "; norm=" + line.norm()));
        return id;
    }

    /** A line as checked: its clean texts and amount. */
    private record Checked(String description, String unit, long amount) {}

    private static Checked checked(NewBudgetLine line) {
        if (line == null || line.group() == null) {
            throw new DomainException("budget.error.group");
        }
        String description = text(line.description(), 500, "budget.error.description");
        String unit = text(line.unit(), 50, "budget.error.unit");
        if (line.quantity() == null || line.quantity() < 1 || line.quantity() > 1_000_000) {
            throw new DomainException("budget.error.quantity", description, String.valueOf(line.quantity()));
        }
        if (line.unitPrice() == null || line.unitPrice() < 0 || line.unitPrice() > 100_000_000_000L) {
            throw new DomainException("budget.error.unitPrice", description);
        }
        if (line.norm() != null && (line.norm() < 0 || line.norm() > 100_000_000_000L)) {
            throw new DomainException("budget.error.norm", description);
        }
        long amount = (long) line.quantity() * line.unitPrice();
        if (amount > MAX_LINE_AMOUNT) {
            throw new DomainException("budget.error.amount", description);
        }
        return new Checked(description, unit, amount);
    }

    /** Changes a line of the estimate (checked as a new one); the audit keeps what it was. */
    @Transactional
    public void updateLine(long caseId, Long lineId, NewBudgetLine line) {
        CongressCase c = congress(caseId, Permission.CONGRESS_MANAGE);
        BudgetEstimate.Line old = line(caseId, lineId);
        Checked checked = checked(line);
        jdbc.sql("""
                        update budget_item set item_group = ?, description = ?, quantity = ?, unit = ?, unit_price = ?,
                            norm = ?
                        where id = ? and case_id = ?""")
                .params(
                        line.group().name(),
                        checked.description(),
                        line.quantity(),
                        checked.unit(),
                        line.unitPrice(),
                        line.norm(),
                        lineId,
                        caseId)
                .update();
        audit.record(AuditLog.Change.of(
                        "BUDGET_LINE_EDIT",
                        "budget_item",
                        lineId,
                        c.orgId(),
                        "Dự toán kinh phí đại hội " + c.orgName() + " nhiệm kỳ " + c.term() + ": sửa \""
                                + old.description() + "\" " + Vnd.format(old.amount()) + " thành \""
                                + checked.description() + "\" " + Vnd.format(checked.amount()))
                .withDetails("was: group=" + old.group() + "; quantity=" + old.quantity() + "; unit=" + old.unit()
                        + "; unitPrice=" + old.unitPrice() + "; norm=" + old.norm() + " | now: group=" + line.group()
                        + "; quantity=" + line.quantity() + "; unit=" + checked.unit() + "; unitPrice="
                        + line.unitPrice() + "; norm=" + line.norm()));
    }

    /** The line of this case's estimate, or 404 naming it (a line of another case is not found either). */
    private BudgetEstimate.Line line(long caseId, Long lineId) {
        return lines(caseId).stream()
                .filter(l -> lineId != null && l.id() == lineId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("budget.error.line", String.valueOf(lineId)));
    }

    @Transactional
    public void removeLine(long caseId, Long lineId) {
        CongressCase c = congress(caseId, Permission.CONGRESS_MANAGE);
        BudgetEstimate.Line line = line(caseId, lineId);
        jdbc.sql("delete from budget_item where id = ? and case_id = ?")
                .params(lineId, caseId)
                .update();
        audit.record(AuditLog.Change.of(
                        "BUDGET_LINE_REMOVE",
                        "budget_item",
                        lineId,
                        c.orgId(),
                        "Dự toán kinh phí đại hội " + c.orgName() + " nhiệm kỳ " + c.term() + ": bỏ \""
                                + line.description() + "\" " + Vnd.format(line.amount()))
                .withDetails(
                        "group=" + line.group() + "; quantity=" + line.quantity() + "; unitPrice=" + line.unitPrice()));
    }

    private List<BudgetEstimate.Line> lines(long caseId) {
        return jdbc
                .sql("""
                        select id, item_group, description, quantity, unit, unit_price, norm
                        from budget_item where case_id = ? order by id""")
                .param(caseId)
                .query((rs, n) -> new BudgetEstimate.Line(
                        rs.getLong("id"),
                        BudgetGroup.valueOf(rs.getString("item_group")),
                        rs.getString("description"),
                        rs.getInt("quantity"),
                        rs.getString("unit"),
                        rs.getLong("unit_price"),
                        rs.getObject("norm", Long.class),
                        Math.multiplyExact((long) rs.getInt("quantity"), rs.getLong("unit_price"))))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(BudgetEstimate.Line::group))
                .toList();
    }

    static Map<BudgetGroup, Long> totals(List<BudgetEstimate.Line> lines) {
        Map<BudgetGroup, Long> totals = new EnumMap<>(BudgetGroup.class);
        for (BudgetGroup g : BudgetGroup.values()) {
            totals.put(g, 0L);
        }
        lines.forEach(l -> totals.merge(l.group(), l.amount(), Math::addExact));
        return totals;
    }

    static long sum(Map<BudgetGroup, Long> totals) {
        return totals.values().stream().reduce(0L, Math::addExact);
    }

    /** The same unit's case of the term before ("2020-2025" before "2025-2030"), if it has an estimate. */
    private BudgetEstimate.Previous previous(CongressCase c) {
        String[] years = c.term().split("-");
        int start = Integer.parseInt(years[0]);
        int end = Integer.parseInt(years[1]);
        String before = (2 * start - end) + "-" + start;
        return cases.find(c.orgId(), before)
                .map(p -> {
                    List<BudgetEstimate.Line> lines = lines(p.id());
                    if (lines.isEmpty()) {
                        return null;
                    }
                    Map<BudgetGroup, Long> totals = totals(lines);
                    return new BudgetEstimate.Previous(p.id(), p.term(), totals, sum(totals));
                })
                .orElse(null);
    }

    private static String text(String s, int max, String key) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new DomainException(key, String.valueOf(max));
        }
        return t;
    }
}

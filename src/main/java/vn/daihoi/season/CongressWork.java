package vn.daihoi.season;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.OrgSql;

/**
 * The congress cases that ask for the signed-in user's attention, for the home page: each list is one
 * indexed query over the user's subtrees (through {@link OrgSql#within}), capped, so the page stays fast at
 * national scale.
 */
@Service
public class CongressWork {

    /** How many rows a home block shows at most (the progress pages hold the rest). */
    public static final int LIMIT = 8;

    private static final String OPEN_STATES = "c.state not in ('ARCHIVED', 'DISSOLVED', 'MERGED', 'CLOSED',"
            + " 'FIRST_COMMITTEE_MEETING', 'RESULT_REPORTED', 'CONFIRMED', 'POSTPONED', 'COMMITTEE_APPOINTED')";

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final CongressCases cases;
    private final Clock clock;

    CongressWork(JdbcClient jdbc, AccessControl access, CongressCases cases, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.clock = clock;
    }

    /** A case with the steps the user may take on it now (empty: waiting for someone else). */
    public record CaseAndSteps(CongressCase congress, List<CongressTransitions.Step> steps) {}

    /** Cases of my subtrees whose deadline has passed or falls in the next seven days, the most urgent first. */
    public List<CongressCase> deadlines() {
        List<Long> roots = access.scopeRoots(Permission.CONGRESS_APPROVE);
        if (roots.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CongressCases.SELECT + " where " + OPEN_STATES + " and c.due_on <= ? and " + inSubtrees(roots)
                        + " order by c.due_on, c.id limit " + LIMIT)
                .param(today().plusDays(7))
                .query(CongressCases::map)
                .list();
    }

    /** Dossiers submitted by units whose direct superior is in a subtree where I approve: mine to appraise. */
    public List<CongressCase> awaitingAppraisal() {
        List<Long> roots = access.scopeRoots(Permission.CONGRESS_APPROVE);
        if (roots.isEmpty()) {
            return List.of();
        }
        // the direct superior as everywhere else: the explicit superior, else the parent
        String superiorInScope = OrgSql.within(OrgSql.directSuperior("c.org_id"), "in (" + ids(roots) + ")");
        return jdbc.sql(CongressCases.SELECT + " where c.state in ('DOSSIER_SUBMITTED', 'UNDER_APPRAISAL') and "
                        + superiorInScope + " order by c.state_changed_at, c.id limit " + LIMIT)
                .query(CongressCases::map)
                .list();
    }

    /** Congresses of my subtrees held (or planned) this week, Monday to Sunday. */
    public List<CongressCase> thisWeek() {
        List<Long> roots = access.scopeRoots(Permission.CONGRESS_APPROVE);
        if (roots.isEmpty()) {
            return List.of();
        }
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return jdbc.sql(CongressCases.SELECT + " where coalesce(c.opened_on, c.planned_on) between ? and ? and "
                        + inSubtrees(roots) + " order by coalesce(c.opened_on, c.planned_on), c.id limit " + LIMIT)
                .param(monday)
                .param(monday.plusDays(6))
                .query(CongressCases::map)
                .list();
    }

    /** The newest case of each unit I run the congress of (the node my role is on), with my next steps. */
    public List<CaseAndSteps> ofMyUnits() {
        List<Long> roots = access.scopeRoots(Permission.CONGRESS_MANAGE);
        if (roots.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql(CongressCases.SELECT + " where c.org_id in (" + ids(roots) + ")"
                        + " and c.term = (select max(t.term) from congress_case t where t.org_id = c.org_id)"
                        + " order by c.org_id limit " + LIMIT)
                .query(CongressCases::map)
                .list()
                .stream()
                .map(c -> new CaseAndSteps(c, cases.stepsForCurrentUser(c)))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String inSubtrees(List<Long> roots) {
        return OrgSql.within("c.org_id", "in (" + ids(roots) + ")");
    }

    /** Roots are ids read from role_assignment (longs), so joining them is safe from injection. */
    private static String ids(List<Long> roots) {
        return String.join(",", roots.stream().map(String::valueOf).toList());
    }
}

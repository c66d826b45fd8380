package vn.daihoi.season;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.CurrentUser;
import vn.daihoi.access.Permission;
import vn.daihoi.access.UserSql;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgSql;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressTransitions.Actor;
import vn.daihoi.season.CongressTransitions.Needs;
import vn.daihoi.season.CongressTransitions.Step;

/**
 * Reads congress cases and moves them through the state machine of {@link CongressTransitions}: each
 * step checks who takes it (the unit, or its direct superior), what it must carry, records who, when
 * and why, recomputes the case's deadline on the working-day calendar, and is audited.
 */
@Service
public class CongressCases {

    /**
     * The name of the case's unit (alias {@code c}) in its open version, or its last one when the unit is
     * closed: what every list of cases shows.
     */
    public static final String UNIT_NAME = OrgSql.name("c.org_id");

    static final String SELECT = """
            select c.*, """ + OrgSql.code("c.org_id") + " as org_code, " + UNIT_NAME + " as org_name, "
            + UserSql.fullName("c.follower_user_id") + """
             as follower_name
            from congress_case c
            """;

    private final ObjectProvider<StepGuard> guards;
    private final JdbcClient jdbc;
    private final AccessControl access;
    private final OrgTree tree;
    private final AuditLog audit;
    private final CongressDeadlines deadlines;
    private final Clock clock;

    CongressCases(
            JdbcClient jdbc,
            AccessControl access,
            OrgTree tree,
            AuditLog audit,
            CongressDeadlines deadlines,
            Clock clock,
            ObjectProvider<StepGuard> guards) {
        this.guards = guards;
        this.jdbc = jdbc;
        this.access = access;
        this.tree = tree;
        this.audit = audit;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The case, without a permission check (for other services). */
    public Optional<CongressCase> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?")
                .param(id)
                .query(CongressCases::map)
                .optional();
    }

    /** The case's unit, without a permission check; empty for an unknown case. */
    public Optional<Long> orgOf(long caseId) {
        return jdbc.sql("select org_id from congress_case where id = ?")
                .param(caseId)
                .query(Long.class)
                .optional();
    }

    /** The effective day of the case's latest step (a step recorded from paper carries the day typed); empty: none. */
    public Optional<LocalDate> lastStepOn(long caseId) {
        return jdbc.sql("select max(effective_on) from congress_transition where case_id = ?")
                .param(caseId)
                .query(LocalDate.class)
                .optional();
    }

    /**
     * Locks the case's row until the caller's transaction ends, so that writers of one case's rows in any module
     * (two budget editors, two filings taking a number, a roll change and a move of the case) go one after the
     * other. Returns the case's state once locked, or empty for an unknown case. Only inside a transaction: a lock
     * outside one would end with its statement.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CongressState> lock(long caseId) {
        return jdbc.sql("select state from congress_case where id = ? for update")
                .param(caseId)
                .query(String.class)
                .optional()
                .map(CongressState::valueOf);
    }

    /** The case of a unit for a term, without a permission check. */
    public Optional<CongressCase> find(long orgId, String term) {
        return jdbc.sql(SELECT + " where c.org_id = ? and c.term = ?")
                .param(orgId)
                .param(term)
                .query(CongressCases::map)
                .optional();
    }

    /** The case, for a user allowed to see its unit. */
    public CongressCase view(long id) {
        CongressCase c = find(id).orElseThrow(() -> DomainException.notFound("congress.error.notFound", id));
        access.require(Permission.CONGRESS_VIEW, c.orgId());
        return c;
    }

    /** The unit's cases, newest term first, for a user allowed to see the unit. */
    public List<CongressCase> ofUnit(long orgId) {
        access.require(Permission.CONGRESS_VIEW, orgId);
        return jdbc.sql(SELECT + " where c.org_id = ? order by c.term desc")
                .param(orgId)
                .query(CongressCases::map)
                .list();
    }

    public List<CongressHistoryEntry> history(long caseId) {
        return jdbc.sql("""
                        select from_state, to_state, effective_on, at, username, reason
                        from congress_transition where case_id = ? order by at, id""")
                .param(caseId)
                .query((rs, n) -> new CongressHistoryEntry(
                        state(rs.getString("from_state")),
                        CongressState.valueOf(rs.getString("to_state")),
                        rs.getObject("effective_on", LocalDate.class),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("username"),
                        rs.getString("reason")))
                .list();
    }

    /** The steps out of the case's state that the current user may take. */
    public List<Step> stepsForCurrentUser(CongressCase c) {
        return CongressTransitions.from(c.state(), c.resumeState()).stream()
                .filter(s -> mayTake(c, s))
                .toList();
    }

    /** Takes one step; refuses an illegal or unauthorised one, or one that lacks what it needs. */
    @Transactional
    public CongressCase move(long caseId, CongressMove move) {
        CongressCase c = jdbc.sql(SELECT + " where c.id = ? for update of c")
                .param(caseId)
                .query(CongressCases::map)
                .optional()
                .orElseThrow(() -> DomainException.notFound("congress.error.notFound", caseId));
        access.require(Permission.CONGRESS_VIEW, c.orgId());
        if (move.to() == null) {
            throw new DomainException("congress.error.noTarget");
        }
        Step step = CongressTransitions.find(c.state(), c.resumeState(), move.to())
                .orElseThrow(() -> DomainException.conflict(
                        "congress.error.illegal", label(c.state()), label(move.to()), c.orgName()));
        requireActor(c, step);
        if (move.version() != null && move.version() != c.version()) {
            throw DomainException.conflict("congress.error.stale", c.orgName());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = move.effectiveOn() != null ? move.effectiveOn() : today;
        if (effective.isAfter(today)) {
            throw new DomainException("congress.error.futureStep", Dates.format(effective));
        }
        LocalDate last = jdbc.sql("select max(effective_on) from congress_transition where case_id = ?")
                .param(caseId)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (last != null && effective.isBefore(last)) {
            throw new DomainException("congress.error.beforeLastStep", Dates.format(effective), Dates.format(last));
        }
        String reason = move.reason() == null ? null : move.reason().strip();
        if (reason != null && reason.isEmpty()) {
            reason = null;
        }
        if (reason != null && reason.length() > 2000) {
            throw new DomainException("congress.error.reasonTooLong");
        }
        if ((step.needs() == Needs.REASON || step.needs() == Needs.REASON_AND_NEW_DATE) && reason == null) {
            throw new DomainException("congress.error.reasonRequired", label(step.to()));
        }
        guards.orderedStream().forEach(guard -> guard.check(c, step.to()));
        State next = new State(c);
        next.state = step.to();
        next.reason = reason;
        switch (step.needs()) {
            case CONGRESS_DATE -> {
                deadlines.checkCongressDate(c, effective, move.date());
                next.plannedOn = move.date();
            }
            case REASON_AND_NEW_DATE -> {
                if (move.date() == null || !move.date().isAfter(today)) {
                    throw new DomainException("congress.error.newDateRequired");
                }
                next.postponedTo = move.date();
            }
            default -> {}
        }
        apply(c, step, effective, next);
        next.dueOn = deadlines.dueOn(c, next.state, c.windowTo(), next.postponedTo, next.closedOn, next.reportedOn);
        CurrentUser user = access.requireUser();
        jdbc.sql("""
                        update congress_case set state = ?, resume_state = ?, planned_on = ?, opened_on = ?,
                            closed_on = ?, reported_on = ?, confirmed_on = ?, postponed_to = ?, two_content = ?,
                            due_on = ?, state_reason = ?, state_changed_at = now(), version = version + 1
                        where id = ?""")
                .param(next.state.name())
                .param(next.resumeState == null ? null : next.resumeState.name())
                .param(next.plannedOn)
                .param(next.openedOn)
                .param(next.closedOn)
                .param(next.reportedOn)
                .param(next.confirmedOn)
                .param(next.postponedTo)
                .param(next.twoContent)
                .param(next.dueOn)
                .param(next.reason)
                .param(caseId)
                .update();
        jdbc.sql("""
                        insert into congress_transition (case_id, from_state, to_state, at, effective_on, user_id,
                            username, reason)
                        values (?, ?, ?, now(), ?, ?, ?, ?)""")
                .param(caseId)
                .param(c.state().name())
                .param(next.state.name())
                .param(effective)
                .param(user.id())
                .param(user.getUsername())
                .param(reason)
                .update();
        audit.record(AuditLog.Change.of(
                        "CONGRESS_STEP",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Đại hội " + c.orgName() + " nhiệm kỳ " + c.term() + ": " + c.state() + " → " + next.state)
                .withDetails("effectiveOn=" + effective + (reason == null ? "" : "; reason=" + reason)
                        + (move.date() == null ? "" : "; date=" + move.date())));
        return find(caseId).orElseThrow();
    }

    /**
     * Sets the deadline of a case outside a step: cleared while a complaint holds the confirmation (the
     * countdown stops), set again to the resumed deadline when the complaint is settled. Only a case waiting
     * for its confirmation (RESULT_REPORTED) is held; joins the caller's transaction, which audits why.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CongressCase holdDeadline(long caseId, LocalDate dueOn) {
        CongressCase c = jdbc.sql(SELECT + " where c.id = ? for update of c")
                .param(caseId)
                .query(CongressCases::map)
                .optional()
                .orElseThrow(() -> DomainException.notFound("congress.error.notFound", caseId));
        if (c.state() != CongressState.RESULT_REPORTED) {
            throw DomainException.conflict(
                    "congress.error.illegal", label(c.state()), label(CongressState.RESULT_REPORTED), c.orgName());
        }
        jdbc.sql("update congress_case set due_on = ?, version = version + 1 where id = ?")
                .param(dueOn)
                .param(caseId)
                .update();
        return find(caseId).orElseThrow();
    }

    private static void apply(CongressCase c, Step step, LocalDate effective, State next) {
        switch (step.to()) {
            case POSTPONED -> next.resumeState = c.state();
            case COMMITTEE_APPOINTED -> next.twoContent = true;
            case CONVENED -> {
                if (c.state() == CongressState.RESULT_ANNULLED) {
                    // A re-election: the annulled congress's dates no longer stand.
                    next.openedOn = null;
                    next.closedOn = null;
                    next.reportedOn = null;
                    next.confirmedOn = null;
                }
            }
            case PREPARATORY_SESSION -> next.openedOn = effective;
            case IN_SESSION -> {
                if (next.openedOn == null || c.state() != CongressState.PREPARATORY_SESSION) {
                    next.openedOn = effective;
                }
            }
            case CLOSED -> next.closedOn = effective;
            case RESULT_REPORTED -> next.reportedOn = effective;
            case CONFIRMED -> next.confirmedOn = effective;
            default -> {}
        }
        if (c.state() == CongressState.POSTPONED) {
            next.resumeState = null;
        }
    }

    private void requireActor(CongressCase c, Step step) {
        if (!mayTake(c, step)) {
            throw new AccessDeniedException(step.actor() + " step " + step.to() + " of case " + c.id());
        }
    }

    /**
     * The unit's side needs CONGRESS_MANAGE on the unit; the superior's side CONGRESS_APPROVE on its direct
     * superior, or, for the appraisal steps, being the standing-committee member who follows the unit (the plan
     * assigns them to appraise its dossier).
     */
    private boolean mayTake(CongressCase c, Step step) {
        if (step.actor() == Actor.UNIT) {
            return access.can(Permission.CONGRESS_MANAGE, c.orgId());
        }
        if (access.can(Permission.CONGRESS_APPROVE, superiorOf(c.orgId()))) {
            return true;
        }
        boolean appraisal =
                step.from() == CongressState.DOSSIER_SUBMITTED || step.from() == CongressState.UNDER_APPRAISAL;
        return appraisal
                && c.followerUserId() != null
                && access.currentUser().map(u -> u.id() == c.followerUserId()).orElse(false);
    }

    /** The direct superior today; the root decides for itself. */
    long superiorOf(long orgId) {
        return tree.node(orgId, LocalDate.now(clock))
                .or(() -> tree.lastKnown(orgId, LocalDate.now(clock)))
                .map(OrgNode::directSuperiorId)
                .orElse(orgId);
    }

    static DefaultMessageSourceResolvable label(CongressState state) {
        return new DefaultMessageSourceResolvable(state.labelKey());
    }

    private static CongressState state(String s) {
        return s == null ? null : CongressState.valueOf(s);
    }

    static CongressCase map(ResultSet rs, int n) throws SQLException {
        Long follower = rs.getObject("follower_user_id", Long.class);
        return new CongressCase(
                rs.getLong("id"),
                rs.getLong("org_id"),
                rs.getString("org_code"),
                rs.getString("org_name"),
                rs.getString("term"),
                OrgLevel.valueOf(rs.getString("level")),
                CongressState.valueOf(rs.getString("state")),
                state(rs.getString("resume_state")),
                rs.getString("kind"),
                rs.getBoolean("pilot"),
                rs.getBoolean("direct_secretary"),
                rs.getBoolean("two_content"),
                rs.getObject("plan_id", Long.class),
                rs.getObject("window_from", LocalDate.class),
                rs.getObject("window_to", LocalDate.class),
                rs.getBigDecimal("max_days"),
                rs.getObject("planned_on", LocalDate.class),
                rs.getObject("opened_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getObject("reported_on", LocalDate.class),
                rs.getObject("confirmed_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                follower,
                rs.getString("follower_name"),
                rs.getObject("delegate_quota", Integer.class),
                rs.getObject("postponed_to", LocalDate.class),
                rs.getString("state_reason"),
                rs.getTimestamp("state_changed_at").toInstant(),
                rs.getInt("version"));
    }

    /** The mutable fields of a case while a step is worked out. */
    private static final class State {
        CongressState state;
        CongressState resumeState;
        LocalDate plannedOn;
        LocalDate openedOn;
        LocalDate closedOn;
        LocalDate reportedOn;
        LocalDate confirmedOn;
        LocalDate postponedTo;
        LocalDate dueOn;
        boolean twoContent;
        String reason;

        State(CongressCase c) {
            resumeState = c.resumeState();
            plannedOn = c.plannedOn();
            openedOn = c.openedOn();
            closedOn = c.closedOn();
            reportedOn = c.reportedOn();
            confirmedOn = c.confirmedOn();
            postponedTo = c.postponedTo();
            twoContent = c.twoContent();
        }
    }
}

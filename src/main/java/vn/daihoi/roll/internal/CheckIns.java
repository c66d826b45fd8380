package vn.daihoi.roll.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.DomainException;
import vn.daihoi.roll.Roll;
import vn.daihoi.roll.VotingBase;
import vn.daihoi.season.CaseSql;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressState;

/**
 * Check-in at the door: a badge's token (scanned) or its number (typed). One short transaction each; the first
 * check-in wins ({@code on conflict do nothing}), a repeat scan changes nothing and says when. roll_checkin
 * holds who checked whom in and when, so check-ins are not copied into the audit log one by one.
 */
@Service
public class CheckIns {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final Roll roll;
    private final Clock clock;

    private final CongressCases cases;

    CheckIns(JdbcClient jdbc, AccessControl access, Roll roll, Clock clock, CongressCases cases) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.access = access;
        this.roll = roll;
        this.clock = clock;
    }

    /**
     * Checks in the badge with {@code token} or, when the token is blank, the one numbered {@code number}. The
     * door's hot path, three statements: the case and the badge read together (a scanned token by its unique
     * index), the user's scope, then the check-in written or the earlier one read back in one statement.
     */
    @Transactional
    public CheckInAnswer checkIn(long caseId, String token, Integer number) {
        String t = token == null ? "" : token.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.isEmpty() && number == null) {
            requireRun(caseId);
            throw new DomainException("roll.error.tokenOrNumber");
        }
        record Found(
                long orgId,
                CongressState state,
                LocalDate plannedOn,
                Long id,
                int number,
                String fullName,
                boolean summoned,
                boolean counted) {}
        // the badge is joined to its case so that a token of another congress reads as unknown
        String badge = t.isEmpty() ? "e.case_id = k.id and e.number = ?" : "e.badge_token = ? and e.case_id = k.id";
        Found f = jdbc.sql("""
                        select k.org_id, k.state, k.planned_on, e.id, e.number, e.full_name, e.summoned,
                            e.exclusion is null as counted
                        from (select id, %s as org_id, %s as state, %s as planned_on from (select ?::bigint as id) i) k
                        left join roll_entry e on\s""".formatted(CaseSql.orgId("i.id"), CaseSql.state("i.id"), CaseSql.plannedOn("i.id"))
                        + badge + " where k.org_id is not null")
                .param(caseId)
                .param(t.isEmpty() ? number : t)
                .query((rs, i) -> new Found(
                        rs.getLong(1),
                        CongressState.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, Long.class),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getBoolean(8)))
                .optional()
                .orElseThrow(() -> DomainException.notFound("roll.error.noCase", caseId));
        requireRun(caseId, f.orgId(), f.state(), f.plannedOn());
        if (f.id() == null) {
            return CheckInAnswer.unknown();
        }
        if (!f.summoned()) {
            return new CheckInAnswer(CheckInAnswer.Outcome.NOT_SUMMONED, f.number(), f.fullName(), null, false);
        }
        String username = access.requireUser().getUsername();
        // a repeat scan conflicts and reads the first check-in in the same statement; when two doors scan the
        // same badge at once, the loser waited for a check-in committed after its snapshot and reads it after
        record Written(OffsetDateTime at, boolean now) {}
        Written w = jdbc.sql("""
                        with fresh as (
                            insert into roll_checkin (roll_entry_id, checked_at, username) values (?, ?, ?)
                            on conflict do nothing returning checked_at)
                        select checked_at, true from fresh
                        union all
                        select checked_at, false from roll_checkin
                        where roll_entry_id = ? and not exists (select 1 from fresh)""")
                .param(f.id())
                .param(OffsetDateTime.now(clock))
                .param(username)
                .param(f.id())
                .query((rs, i) -> new Written(rs.getObject(1, OffsetDateTime.class), rs.getBoolean(2)))
                .optional()
                .orElseGet(() -> new Written(
                        jdbc.sql("select checked_at from roll_checkin where roll_entry_id = ?")
                                .param(f.id())
                                .query(OffsetDateTime.class)
                                .single(),
                        false));
        return new CheckInAnswer(
                w.now() ? CheckInAnswer.Outcome.CHECKED_IN : CheckInAnswer.Outcome.ALREADY_CHECKED_IN,
                f.number(),
                f.fullName(),
                w.at(),
                f.counted());
    }

    /** The live count for the door's screen: present, D, the quorum needed and whether it is reached. */
    @Transactional(readOnly = true)
    public VotingBase count(long caseId) {
        long orgId = orgOf(caseId);
        access.require(Permission.CONGRESS_VIEW, orgId);
        return roll.base(caseId);
    }

    private void requireRun(long caseId) {
        record Facts(long orgId, CongressState state, LocalDate plannedOn) {}
        Facts f = cases.find(caseId)
                .map(c -> new Facts(c.orgId(), c.state(), c.plannedOn()))
                .orElseThrow(() -> DomainException.notFound("roll.error.noCase", caseId));
        requireRun(caseId, f.orgId(), f.state(), f.plannedOn());
    }

    /**
     * The office may run the day and the case is on its congress day ({@link RollActivity#CHECK_IN}); the case's
     * full view is read only to word a refusal.
     */
    private void requireRun(long caseId, long orgId, CongressState state, LocalDate plannedOn) {
        access.require(Permission.CONGRESS_DAY_RUN, orgId);
        LocalDate today = LocalDate.now(clock);
        if (!RollActivity.CHECK_IN.allows(state, plannedOn, today)) {
            RollActivity.CHECK_IN.require(cases.find(caseId).orElseThrow(), state, today);
        }
    }

    private long orgOf(long caseId) {
        return cases.orgOf(caseId).orElseThrow(() -> DomainException.notFound("roll.error.noCase", caseId));
    }
}

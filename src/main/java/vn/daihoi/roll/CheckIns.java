package vn.daihoi.roll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.DomainException;
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

    /** Checks in the badge with {@code token} or, when the token is blank, the one numbered {@code number}. */
    @Transactional
    public CheckInAnswer checkIn(long caseId, String token, Integer number) {
        requireRun(caseId);
        String t = token == null ? "" : token.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.isEmpty() && number == null) {
            throw new DomainException("roll.error.tokenOrNumber");
        }
        record Found(long id, int number, String fullName, boolean summoned, boolean counted) {}
        Optional<Found> found = jdbc.sql("""
                        select id, number, full_name, summoned, exclusion is null as counted from roll_entry
                        where case_id = ? and (badge_token = ? or (? = '' and number = ?))""")
                .param(caseId)
                .param(t)
                .param(t)
                .param(number == null ? -1 : number)
                .query((rs, i) ->
                        new Found(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)))
                .optional();
        if (found.isEmpty()) {
            return CheckInAnswer.unknown();
        }
        Found f = found.get();
        if (!f.summoned()) {
            return new CheckInAnswer(CheckInAnswer.Outcome.NOT_SUMMONED, f.number(), f.fullName(), null, false);
        }
        String username = access.requireUser().getUsername();
        Optional<OffsetDateTime> now = jdbc.sql("""
                        insert into roll_checkin (roll_entry_id, checked_at, username) values (?, ?, ?)
                        on conflict do nothing returning checked_at""")
                .param(f.id())
                .param(OffsetDateTime.now(clock))
                .param(username)
                .query(OffsetDateTime.class)
                .optional();
        if (now.isPresent()) {
            return new CheckInAnswer(
                    CheckInAnswer.Outcome.CHECKED_IN, f.number(), f.fullName(), now.get(), f.counted());
        }
        OffsetDateTime earlier = jdbc.sql("select checked_at from roll_checkin where roll_entry_id = ?")
                .param(f.id())
                .query(OffsetDateTime.class)
                .single();
        return new CheckInAnswer(
                CheckInAnswer.Outcome.ALREADY_CHECKED_IN, f.number(), f.fullName(), earlier, f.counted());
    }

    /** The live count for the door's screen: present, D, the quorum needed and whether it is reached. */
    @Transactional(readOnly = true)
    public VotingBase count(long caseId) {
        long orgId = orgOf(caseId);
        access.require(Permission.CONGRESS_VIEW, orgId);
        return roll.base(caseId);
    }

    /**
     * The office may run the day and the case is on its congress day ({@link RollActivity#CHECK_IN}); one small
     * read on the hot path, the case's full view only to word a refusal.
     */
    private void requireRun(long caseId) {
        record Facts(long orgId, String state, LocalDate plannedOn) {}
        Facts f = jdbc.sql("select org_id, state, planned_on from congress_case where id = ?")
                .param(caseId)
                .query((rs, i) -> new Facts(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional()
                .orElseThrow(() -> DomainException.notFound("roll.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, f.orgId());
        CongressState state = CongressState.valueOf(f.state());
        LocalDate today = LocalDate.now(clock);
        if (!RollActivity.CHECK_IN.allows(state, f.plannedOn(), today)) {
            RollActivity.CHECK_IN.require(cases.find(caseId).orElseThrow(), state, today);
        }
    }

    private long orgOf(long caseId) {
        return jdbc.sql("select org_id from congress_case where id = ?")
                .param(caseId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("roll.error.noCase", caseId));
    }
}

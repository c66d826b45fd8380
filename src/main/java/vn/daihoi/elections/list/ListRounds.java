package vn.daihoi.elections.list;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.Purpose;
import vn.daihoi.elections.RoundState;
import vn.daihoi.elections.internal.Scope;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CaseSql;

/** The round of a list being built, read (or locked to change it), its entries and the audit of a change. */
@Component
class ListRounds {

    record ListRound(
            long roundId,
            long electionId,
            long caseId,
            long orgId,
            String title,
            Body body,
            BallotForm form,
            int seats,
            int roundNo,
            boolean runoff,
            RoundState state,
            Purpose purpose) {}

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;

    ListRounds(JdbcClient jdbc, AccessControl access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    ListRound round(long roundId, boolean lock) {
        return jdbc.sql("""
                        select r.id as round_id, e.id as election_id, e.case_id, %s as org_id, e.title, e.body,
                               coalesce(r.ballot_form, e.ballot_form) as form, r.seats, r.round_no, r.runoff,
                               r.state, r.purpose
                        from election_round r join election e on e.id = r.election_id
                        where r.id = ?
                        """.formatted(CaseSql.orgId("e.case_id")) + (lock ? " for update of r" : ""))
                .param(roundId)
                .query(ListRound.class)
                .optional()
                .orElseThrow(() -> Scope.unknown("round", roundId));
    }

    /** The round, locked, if its list may still change: CONGRESS_DAY_RUN and state LIST. */
    ListRound editable(long roundId) {
        ListRound r = round(roundId, true);
        access.require(Permission.CONGRESS_DAY_RUN, r.orgId());
        if (r.state() != RoundState.LIST || r.purpose() != Purpose.ELECTION) {
            throw DomainException.conflict("elections.list.error.fixed", r.title(), r.roundNo());
        }
        return r;
    }

    ListEntry entry(long roundId, long entryId) {
        return ListEntries.of(jdbc, roundId).stream()
                .filter(e -> e.id() == entryId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("elections.list.error.noEntry", entryId));
    }

    void audit(ListRound r, String action, String summary) {
        audit.record(AuditLog.Change.of(action, "election_round", r.roundId(), r.orgId(), r.title() + ": " + summary)
                .withDetails("electionId=" + r.electionId() + ", round=" + r.roundNo()));
    }
}

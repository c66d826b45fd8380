package vn.daihoi.elections;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.BaseKind;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.Counting;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.ErrorCode;
import vn.daihoi.counting.Purpose;
import vn.daihoi.counting.Status;
import vn.daihoi.elections.internal.Scope;
import vn.daihoi.elections.list.ListEntries;
import vn.daihoi.platform.DomainException;
import vn.daihoi.roll.Roll;
import vn.daihoi.roll.VotingBase;
import vn.daihoi.season.CaseSql;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressState;
import vn.daihoi.tally.RecordJson;
import vn.daihoi.tally.ResultJson;

/**
 * The rounds as the counting table sees them: the sheet to key against, the counts of ballots issued and
 * collected, and the release of the entered count through the counting engine.
 */
@Service
public class ElectionRounds {

    private final JdbcClient jdbc;
    private final Roll roll;
    private final AccessControl access;
    private final AuditLog audit;
    private final java.time.Clock clock;
    private final MinutesFacts facts;
    private final CongressCases cases;
    private final ObjectProvider<CountsGuard> countsGuards;
    private final RoundNames keptNames = new RoundNames();

    ElectionRounds(
            JdbcClient jdbc,
            Roll roll,
            AccessControl access,
            AuditLog audit,
            java.time.Clock clock,
            MinutesFacts facts,
            CongressCases cases,
            ObjectProvider<CountsGuard> countsGuards) {
        this.jdbc = jdbc;
        this.cases = cases;
        // looked up when used: the implementers depend on this service themselves
        this.countsGuards = countsGuards;
        this.facts = facts;
        this.roll = roll;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private record Head(
            long roundId,
            long electionId,
            long caseId,
            long orgId,
            String title,
            Body body,
            BallotForm form,
            String meeting,
            Integer baseValue,
            Purpose purpose,
            int seats,
            int roundNo,
            boolean runoff,
            RoundState state,
            Integer issued,
            Integer collected,
            CongressState caseState) {}

    private Head head(long roundId, boolean forUpdate) {
        return jdbc.sql("""
                        select r.id as round_id, e.id as election_id, e.case_id, %s as org_id, e.title, e.body,
                               coalesce(r.ballot_form, e.ballot_form) as form, e.meeting, e.base_value, r.purpose, r.seats, r.round_no, r.runoff, r.state,
                               r.issued, r.collected, %s as case_state
                        from election_round r join election e on e.id = r.election_id
                        where r.id = ?
                        """.formatted(CaseSql.orgId("e.case_id"), CaseSql.state("e.case_id"))
                        + (forUpdate ? " for update of r" : ""))
                .param(roundId)
                .query(Head.class)
                .optional()
                .orElseThrow(() -> Scope.unknown("round", roundId));
    }

    /** The sheet of a round, for those who enter its ballots (or run the congress). */
    @Transactional(readOnly = true)
    public RoundSheet sheet(long roundId) {
        Head h = head(roundId, false);
        if (!access.can(Permission.BALLOT_ENTER, h.orgId())) {
            access.require(Permission.CONGRESS_DAY_RUN, h.orgId());
        }
        return sheet(h);
    }

    private RoundSheet sheet(Head h) {
        long roundId = h.roundId();
        // the state read with the head in this transaction is the stamp of the kept names (RoundNames)
        List<RoundSheet.Name> names = keptNames.of(
                roundId,
                h.state(),
                () -> jdbc.sql("select position, full_name from round_candidate where round_id = ? order by position")
                        .param(roundId)
                        .query((rs, i) -> new RoundSheet.Name(
                                rs.getInt("position"),
                                RoundSheet.candidateId(rs.getInt("position")),
                                rs.getString("full_name")))
                        .list());
        return new RoundSheet(
                h.roundId(),
                h.electionId(),
                h.caseId(),
                h.title(),
                h.body(),
                h.form(),
                h.purpose(),
                h.seats(),
                h.roundNo(),
                h.runoff(),
                h.state(),
                h.issued(),
                h.collected(),
                names);
    }

    /**
     * Refuses unless the round's congress is in a step where its ballots are keyed (the official session; for the
     * new committee's first meeting also once closed or at the meeting), with a message naming the step.
     */
    @Transactional(readOnly = true)
    public void requireSitting(long roundId) {
        Head h = head(roundId, false);
        SessionSteps steps =
                "FIRST_MEETING".equals(h.meeting()) ? SessionSteps.KEYING_FIRST_MEETING : SessionSteps.KEYING;
        CongressState state = h.caseState();
        if (!steps.allows(state)) {
            steps.require(
                    state, cases.find(h.caseId()).map(CongressCase::orgName).orElse(""));
        }
    }

    /**
     * Records the ballots issued and collected (entered by the counting committee before counting); the
     * round is then open for entry. Collected above issued is refused here, before anyone keys a ballot.
     */
    @Transactional
    public void recordCounts(long roundId, int issued, int collected) {
        Head before = head(roundId, false);
        access.require(Permission.CONGRESS_DAY_RUN, before.orgId());
        requireCountsMayChange(before, issued, collected);
        // the guards (keying: not below the ballots keyed, logged) lock their rows before the round's row is
        // locked, in the order a release takes them
        countsGuards.orderedStream().forEach(guard -> guard.countsChanging(roundId, issued, collected));
        Head h = head(roundId, true);
        requireCountsMayChange(h, issued, collected);
        jdbc.sql("update election_round set issued = ?, collected = ?, state = 'COUNTING' where id = ?")
                .params(issued, collected, roundId)
                .update();
        audit.record(AuditLog.Change.of(
                "ROUND_COUNTS",
                "election_round",
                roundId,
                h.orgId(),
                "Số phiếu " + h.title() + ", vòng " + h.roundNo() + ": phát ra " + issued + ", thu vào " + collected
                        + (h.collected() == null
                                ? ""
                                : " (trước đó: phát ra " + h.issued() + ", thu vào " + h.collected() + ")")));
    }

    private static void requireCountsMayChange(Head h, int issued, int collected) {
        if (h.state() == RoundState.RELEASED) {
            throw DomainException.conflict("elections.error.released", h.title(), h.roundNo());
        }
        if (h.state() == RoundState.LIST) {
            // ballots exist only once the congress approved the list (ElectionLists.fix)
            throw DomainException.conflict("elections.list.error.notFixed", h.title(), h.roundNo());
        }
        if (issued < 0 || collected < 0 || collected > issued) {
            throw new DomainException("elections.error.counts", issued, collected);
        }
    }

    /**
     * Releases a round: builds its election record from the roll's base now, the list and the entered count,
     * has the engine count it and keeps the result as the congress's result. A refused record (counts that do
     * not add up) changes nothing and comes back as a conflict naming the engine's reasons.
     */
    @Transactional
    public CountResult release(long roundId, EnteredCount entered) {
        Head h = head(roundId, true);
        access.require(Permission.CONGRESS_DAY_RUN, h.orgId());
        if (h.state() == RoundState.RELEASED) {
            throw DomainException.conflict("elections.error.released", h.title(), h.roundNo());
        }
        if (h.issued() == null || h.collected() == null) {
            throw DomainException.conflict("elections.error.noCounts", h.title(), h.roundNo());
        }
        // the head read above, locked and checked: the sheet needs only the names
        RoundSheet sheet = sheet(h);
        ElectionRecord record = new ElectionRecord(
                new ElectionRecord.Election(
                        h.title(),
                        sheet.body(),
                        sheet.purpose(),
                        h.seats(),
                        h.roundNo(),
                        h.runoff(),
                        sheet.ballotForm()),
                base(h),
                sheet.names().stream()
                        .map(n -> new ElectionRecord.Candidate(n.candidateId(), n.fullName()))
                        .toList(),
                new ElectionRecord.Counts(h.issued(), h.collected()),
                entered instanceof EnteredCount.Keyed k ? k.ballots() : null,
                entered instanceof EnteredCount.Totals t ? t.tally() : null,
                null);
        CountResult result = Counting.count(record);
        if (result instanceof CountResult.Refused refused) {
            if (refused.errors().stream().anyMatch(e -> e.code() == ErrorCode.BAD_BASE)) {
                throw baseRefused(h, record.base());
            }
            throw DomainException.conflict(
                    "elections.error.refused",
                    refused.errors().stream()
                            .map(e -> e.message())
                            .reduce((a, b) -> a + " " + b)
                            .orElse(""));
        }
        Instant now = clock.instant();
        String recordText = RecordJson.write(record, facts.minutes(h.caseId(), entered, now));
        String resultText = ResultJson.write(result);
        jdbc.sql("""
                        update election_round set state = 'RELEASED', record_json = ?::jsonb, record_text = ?,
                               result_json = ?::jsonb, result_text = ?, released_at = ?
                        where id = ?
                        """)
                .params(recordText, recordText, resultText, resultText, Timestamp.from(now), roundId)
                .update();
        String admitted = null;
        if (result instanceof CountResult.Counted c && sheet.purpose() == Purpose.NOMINATION_OPINION) {
            // an opinion ballot elects nobody: it admits names to the list it feeds, the election stays open
            admitted = ListEntries.admit(jdbc, roundId, c);
        } else if (result instanceof CountResult.Counted c && c.status() == Status.DECIDED && c.vacancies() == 0) {
            // every seat filled: nothing left for the congress to decide
            jdbc.sql("update election set state = 'CLOSED', closed_at = ? where id = ?")
                    .params(Timestamp.from(now), h.electionId())
                    .update();
        }
        audit.record(AuditLog.Change.of(
                        "ROUND_RELEASE",
                        "election_round",
                        roundId,
                        h.orgId(),
                        admitted != null
                                ? "Công bố kết quả phiếu xin ý kiến " + h.title() + ": " + admitted
                                : "Công bố kết quả " + h.title() + ", vòng " + h.roundNo())
                .withDetails(
                        entered instanceof EnteredCount.Keyed k
                                ? "keyed by " + k.teams() + " teams, entry log " + k.entryLogEntries() + " "
                                        + k.entryLogDigest()
                                : "totals counted by hand"));
        return result;
    }

    /**
     * The engine's refusal of the base put in the congress's words: its messages name the record's fields
     * ({@code base.present}), which mean nothing to the counting committee.
     */
    private static DomainException baseRefused(Head h, ElectionRecord.Base base) {
        int excluded = base.excluded() == null
                ? 0
                : base.excluded().values().stream().mapToInt(Integer::intValue).sum();
        int d = base.summoned() == null ? (base.value() == null ? 0 : base.value()) : base.summoned() - excluded;
        if (d <= 0) {
            return DomainException.conflict("elections.error.emptyRoll", h.title(), h.roundNo());
        }
        if (base.present() != null && base.present() == 0) {
            return DomainException.conflict("elections.error.noneCheckedIn", h.title(), h.roundNo());
        }
        return DomainException.conflict(
                "elections.error.badBase", h.title(), h.roundNo(), d, base.present() == null ? "—" : base.present());
    }

    /**
     * The base of the vote: the congress's roll now, or for the new committee's first meeting its sitting
     * members (elections.md §2, committee meeting).
     */
    private ElectionRecord.Base base(Head h) {
        if ("FIRST_MEETING".equals(h.meeting())) {
            return new ElectionRecord.Base(BaseKind.COMMITTEE_MEETING, h.baseValue(), Map.of(), null, null);
        }
        VotingBase base = roll.base(h.caseId());
        return new ElectionRecord.Base(base.kind(), base.summoned(), base.excluded(), null, base.present());
    }
}

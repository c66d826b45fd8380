package vn.daihoi.elections.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Status;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.elections.RoundState;
import vn.daihoi.names.PersonName;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.SafeNames;
import vn.daihoi.season.CaseSql;

/**
 * What follows a released round (elections.md §5): a run-off among the candidates tied at the last seat; for
 * vacancies the congress's decision, another round (on the unsuccessful names, with or without new
 * nominations) or stop. The election is closed when every seat is filled or the congress stops.
 */
@Service
public class RoundDecisions {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    private final CountingCommitteeCheck countingCommittee;

    RoundDecisions(
            JdbcClient jdbc,
            AccessControl access,
            AuditLog audit,
            Clock clock,
            CountingCommitteeCheck countingCommittee) {
        this.countingCommittee = countingCommittee;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private record Released(
            long roundId,
            long electionId,
            long orgId,
            String title,
            BallotForm electionForm,
            String electionState,
            int roundNo,
            RoundState state,
            Status status,
            Integer vacancies,
            String decision,
            int lastRound) {}

    private Released released(long roundId) {
        Released r = jdbc.sql("""
                        select r.id as round_id, e.id as election_id, %s as org_id, e.title, e.ballot_form as election_form,
                               e.state as election_state, r.round_no, r.state, r.result_json->>'status' as status,
                               (r.result_json->>'vacancies')::int as vacancies, r.decision,
                               (select max(round_no) from election_round x where x.election_id = e.id) as last_round
                        from election_round r join election e on e.id = r.election_id
                        where r.id = ? and r.purpose = 'ELECTION' for update of e
                        """.formatted(CaseSql.orgId("e.case_id")))
                .param(roundId)
                .query(Released.class)
                .optional()
                .orElseThrow(() -> Scope.unknown("round", roundId));
        access.require(Permission.CONGRESS_DAY_RUN, r.orgId());
        if (r.state() != RoundState.RELEASED) {
            throw DomainException.conflict("elections.error.notReleased", r.title(), r.roundNo());
        }
        if (r.decision() != null || r.lastRound() != r.roundNo() || "CLOSED".equals(r.electionState())) {
            throw DomainException.conflict("elections.error.decided", r.title(), r.roundNo());
        }
        return r;
    }

    /** Opens the run-off round among the candidates tied at the last seat, for the seats left; its round id. */
    @Transactional
    public long openRunoff(long roundId) {
        Released r = released(roundId);
        if (r.status() != Status.RUNOFF_REQUIRED) {
            throw DomainException.conflict("elections.error.noRunoff", r.title(), r.roundNo());
        }
        int seats = jdbc.sql("select (result_json->'runoff'->>'seats')::int from election_round where id = ?")
                .param(roundId)
                .query(Integer.class)
                .single();
        List<ListedName> tied =
                jdbc.sql("""
                        select c.member_id, c.full_name, c.birth_date from round_candidate c
                        where c.round_id = ? and exists (
                            select 1 from election_round r,
                                   jsonb_array_elements_text(r.result_json->'runoff'->'candidates') t
                            where r.id = c.round_id and t = 'c' || lpad(c.position::text, 2, '0'))
                        order by c.position
                        """).param(roundId).query(ListedName.class).list();
        long next = newRound(r, seats, true, tied);
        decide(r, "RUNOFF", null);
        audit.record(AuditLog.Change.of(
                        "ROUND_RUNOFF",
                        "election_round",
                        next,
                        r.orgId(),
                        "Bầu bổ sung (vòng " + (r.roundNo() + 1) + ") giữa " + tied.size()
                                + " người bằng phiếu ở vị trí cuối: " + r.title() + ", " + seats + " người")
                .withDetails("afterRound=" + roundId));
        return next;
    }

    /**
     * The congress decides another round for the vacancies: the names not elected in the round, then any new
     * nominations the congress admitted; the list goes in ballot order. Returns the new round's id.
     */
    @Transactional
    public long anotherRound(long roundId, List<ListedName> newNames, String decisionNote) {
        Released r = released(roundId);
        if (r.status() != Status.DECIDED || r.vacancies() == null || r.vacancies() == 0) {
            throw DomainException.conflict("elections.error.noVacancy", r.title(), r.roundNo());
        }
        String note = note(decisionNote);
        List<ListedName> names = new ArrayList<>(
                jdbc.sql("""
                        select c.member_id, c.full_name, c.birth_date from round_candidate c
                        join election_round r on r.id = c.round_id
                        where c.round_id = ? and not exists (
                            select 1 from jsonb_array_elements_text(r.result_json->'elected') el
                            where el = 'c' || lpad(c.position::text, 2, '0'))
                        order by c.position
                        """).param(roundId).query(ListedName.class).list());
        Set<String> seen = new HashSet<>();
        names.forEach(n -> seen.add(PersonName.clean(n.fullName())));
        for (ListedName n : newNames == null ? List.<ListedName>of() : newNames) {
            if (n.fullName() == null || PersonName.clean(n.fullName()).isEmpty()) {
                throw new DomainException("elections.error.blankName", names.size() + 1);
            }
            SafeNames.require(n.fullName(), "name.field.ballotName", names.size() + 1);
            if (!seen.add(PersonName.clean(n.fullName())) && n.birthDate() == null) {
                throw new DomainException("elections.error.duplicateName", PersonName.clean(n.fullName()));
            }
            names.add(n);
        }
        if (names.isEmpty()) {
            throw new DomainException("elections.error.emptyList");
        }
        if (newNames != null && !newNames.isEmpty()) {
            long caseId = jdbc.sql("select case_id from election where id = ?")
                    .param(r.electionId())
                    .query(Long.class)
                    .single();
            countingCommittee.requireNoneOnTheCommittee(caseId, newNames);
        }
        long next = newRound(r, r.vacancies(), false, Elections.inBallotOrder(names));
        decide(r, "ANOTHER_ROUND", note);
        audit.record(AuditLog.Change.of(
                        "ROUND_ANOTHER",
                        "election_round",
                        next,
                        r.orgId(),
                        "Đại hội quyết định bầu tiếp vòng " + (r.roundNo() + 1) + " cho " + r.vacancies()
                                + " chỗ còn thiếu: " + r.title())
                .withDetails("afterRound=" + roundId + "; " + note));
        return next;
    }

    /** The congress decides to stop with seats left vacant: the election is closed. */
    @Transactional
    public void stop(long roundId, String decisionNote) {
        Released r = released(roundId);
        if (r.status() != Status.DECIDED) {
            throw DomainException.conflict("elections.error.noVacancy", r.title(), r.roundNo());
        }
        String note = note(decisionNote);
        decide(r, "STOP", note);
        jdbc.sql("update election set state = 'CLOSED', closed_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), r.electionId())
                .update();
        audit.record(AuditLog.Change.of(
                        "ELECTION_STOP",
                        "election",
                        r.electionId(),
                        r.orgId(),
                        "Đại hội quyết định dừng bầu sau vòng " + r.roundNo() + " (" + r.vacancies()
                                + " chỗ để trống): " + r.title())
                .withDetails(note));
    }

    private static String note(String decisionNote) {
        String note = decisionNote == null ? "" : PersonName.clean(decisionNote);
        if (note.isEmpty() || note.length() > 1000) {
            throw new DomainException("elections.error.decisionNote");
        }
        return note;
    }

    private void decide(Released r, String decision, String note) {
        jdbc.sql("""
                        update election_round set decision = ?, decision_note = ?, decided_by = ?, decided_at = ?
                        where id = ?
                        """)
                .params(
                        decision,
                        note,
                        access.requireUser().getUsername(),
                        Timestamp.from(clock.instant()),
                        r.roundId())
                .update();
    }

    private long newRound(Released r, int seats, boolean runoff, List<ListedName> ordered) {
        // agree/disagree needs as many names as seats; any other list is struck out (elections.md §4)
        String form = r.electionForm() == BallotForm.AGREE_DISAGREE && ordered.size() != seats ? "STRIKE_OUT" : null;
        long next = jdbc.sql("""
                        insert into election_round (election_id, round_no, runoff, seats, ballot_form, state)
                        values (?, ?, ?, ?, ?, 'BALLOTING') returning id
                        """)
                .params(r.electionId(), r.roundNo() + 1, runoff, seats, form)
                .query(Long.class)
                .single();
        RoundLists.insert(jdbc, next, ordered);
        return next;
    }
}

package vn.daihoi.elections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.Purpose;
import vn.daihoi.counting.Status;
import vn.daihoi.elections.internal.Scope;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CaseSql;

/**
 * Reads the elections of a congress as they stand: each election with its rounds, their states and the
 * released results; the election record and result JSON of a released round, exactly as exported.
 */
@Service
public class ElectionBook {

    private final JdbcClient jdbc;
    private final AccessControl access;

    ElectionBook(JdbcClient jdbc, AccessControl access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** One election and its rounds, oldest first. */
    public record ElectionView(
            long id,
            String title,
            Body body,
            int seats,
            BallotForm ballotForm,
            String meeting,
            String state,
            List<RoundView> rounds) {}

    /**
     * One round; {@code status}, {@code elected}, {@code runoff} and {@code vacancies} once released
     * ({@code status} DECIDED or RUNOFF_REQUIRED), {@code decision} the congress's decision after it.
     */
    public record RoundView(
            long id,
            int round,
            boolean runoff,
            Purpose purpose,
            int seats,
            RoundState state,
            Integer issued,
            Integer collected,
            Status status,
            Integer base,
            List<Elected> elected,
            List<String> runoffCandidates,
            Integer vacancies,
            String decision,
            String decisionNote,
            List<String> names,
            List<CandidateLine> results) {}

    /** One elected name with its votes and percentage of D (two decimals, dot, as in the result JSON). */
    public record Elected(String id, String name, int votes, String percentOfBase) {}

    /**
     * Every name of a released round in ballot order with its votes, its percentage of D (two decimals, dot)
     * and whether it was elected: what the hall, the elections page and the results page show, vacancies or not.
     */
    public record CandidateLine(String id, String name, int votes, String percentOfBase, boolean elected) {}

    private record Row(
            long electionId,
            String title,
            Body body,
            int eseats,
            BallotForm ballotForm,
            String meeting,
            String estate,
            long roundId,
            int roundNo,
            boolean runoff,
            Purpose purpose,
            int seats,
            RoundState state,
            Integer issued,
            Integer collected,
            Status status,
            Integer base,
            Integer vacancies,
            String decision,
            String decisionNote) {}

    /** The elections of a congress case, for anyone who may see the case's unit. */
    @Transactional(readOnly = true)
    public List<ElectionView> ofCase(long caseId) {
        long orgId = jdbc.sql("select " + CaseSql.orgId("?"))
                .param(caseId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_VIEW, orgId);
        List<Row> rows = jdbc.sql("""
                        select e.id as election_id, e.title, e.body, e.seats as eseats, e.ballot_form, e.meeting,
                               e.state as estate, r.id as round_id, r.round_no, r.runoff, r.purpose, r.seats,
                               r.state, r.issued, r.collected, r.result_json->>'status' as status,
                               (r.result_json->>'base')::int as base, (r.result_json->>'vacancies')::int as vacancies,
                               r.decision, r.decision_note
                        from election e join election_round r on r.election_id = e.id
                        where e.case_id = ?
                        order by e.id, r.round_no, r.purpose desc
                        """).param(caseId).query(Row.class).list();
        Map<Long, ElectionView> out = new LinkedHashMap<>();
        for (Row r : rows) {
            ElectionView e = out.computeIfAbsent(
                    r.electionId(),
                    id -> new ElectionView(
                            id,
                            r.title(),
                            r.body(),
                            r.eseats(),
                            r.ballotForm(),
                            r.meeting(),
                            r.estate(),
                            new java.util.ArrayList<>()));
            e.rounds()
                    .add(new RoundView(
                            r.roundId(),
                            r.roundNo(),
                            r.runoff(),
                            r.purpose(),
                            r.seats(),
                            r.state(),
                            r.issued(),
                            r.collected(),
                            r.status(),
                            r.base(),
                            r.status() == null ? List.of() : elected(r.roundId()),
                            r.status() == null ? List.of() : runoffCandidates(r.roundId()),
                            r.vacancies(),
                            r.decision(),
                            r.decisionNote(),
                            names(r.roundId()),
                            r.status() == null ? List.of() : results(r.roundId())));
        }
        return out.values().stream()
                .map(e -> new ElectionView(
                        e.id(),
                        e.title(),
                        e.body(),
                        e.seats(),
                        e.ballotForm(),
                        e.meeting(),
                        e.state(),
                        List.copyOf(e.rounds())))
                .toList();
    }

    /** Those elected in a released round, highest votes first (ties in ballot order), as the engine gave them. */
    List<Elected> elected(long roundId) {
        return jdbc.sql("""
                        select x.value->>'id' as id, x.value->>'name' as name, (x.value->>'votes')::int as votes,
                               x.value->>'percentOfBase' as percent_of_base
                        from election_round r,
                             jsonb_array_elements(r.result_json->'elected') with ordinality as el(id, n),
                             jsonb_array_elements(r.result_json->'results') x
                        where r.id = ? and x.value->>'id' = el.id #>> '{}'
                        order by el.n
                        """).param(roundId).query(Elected.class).list();
    }

    /** The engine's results of a released round, in the record's (ballot) order. */
    List<CandidateLine> results(long roundId) {
        return jdbc.sql("""
                        select x.value->>'id' as id, x.value->>'name' as name, (x.value->>'votes')::int as votes,
                               x.value->>'percentOfBase' as percent_of_base,
                               coalesce((x.value->>'elected')::boolean, false) as elected
                        from election_round r,
                             jsonb_array_elements(r.result_json->'results') with ordinality as x(value, n)
                        where r.id = ?
                        order by x.n
                        """).param(roundId).query(CandidateLine.class).list();
    }

    private List<String> names(long roundId) {
        return jdbc.sql("select full_name from round_candidate where round_id = ? order by position")
                .param(roundId)
                .query(String.class)
                .list();
    }

    /**
     * A stamp of the released rounds of each case (how many, and when the last was released), read from
     * PostgreSQL so that every app node sees the same. No permission check: a stamp says only that something
     * changed; the page it triggers checks the permission.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> releaseStamps(java.util.Collection<Long> caseIds) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select c.id, count(r.id) || '-' || coalesce(extract(epoch from max(r.released_at))::text, '0')
                               as stamp
                        from (select distinct unnest(?::bigint[]) as id) c
                        left join election e on e.case_id = c.id
                        left join election_round r on r.election_id = e.id and r.state = 'RELEASED'
                        group by c.id
                        """).param(caseIds.toArray(Long[]::new)).query(rs -> {
            out.put(rs.getLong("id"), rs.getString("stamp"));
        });
        return out;
    }

    /** The id of an election's round by its number; the services called with it check the permission. */
    @Transactional(readOnly = true)
    public long roundId(long electionId, int roundNo) {
        return jdbc.sql("select id from election_round where election_id = ? and round_no = ? and purpose = 'ELECTION'")
                .params(electionId, roundNo)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.error.noRoundNo", roundNo, electionId));
    }

    /** The congress case an election belongs to. */
    @Transactional(readOnly = true)
    public long caseOf(long electionId) {
        return jdbc.sql("select case_id from election where id = ?")
                .param(electionId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> Scope.unknown("election", electionId));
    }

    private List<String> runoffCandidates(long roundId) {
        return jdbc.sql("""
                        select c #>> '{}' from election_round r,
                               jsonb_array_elements(r.result_json->'runoff'->'candidates') c
                        where r.id = ? and jsonb_typeof(r.result_json->'runoff') = 'object'
                        """).param(roundId).query(String.class).list();
    }

    /** The election record JSON of a released round (election-record.md input), as exported. */
    @Transactional(readOnly = true)
    public String record(long electionId, int roundNo) {
        return released(electionId, roundNo, "record_text");
    }

    /** The result JSON of a released round (election-record.md output), as the engine gave it. */
    @Transactional(readOnly = true)
    public String result(long electionId, int roundNo) {
        return released(electionId, roundNo, "result_text");
    }

    private String released(long electionId, int roundNo, String column) {
        record Found(long orgId, String title, String text) {}
        Found f = jdbc.sql(
                        "select " + CaseSql.orgId("e.case_id") + " as org_id, e.title, r." + column + " as text" + """
                         from election e
                        left join election_round r on r.election_id = e.id and r.round_no = ? and r.purpose = 'ELECTION'
                        where e.id = ?
                        """)
                .params(roundNo, electionId)
                .query(Found.class)
                .optional()
                .orElseThrow(() -> Scope.unknown("election", electionId));
        access.require(Permission.CONGRESS_VIEW, f.orgId());
        if (f.text() == null) {
            throw DomainException.notFound("elections.error.notReleased", f.title(), roundNo);
        }
        return f.text();
    }
}

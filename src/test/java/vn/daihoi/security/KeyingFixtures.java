package vn.daihoi.security;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * A round of each test province for the keying rows of {@link PermissionMatrixTest} (module keying): a case of
 * the province's cell in session with a 3-seat strike-out election on 4 names, written straight into the tables
 * (no counts entered, so the holder's changes are refused with a conflict or a form error, never a 403).
 * Placeholders: {roundId} the round, {team} and {position} 1.
 */
@Component
public class KeyingFixtures {

    private static volatile JdbcClient jdbc;
    private static final Map<Long, Long> ROUNDS = new ConcurrentHashMap<>();

    KeyingFixtures(JdbcClient client) {
        jdbc = client;
    }

    static Map<String, String> round(Province p) {
        long round = ROUNDS.computeIfAbsent(p.orgId(), org -> insert(p));
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("roundId", Long.toString(round));
        values.put("team", "1");
        values.put("position", "1");
        return values;
    }

    private static long insert(Province p) {
        long caseId = ResultsFixtures.caseIn(jdbc, p.cellId(), "IN_SESSION", LocalDate.of(2026, 11, 20));
        long election = jdbc.sql("""
                        insert into election (case_id, body, title, seats, ballot_form, created_at, created_by)
                        values (?, 'EXECUTIVE_COMMITTEE', 'Bầu Chi ủy thử quyền', 3, 'STRIKE_OUT', now(), 'fixture')
                        returning id""").param(caseId).query(Long.class).single();
        long round = jdbc.sql("insert into election_round (election_id, round_no, seats) values (?, 1, 3) returning id")
                .param(election)
                .query(Long.class)
                .single();
        for (int i = 1; i <= 4; i++) {
            jdbc.sql("insert into round_candidate (round_id, position, full_name) values (?, ?, ?)")
                    .params(round, i, "Ứng viên " + i)
                    .update();
        }
        return round;
    }
}

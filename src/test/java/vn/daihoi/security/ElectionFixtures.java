package vn.daihoi.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.security.Fixtures.Province;

/**
 * Elections for the permission matrix (module elections): one election with an unreleased round 1 in the
 * commune's congress case ({@link SeasonFixtures}). {id} is the election, {round} its round number 1 and
 * {roundId} the round's id; the holder on A's election is let through and told what is missing, never refused.
 */
@Component
public class ElectionFixtures {

    private static final Map<Long, long[]> ELECTIONS = new ConcurrentHashMap<>();
    private static volatile JdbcClient jdbc;

    ElectionFixtures(JdbcClient client) {
        jdbc = client;
    }

    static long[] electionOf(Province p) {
        long caseId = SeasonFixtures.caseOf(p);
        return ELECTIONS.computeIfAbsent(caseId, c -> {
            long election = jdbc.sql("""
                            insert into election (case_id, body, title, seats, ballot_form, created_at, created_by)
                            values (?, 'EXECUTIVE_COMMITTEE', 'Bầu Ban Chấp hành', 3, 'STRIKE_OUT', now(), 'admin')
                            returning id""").param(c).query(Long.class).single();
            long round = jdbc.sql(
                            "insert into election_round (election_id, round_no, seats) values (?, 1, 3) returning id")
                    .param(election)
                    .query(Long.class)
                    .single();
            for (int i = 1; i <= 4; i++) {
                jdbc.sql("insert into round_candidate (round_id, position, full_name) values (?, ?, ?)")
                        .params(round, i, "Ứng cử viên " + i)
                        .update();
            }
            return new long[] {election, round};
        });
    }

    /** {id} the election, {round} 1, {roundId} the round, {case} the case. */
    static Map<String, String> election(Province p) {
        long[] e = electionOf(p);
        Map<String, String> values = new LinkedHashMap<>(PermissionMatrixTest.resident(p));
        values.put("id", Long.toString(e[0]));
        values.put("round", "1");
        values.put("roundId", Long.toString(e[1]));
        values.put("case", Long.toString(SeasonFixtures.caseOf(p)));
        return values;
    }
}

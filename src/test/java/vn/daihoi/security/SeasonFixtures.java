package vn.daihoi.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.security.Fixtures.Province;

/**
 * Congress cases for the permission matrix: one 2025-2030 case for each test province's commune. The
 * matrix's rows are static, so this test-only bean hands them the database, as {@link PlanFixtures} does.
 */
@Component
public class SeasonFixtures {

    private static final Map<Long, Long> CASES = new ConcurrentHashMap<>();
    private static volatile JdbcClient jdbc;

    SeasonFixtures(JdbcClient client) {
        jdbc = client;
    }

    /** The commune's congress case (made on first use, state PLAN_ISSUED). */
    public static long caseOf(Province p) {
        return CASES.computeIfAbsent(
                p.communeId(),
                commune -> jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, window_from, window_to, state_changed_at)
                        values (?, '2025-2030', 'GRASSROOTS_COMMITTEE', 'PLAN_ISSUED', date '2025-04-01',
                                date '2025-06-30', now())
                        on conflict (org_id, term) do update set term = excluded.term
                        returning id""").param(commune).query(Long.class).single());
    }
}

package vn.daihoi.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A congress plan of a test province, for the permission matrix (module season, plan). The matrix's rows
 * are static, so this test-only bean hands them the database the Spring context started with.
 */
@Component
public class PlanFixtures {

    private static volatile JdbcClient jdbc;
    private static final Map<Long, Long> PLANS = new ConcurrentHashMap<>();

    PlanFixtures(JdbcClient client) {
        jdbc = client;
    }

    /** The plan issued by the province for 2025-2030 (made on first use), allocating delegates to its commune. */
    public static long planOf(Fixtures.Province p) {
        return PLANS.computeIfAbsent(p.orgId(), org -> {
            long id = jdbc.sql("""
                            insert into congress_plan (issuer_id, term, symbol, issued_on, title, dossier_lead_days,
                              total_delegates, base_per_unit, ex_officio, appointed, issued_at, issued_by)
                            values (?, '2025-2030', '01-KH/TU', date '2025-01-05', 'Kế hoạch thử', 15, 20, 5, 3, 0,
                                    now(), 'admin')
                            returning id""").param(org).query(Long.class).single();
            jdbc.sql("""
                            insert into congress_plan_unit (plan_id, org_id, special, members, share, quota)
                            values (?, ?, 0, 1, 12, 17)""").params(id, p.communeId()).update();
            return id;
        });
    }
}

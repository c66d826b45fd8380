package vn.daihoi.elections;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.results.ResultsFixtures;

/** Test data of a congress day: a case in session with a roll of members, some of them checked in. */
final class CongressDay {

    private CongressDay() {}

    /** {@code summoned} members, the last {@code transferred} on temporary transfer, the first {@code present} in. */
    static long caseWithRoll(JdbcClient jdbc, long orgId, int summoned, int transferred, int present) {
        long caseId = ResultsFixtures.caseIn(jdbc, orgId, "IN_SESSION", LocalDate.of(2026, 11, 20));
        for (int i = 1; i <= summoned; i++) {
            long id = jdbc.sql("""
                            insert into roll_entry (case_id, number, full_name, kind, exclusion, badge_token,
                                created_at)
                            values (?, ?, ?, 'MEMBER', ?, ?, now()) returning id""")
                    .params(
                            caseId,
                            i,
                            "Đảng viên " + i,
                            i > summoned - transferred ? "TEMPORARY_TRANSFER" : null,
                            UUID.randomUUID().toString())
                    .query(Long.class)
                    .single();
            if (i <= present) {
                jdbc.sql("insert into roll_checkin (roll_entry_id, checked_at, username) values (?, now(), 'admin')")
                        .param(id)
                        .update();
            }
        }
        return caseId;
    }

    static List<NewElection.ListedName> names(String... names) {
        return java.util.Arrays.stream(names)
                .map(n -> new NewElection.ListedName(null, n, null))
                .toList();
    }
}

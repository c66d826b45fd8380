package vn.daihoi.season;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.documents.CommitteeTerms;

/**
 * A committee's term starts the day after the congress that elected it closed. Without a recorded
 * congress the five-year cycle is used: the 2025-2030 committees were elected in 2025, so a date in
 * 2020-2024 falls in 2020-2025, and so on.
 */
@Component
class CongressTermsAdapter implements CommitteeTerms {

    private final JdbcClient jdbc;

    CongressTermsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String termAt(long orgId, LocalDate date) {
        return jdbc.sql("""
                        select term from congress_case
                        where org_id = ? and closed_on is not null and closed_on < ?
                          and state not in ('RESULT_ANNULLED')
                        order by closed_on desc limit 1""")
                .param(orgId)
                .param(date)
                .query(String.class)
                .optional()
                .orElseGet(() -> cycleOf(date.getYear()));
    }

    @Override
    public Optional<CongressOf> congress(long congressCaseId) {
        return jdbc.sql("select org_id, term from congress_case where id = ?")
                .param(congressCaseId)
                .query((rs, i) -> new CongressOf(rs.getLong("org_id"), rs.getString("term")))
                .optional();
    }

    /** The five-year cycle whose congresses were held in the year it starts (2020, 2025, 2030, …). */
    static String cycleOf(int year) {
        int start = year - Math.floorMod(year - 2020, 5);
        return start + "-" + (start + 5);
    }
}

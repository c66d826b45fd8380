package vn.daihoi.results;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CaseSql;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressState;
import vn.daihoi.season.StepGuard;

/**
 * The confirmation (chuẩn y) is always the superior's registered decision: the case's step form and
 * {@code POST /api/congresses/{id}/transitions} cannot move a case to CONFIRMED by themselves. Only
 * {@link Confirmations#confirm} can, because it records the confirmation with its registered decision before it
 * takes the step; the guard wants such a row recorded since the results were last reported, and not annulled.
 * It runs after {@link ComplaintHold}: an open complaint is the more useful thing to be told.
 */
@Component
@Order(2)
class ConfirmationByDecision implements StepGuard {

    private final JdbcClient jdbc;

    ConfirmationByDecision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void check(CongressCase c, CongressState to) {
        if (to != CongressState.CONFIRMED) {
            return;
        }
        boolean decided = jdbc.sql("""
                        select exists (
                            select 1 from results_confirmation r
                            where r.case_id = ? and r.annulled_on is null and r.recorded_at is not null
                              and r.recorded_at >= coalesce(%s, '-infinity'::timestamptz))""".formatted(CaseSql.lastEnteredAt("r.case_id", "'RESULT_REPORTED'")))
                .param(c.id())
                .query(Boolean.class)
                .single();
        if (!decided) {
            throw DomainException.conflict(
                    "results.error.confirmByDecision", c.orgName(), c.term(), String.valueOf(c.id()));
        }
    }
}

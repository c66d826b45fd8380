package vn.daihoi.results;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressState;
import vn.daihoi.season.StepGuard;

/**
 * An open complaint holds the confirmation whichever way it is attempted (the results page, the case page's
 * step form, or {@code POST /api/congresses/{id}/transitions}): only settling it, or annulling the result,
 * lets the case go on.
 */
@Component
@Order(1)
class ComplaintHold implements StepGuard {

    private final JdbcClient jdbc;

    ComplaintHold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void check(CongressCase c, CongressState to) {
        if (to != CongressState.CONFIRMED) {
            return;
        }
        boolean open = jdbc.sql(
                        "select exists (select 1 from results_complaint where case_id = ? and settled_on is null)")
                .param(c.id())
                .query(Boolean.class)
                .single();
        if (open) {
            throw DomainException.conflict("results.error.onHold", c.orgName());
        }
    }
}

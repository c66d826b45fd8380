package vn.daihoi.dossier;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressState;
import vn.daihoi.season.StepGuard;

/**
 * A case reaches the approval meeting only with a complete dossier, whichever way the step is taken (the
 * dossier page's "ready" verdict, the case page's step form, the transitions API): a required item without a
 * file refuses the step, naming every missing item.
 */
@Component
@Order(2)
class DossierGate implements StepGuard {

    private final JdbcClient jdbc;

    DossierGate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void check(CongressCase c, CongressState to) {
        if (to != CongressState.APPROVAL_MEETING) {
            return;
        }
        List<String> missing = missing(c);
        if (!missing.isEmpty()) {
            throw DomainException.conflict(
                    "dossier.error.notReady", c.orgName(), missing.size(), String.join("; ", missing));
        }
    }

    /** The active checklist items of the case's level and kind that have no file, as "position. title". */
    List<String> missing(CongressCase c) {
        return jdbc.sql("""
                        select i.position || '. ' || i.title from dossier_item i
                        where i.level = ? and i.kind = ? and i.active
                          and not exists (select 1 from dossier_file f where f.case_id = ? and f.item_id = i.id)
                        order by i.position, i.id""")
                .params(c.level().name(), c.kind(), c.id())
                .query(String.class)
                .list();
    }
}

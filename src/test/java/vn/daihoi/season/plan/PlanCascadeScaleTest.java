package vn.daihoi.season.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.season.PlanCascade;
import vn.daihoi.season.PlanCascade.PlanDelegates;
import vn.daihoi.season.PlanCascade.PlanDraft;
import vn.daihoi.season.PlanCascade.PlanOutcome;
import vn.daihoi.season.PlanCascade.PlanWindow;

/**
 * A province-sized plan: 100 communes, 1,000 grassroots units and 9,000 cells (10,100 units) get their
 * cases from one issue, and a re-issue updates them all. The times are logged (docs/congress-plans.md
 * quotes them); the test asserts the counts only.
 */
@SpringBootTest
class PlanCascadeScaleTest {

    private static final Logger log = LoggerFactory.getLogger(PlanCascadeScaleTest.class);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanCascade plans;

    @AfterEach
    void signOut() {
        PlanTree.signOut();
    }

    @Test
    void aProvinceOfTenThousandUnitsIsCascadedInOneStatement() {
        String m = PlanTree.unique("sc");
        long province = build(m);
        // A live database has statistics on its tree; right after a bulk load the planner would have none.
        jdbc.sql("analyze org_unit, org_version, org_closure, org_counts, congress_case")
                .update();
        new PlanTree(context).signIn("admin");
        PlanDraft draft = new PlanDraft(
                province,
                "2025-2030",
                "101-KH/TU",
                LocalDate.of(2025, 1, 5),
                "Kế hoạch đại hội đảng bộ tỉnh",
                15,
                List.of(
                        new PlanWindow(
                                OrgLevel.SUPERIOR_OF_GRASSROOTS,
                                LocalDate.of(2025, 7, 1),
                                LocalDate.of(2025, 8, 31),
                                BigDecimal.TWO),
                        new PlanWindow(
                                OrgLevel.GRASSROOTS_COMMITTEE,
                                LocalDate.of(2025, 4, 1),
                                LocalDate.of(2025, 6, 30),
                                BigDecimal.TWO),
                        new PlanWindow(
                                OrgLevel.SUBORDINATE_CELL,
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2025, 3, 31),
                                BigDecimal.ONE)),
                Set.of(),
                List.of(),
                new PlanDelegates(350, 2, 50, 0));

        long t0 = System.nanoTime();
        PlanOutcome first = plans.issue(draft);
        long issueMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        PlanOutcome again = plans.reissue(first.planId(), draft);
        long reissueMs = (System.nanoTime() - t0) / 1_000_000;
        log.info("Plan cascade over {} units: issue {} ms, re-issue {} ms", first.created(), issueMs, reissueMs);

        assertThat(first.created()).isEqualTo(10_100);
        assertThat(again.updated()).isEqualTo(10_100);
        assertThat(jdbc.sql("select sum(delegate_quota) from congress_case where plan_id = ?")
                        .param(first.planId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(300);
    }

    /** Province → 100 communes → 10 grassroots units each → 9 cells each, in a few set-based statements. */
    long build(String m) {
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        return tx.execute(s -> {
            long root = jdbc.sql("select id from org_unit where code = 'TW'")
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                    insert into org_unit (code)
                    select 'SP-' || :m union all
                    select 'SX-' || :m || '-' || i from generate_series(1, 100) i union all
                    select 'SG-' || :m || '-' || i || '-' || j from generate_series(1, 100) i, generate_series(1, 10) j
                    union all
                    select 'SC-' || :m || '-' || i || '-' || j || '-' || k
                    from generate_series(1, 100) i, generate_series(1, 10) j, generate_series(1, 9) k
                    """).param("m", m).update();
            jdbc.sql("""
                    insert into org_version (org_id, valid_from, name, level, parent_id, superior_id, change_kind)
                    select u.id, date '2024-01-01', 'Đơn vị ' || u.code,
                           case left(u.code, 2) when 'SP' then 'DIRECTLY_UNDER_CENTRAL'
                                                when 'SX' then 'SUPERIOR_OF_GRASSROOTS'
                                                when 'SG' then 'GRASSROOTS_COMMITTEE' else 'SUBORDINATE_CELL' end,
                           coalesce(p.id, :root), coalesce(p.id, :root), 'CREATE'
                    from org_unit u
                    left join org_unit p on p.code = case left(u.code, 2)
                        when 'SX' then 'SP-' || :m
                        when 'SG' then 'SX-' || regexp_replace(substr(u.code, 4), '-[0-9]+$', '')
                        when 'SC' then 'SG-' || regexp_replace(substr(u.code, 4), '-[0-9]+$', '') end
                    where u.code = 'SP-' || :m or u.code like 'S_-' || :m || '-%'
                    """).param("m", m).param("root", root).update();
            TreeMaintenance tree = context.getBean(TreeMaintenance.class);
            tree.rebuildClosure();
            tree.recomputeCounts();
            // Members per cell 5..40, summed up the tree, so the delegate pool is shared by members.
            jdbc.sql("""
                    update org_counts c set subtree_members = x.n from (
                      select cl.ancestor_id, sum(5 + (u.id % 36))::int n
                      from org_unit u join org_closure cl on cl.descendant_id = u.id
                      where u.code like 'SC-' || :m || '-%' group by cl.ancestor_id) x
                    where c.org_id = x.ancestor_id and exists (
                      select 1 from org_unit a where a.id = x.ancestor_id and a.code like 'S_-' || :m || '%')
                    """).param("m", m).update();
            return jdbc.sql("select id from org_unit where code = 'SP-' || ?")
                    .param(m)
                    .query(Long.class)
                    .single();
        });
    }
}

package vn.daihoi.org.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.security.TestAdmin;

/**
 * Not part of the suite (the name does not end in Test): builds a national-size tree (34 provinces,
 * ~3,400 superiors, ~52,000 grassroots units, ~270,000 cells: ~330k nodes) in the test database and
 * reports the latency of the node page and the node API for random nodes. Run alone:
 * {@code ./mvnw verify -Dtest=NationalScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
// Templates cached as in production (the test configuration turns the cache off).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.thymeleaf.cache=true")
class NationalScaleBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    vn.daihoi.org.OrgTree tree;

    @Autowired
    PlatformTransactionManager txm;

    @Test
    void nodePageAtNationalScale() throws Exception {
        long started = System.nanoTime();
        new TransactionTemplate(txm).executeWithoutResult(s -> build());
        System.out.printf("build: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        long nodes = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        assertThat(nodes).isGreaterThan(300_000);

        List<Long> sample = jdbc.sql("select id from org_unit where code like 'NB-%' order by random() limit 400")
                .query(Long.class)
                .list();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.Clock.systemDefaultZone());
        report("db: node page queries", sample, id -> {
            var node = tree.lastKnown(id, today).orElseThrow();
            tree.ancestors(id, today);
            var children = tree.children(id, today);
            tree.childCounts(children.stream().map(vn.daihoi.org.OrgNode::id).toList(), today);
            tree.counts(children.stream().map(vn.daihoi.org.OrgNode::id).toList());
            tree.counts(id);
            tree.history(id);
            return node == null ? 500 : 200;
        });
        for (String sql : List.of(
                "select * from org_version where org_id = %d and valid_from <= current_date"
                        + " and (valid_to is null or valid_to > current_date)",
                "select * from org_version where parent_id = %d and valid_from <= current_date"
                        + " and (valid_to is null or valid_to > current_date)",
                "select * from org_counts where org_id = %d",
                "select exists (select 1 from org_closure where descendant_id = %d and ancestor_id = any('{1}'))")) {
            String plan = String.join(
                    "\n",
                    jdbc.sql("explain (analyze, costs off) " + sql.formatted(sample.getFirst()))
                            .query(String.class)
                            .list());
            System.out.println(plan);
        }
        WebClient web = new WebClient(port).login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        report("baseline: home page /", sample, id -> web.get("/").statusCode());
        report("page /org/{id}", sample, id -> web.get("/org/" + id).statusCode());
        report(
                "api /api/organizations/{id}",
                sample,
                id -> web.basic("/api/organizations/" + id, TestAdmin.USERNAME, TestAdmin.PASSWORD)
                        .statusCode());
        List<Long> provinces = jdbc.sql("select id from org_unit where code like 'NB-P%' order by id")
                .query(Long.class)
                .list();
        report("page /org/{province}", provinces, id -> web.get("/org/" + id).statusCode());
        report(
                "search ?q=",
                provinces,
                id -> web.get("/org/search?q=thon+" + (id % 34) + "-1-1").statusCode());
    }

    interface Call {
        int run(long id) throws Exception;
    }

    private static void report(String what, List<Long> ids, Call call) throws Exception {
        for (int i = 0; i < 20; i++) {
            call.run(ids.get(i % ids.size())); // warm-up
        }
        List<Long> micros = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            long t = System.nanoTime();
            assertThat(call.run(id)).isEqualTo(200);
            micros.add((System.nanoTime() - t) / 1000);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "%-32s p50 %5.1f ms  p95 %5.1f ms  max %5.1f ms%n",
                what,
                sorted[sorted.length / 2] / 1000.0,
                sorted[(int) (sorted.length * 0.95)] / 1000.0,
                Arrays.stream(sorted).max().orElse(0) / 1000.0);
    }

    /** The tree by SQL in bulk, then the derived tables by the full rebuilds. */
    private void build() {
        jdbc.sql("""
            insert into org_unit (code) select 'NB-P' || p from generate_series(1, 34) p;
            insert into org_version (org_id, valid_from, name, level, unit_type, parent_id, change_kind)
            select u.id, date '2020-01-01', 'Đảng bộ tỉnh số ' || substr(u.code, 5), 'DIRECTLY_UNDER_CENTRAL', 'PROVINCE',
                   (select id from org_unit where code = 'TW'), 'CREATE'
            from org_unit u where u.code like 'NB-P%';
            insert into org_unit (code) select 'NB-S' || p || '-' || s from generate_series(1, 34) p, generate_series(1, 100) s;
            insert into org_version (org_id, valid_from, name, level, unit_type, parent_id, change_kind)
            select u.id, date '2020-01-01', 'Đảng bộ xã Phú ' || substr(u.code, 5), 'SUPERIOR_OF_GRASSROOTS', 'COMMUNE',
                   (select id from org_unit where code = 'NB-P' || split_part(substr(u.code, 5), '-', 1)), 'CREATE'
            from org_unit u where u.code like 'NB-S%';
            insert into org_unit (code)
            select 'NB-G' || p || '-' || s || '-' || g
            from generate_series(1, 34) p, generate_series(1, 100) s, generate_series(1, 15) g;
            insert into org_version (org_id, valid_from, name, level, unit_type, parent_id, change_kind)
            select u.id, date '2020-01-01', 'Đảng bộ cơ sở Hòa ' || substr(u.code, 5), 'GRASSROOTS_COMMITTEE', 'VILLAGE',
                   s.id, 'CREATE'
            from org_unit u
            join org_unit s on s.code = 'NB-S' || split_part(substr(u.code, 5), '-', 1) || '-' || split_part(substr(u.code, 5), '-', 2)
            where u.code like 'NB-G%';
            insert into org_unit (code)
            select 'NB-C' || substr(g.code, 5) || '-' || c from org_unit g, generate_series(1, 5) c where g.code like 'NB-G%';
            insert into org_version (org_id, valid_from, name, level, unit_type, parent_id, change_kind)
            select u.id, date '2020-01-01', 'Chi bộ thôn ' || substr(u.code, 5), 'SUBORDINATE_CELL', 'VILLAGE', g.id, 'CREATE'
            from org_unit u
            join org_unit g on g.code = 'NB-G' || regexp_replace(substr(u.code, 5), '-[0-9]+$', '')
            where u.code like 'NB-C%';
            analyze org_unit; analyze org_version;
            """).update();
        maintenance.rebuildClosure();
        maintenance.recomputeCounts();
        jdbc.sql("analyze org_closure; analyze org_counts").update();
    }
}

package vn.daihoi.season.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.season.CongressState;

/**
 * The aggregate equals a plain count over the closure (the oracle) at every node of a province, whatever
 * wrote congress_case: single-row and set-based inserts, updates and deletes, COPY, a tree move and a
 * full closure rebuild.
 */
@SpringBootTest
class ProgressAggregateTest {

    static final String TERM = "2025-2030";

    @Autowired
    OrgOperations ops;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressQueries queries;

    @Autowired
    UserAdmin users;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    PlatformTransactionManager txm;

    @Autowired
    DataSource dataSource;

    ProgressFixture f;
    long province;
    long communeA;
    long communeB;
    List<Long> cells = new ArrayList<>();
    List<Long> nodes = new ArrayList<>();
    long follower1;
    long follower2;

    @BeforeEach
    void tree() {
        f = new ProgressFixture(ops, jdbc);
        province = f.province("Tỉnh Tổng Hợp");
        communeA = f.unit(province, "Đảng bộ xã A", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        communeB = f.unit(province, "Đảng bộ xã B", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        for (int i = 0; i < 4; i++) {
            cells.add(f.unit(i % 2 == 0 ? communeA : communeB, "Chi bộ thôn " + i, OrgLevel.GRASSROOTS_CELL));
        }
        nodes.addAll(List.of(f.root(), province, communeA, communeB));
        nodes.addAll(cells);
        follower1 = f.userId(f.user(users, Role.VIEWER, province));
        follower2 = f.userId(f.user(users, Role.VIEWER, province));
    }

    void assertExact() {
        for (long node : nodes) {
            assertThat(f.aggregate(node, TERM)).as("node " + node).isEqualTo(queries.oracle(node, TERM));
            assertThat(followers(node, "congress_follow"))
                    .as("followers of " + node)
                    .isEqualTo(followerOracle(node));
        }
        assertThat(jdbc.sql("select count(*) from congress_progress where n <= 0")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from congress_follow where n <= 0")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** follower → "units/overdue on 01/12/2026", from the follow aggregate. */
    Map<Long, String> followers(long node, String table) {
        return jdbc
                .sql("select follower_user_id, sum(n) || '/' || coalesce(sum(n) filter (where due_on < date"
                        + " '2026-12-01'), 0) from " + table + " where ancestor_id = ? and term = ? group by 1")
                .params(node, TERM)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<Long, String> followerOracle(long node) {
        return jdbc
                .sql("""
                select c.follower_user_id, count(*) || '/' || count(*) filter (where c.due_on < date '2026-12-01'
                       and c.state not in ('CLOSED', 'FIRST_COMMITTEE_MEETING', 'RESULT_REPORTED', 'CONFIRMED',
                                           'ARCHIVED', 'DISSOLVED', 'MERGED'))
                from org_closure cl join congress_case c on c.org_id = cl.descendant_id
                where cl.ancestor_id = ? and c.term = ? and c.follower_user_id is not null group by 1""")
                .params(node, TERM)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void staysExactThroughInsertsUpdatesDeletesAndCopy() {
        LocalDate due = LocalDate.of(2026, 11, 20);
        f.congress(province, "PREPARING", due, follower1);
        f.congress(communeA, "PLAN_ISSUED", due.plusDays(20), follower1);
        for (long cell : cells) {
            f.congress(cell, "CLOSED", null, follower2);
        }
        assertExact();
        assertThat(f.aggregate(province, TERM))
                .containsEntry("GRASSROOTS_CELL/CLOSED", 4L)
                .containsEntry("DIRECTLY_UNDER_CENTRAL/PREPARING", 1L);

        // random single-row updates of state, deadline and follower
        SplittableRandom rng = new SplittableRandom(42);
        CongressState[] states = CongressState.values();
        List<Long> ids = jdbc.sql("select c.id from congress_case c join org_closure cl on cl.descendant_id = c.org_id"
                        + " where cl.ancestor_id = ? order by c.id")
                .param(province)
                .query(Long.class)
                .list();
        for (int i = 0; i < 40; i++) {
            jdbc.sql("update congress_case set state = ?, due_on = ?, follower_user_id = ? where id = ?")
                    .params(
                            states[rng.nextInt(states.length)].name(),
                            rng.nextBoolean() ? null : due.plusDays(rng.nextInt(40) - 20),
                            rng.nextBoolean() ? follower1 : follower2,
                            ids.get(rng.nextInt(ids.size())))
                    .update();
        }
        assertExact();

        // a set-based update (a cascade) and one that changes no counted column
        jdbc.sql("update congress_case set state = 'CONFIRMED' where org_id = any(?)")
                .param(new Long[] {cells.get(0), cells.get(1), communeA})
                .update();
        jdbc.sql("update congress_case set planned_on = date '2025-07-01' where org_id = ?")
                .param(province)
                .update();
        assertExact();

        // deletes, then a COPY of two cases
        jdbc.sql("delete from congress_case where org_id = any(?)")
                .param(new Long[] {cells.get(2), communeB})
                .update();
        assertExact();
        copy(
                "%d\t%s\tGRASSROOTS_CELL\tPOSTPONED\t2026-12-05\t%d\t2026-11-01 09:00+07\n%d\t%s\tSUPERIOR_OF_GRASSROOTS\tPREPARING\t\\N\t\\N\t2026-11-01 09:00+07\n"
                        .formatted(cells.get(2), TERM, follower1, communeB, TERM));
        assertExact();
        assertThat(f.aggregate(communeB, TERM)).containsEntry("GRASSROOTS_CELL/POSTPONED", 1L);
    }

    @Test
    void followsTheTreeWhenAUnitMovesAndWhenTheClosureIsRebuilt() {
        for (long cell : cells) {
            f.congress(cell, "IN_SESSION", LocalDate.of(2026, 11, 25), follower1);
        }
        f.congress(communeA, "PREPARING", null, follower2);
        assertExact();
        assertThat(queries.oracle(communeA, TERM)).containsEntry("GRASSROOTS_CELL/IN_SESSION", 2L);

        // communeA with its two cells moves under communeB
        ops.move(communeA, communeB, null, ProgressFixture.on(LocalDate.of(2025, 7, 1)));
        assertExact();
        assertThat(f.aggregate(communeB, TERM)).containsEntry("GRASSROOTS_CELL/IN_SESSION", 4L);

        new TransactionTemplate(txm).executeWithoutResult(s -> maintenance.rebuildClosure());
        assertExact();
    }

    @Test
    void rebuildingFromScratchGivesTheSameRows() {
        f.congress(cells.get(0), "PREPARING", LocalDate.of(2026, 12, 1), follower1);
        f.congress(cells.get(1), "ARCHIVED", null, follower2);
        String snapshot = "select ancestor_id, term, level, state, due_on, n from congress_progress"
                + " where ancestor_id = any(?) order by 1, 2, 3, 4, 5";
        Long[] ids = nodes.toArray(Long[]::new);
        var before = jdbc.sql(snapshot).param(ids).query().listOfRows();
        jdbc.sql("select congress_progress_rebuild()").query().listOfRows();
        assertThat(jdbc.sql(snapshot).param(ids).query().listOfRows()).isEqualTo(before);
        assertExact();
    }

    private void copy(String rows) {
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy congress_case (org_id, term, level, state, due_on, follower_user_id,"
                                    + " state_changed_at) from stdin",
                            new StringReader(rows));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

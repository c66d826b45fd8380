package vn.daihoi.org.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.org.tree.TreeFixture.on;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.Renaming;
import vn.daihoi.org.OrgSql;
import vn.daihoi.org.OrgTree;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.org.UnitType;

/** The tree's owner API for other modules: one name for a unit (its last one once closed), its direct superior. */
@SpringBootTest
class OrgSqlTest {

    static final LocalDate RENAMED = LocalDate.of(2023, 1, 1);
    static final LocalDate CLOSED = LocalDate.of(2025, 7, 1);

    @Autowired
    OrgOperations ops;

    @Autowired
    OrgTree tree;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    PlatformTransactionManager txm;

    TreeFixture f;

    @BeforeEach
    void fixture() {
        f = new TreeFixture(ops, jdbc, maintenance, txm);
    }

    String name(long id) {
        return jdbc.sql("select " + OrgSql.name("?"))
                .param(id)
                .query(String.class)
                .single();
    }

    String nameOn(long id, LocalDate on) {
        return jdbc.sql("select " + OrgSql.nameOn("?", "?"))
                .params(id, on, id)
                .query(String.class)
                .single();
    }

    @Test
    void aClosedUnitKeepsItsLastNameInSqlAndInJava() {
        long province = f.province("Tỉnh Tên");
        long cell = f.unit(province, "Chi bộ Cũ", OrgLevel.GRASSROOTS_CELL);
        ops.rename(
                cell,
                new Renaming(
                        "Chi bộ Mới " + f.tag, null, OrgLevel.GRASSROOTS_CELL, UnitType.COMMUNE, null, false, null),
                on(RENAMED));
        assertThat(name(cell)).isEqualTo("Chi bộ Mới " + f.tag);
        ops.dissolve(cell, on(CLOSED));

        assertThat(name(cell)).as("closed: its last name").isEqualTo("Chi bộ Mới " + f.tag);
        assertThat(nameOn(cell, CLOSED.plusYears(1))).isEqualTo("Chi bộ Mới " + f.tag);
        assertThat(nameOn(cell, RENAMED.minusDays(1))).isEqualTo("Chi bộ Cũ " + f.tag);
        assertThat(nameOn(cell, TreeFixture.FOUNDED.minusYears(1)))
                .as("before its creation: its first name")
                .isEqualTo("Chi bộ Cũ " + f.tag);
        assertThat(tree.nameOf(cell, CLOSED.plusYears(1))).contains("Chi bộ Mới " + f.tag);
        assertThat(tree.nameOf(cell, RENAMED.minusDays(1))).contains("Chi bộ Cũ " + f.tag);
        assertThat(tree.nameOf(-1, CLOSED)).isEmpty();
    }

    @Test
    void theDirectSuperiorIsTheExplicitOneElseTheParent() {
        long province = f.province("Tỉnh Cấp trên");
        long commune = f.unit(province, "Đảng bộ xã", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long other = f.unit(province, "Đảng ủy khối", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell = f.unit(commune, "Chi bộ", OrgLevel.GRASSROOTS_CELL);
        assertThat(tree.directSuperior(cell)).contains(commune);
        ops.move(cell, commune, other, on(RENAMED));
        assertThat(tree.directSuperior(cell)).contains(other);
        assertThat(jdbc.sql("select " + OrgSql.directSuperior("?"))
                        .param(cell)
                        .query(Long.class)
                        .single())
                .isEqualTo(other);
        assertThat(tree.directSuperior(f.root())).isEmpty();
        assertThat(tree.liveBelow(province, OrgLevel.GRASSROOTS_CELL)).containsExactly(cell);
        assertThat(jdbc.sql("select " + OrgSql.within("?", "= ?") + ", " + OrgSql.below("?", "= ?") + ", "
                                + OrgSql.above("?", "= ?"))
                        .params(cell, province, province, province, province, cell)
                        .query((rs, i) -> rs.getBoolean(1) && !rs.getBoolean(2) && rs.getBoolean(3))
                        .single())
                .isTrue();
    }

    @Test
    void theSubtreeFragmentsHoldTheClosedUnitsTheLiveOnesAndThePastTree() {
        long province = f.province("Tỉnh Cây");
        long commune = f.unit(province, "Đảng bộ xã", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell = f.unit(commune, "Chi bộ Còn", OrgLevel.GRASSROOTS_CELL);
        long gone = f.unit(commune, "Chi bộ Giải thể", OrgLevel.GRASSROOTS_CELL);
        ops.dissolve(gone, on(CLOSED));

        assertThat(jdbc.sql("select k.org_id from " + OrgSql.closure() + " k where k.ancestor_id = ? and k.depth > 0")
                        .param(province)
                        .query(Long.class)
                        .list())
                .as("closed units stay at their last place")
                .containsExactlyInAnyOrder(commune, cell, gone);
        assertThat(jdbc.sql("select k.code from " + OrgSql.closure() + " k where k.ancestor_id = ? and k.depth = 0")
                        .param(cell)
                        .query(String.class)
                        .single())
                .isEqualTo(jdbc.sql("select " + OrgSql.code("?"))
                        .param(cell)
                        .query(String.class)
                        .single());
        assertThat(jdbc.sql("select t.org_id, t.name, t.level, t.members, t.depth from " + OrgSql.live()
                                + " t where t.ancestor_id = ? and t.depth > 0 order by t.depth")
                        .param(province)
                        .query((rs, i) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                                + rs.getInt(4) + " " + rs.getInt(5))
                        .list())
                .as("live units only, with their current name and level; no members counted: 0")
                .containsExactly(
                        commune + " Đảng bộ xã " + f.tag + " SUPERIOR_OF_GRASSROOTS 0 1",
                        cell + " Chi bộ Còn " + f.tag + " GRASSROOTS_CELL 0 2");
        String subtreeOn = "select s.org_id from " + OrgSql.subtreeOn(":root", ":date") + " s";
        assertThat(jdbc.sql(subtreeOn)
                        .param("root", commune)
                        .param("date", CLOSED.minusDays(1))
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(commune, cell, gone);
        assertThat(jdbc.sql(subtreeOn)
                        .param("root", commune)
                        .param("date", CLOSED.plusDays(1))
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(commune, cell);
    }
}

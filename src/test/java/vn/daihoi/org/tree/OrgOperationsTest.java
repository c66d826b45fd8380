package vn.daihoi.org.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.daihoi.org.tree.TreeFixture.on;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.NewUnit;
import vn.daihoi.org.OrgOperations.Renaming;
import vn.daihoi.org.OrgTree;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.org.UnitType;
import vn.daihoi.platform.DomainException;

/** Create, rename and move on the real database: history, as-of views, refusals, derived counts, audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrgOperationsTest {

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

    @Test
    void createdNodeIsCountedAndAudited() {
        long province = f.province("Tỉnh Tạo");
        long commune = f.unit(province, "Đảng bộ xã An Bình", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell = f.unit(commune, "Chi bộ thôn 1", OrgLevel.GRASSROOTS_CELL);
        f.member(cell, "An");
        f.member(cell, "Bình");

        assertThat(tree.counts(province).subtreeUnits()).isEqualTo(2);
        assertThat(tree.counts(province).subtreeMembers()).isEqualTo(2);
        assertThat(tree.counts(commune).directChildren()).isEqualTo(1);
        assertThat(tree.ancestors(cell, LocalDate.of(2024, 1, 1)))
                .extracting(OrgNode::id)
                .containsExactly(f.root(), province, commune);
        assertThat(f.auditCount("ORG_CREATE", cell)).isEqualTo(1);
        f.assertDerivedDataMatchesRebuild(province);
    }

    @Test
    void renameKeepsTheOldNameForEarlierDates() {
        long province = f.province("Tỉnh Đổi Tên");
        long commune = f.unit(province, "Đảng bộ xã Cũ", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        ops.rename(
                commune,
                new Renaming(
                        "Đảng bộ phường Mới " + f.tag,
                        null,
                        OrgLevel.SUPERIOR_OF_GRASSROOTS,
                        UnitType.WARD,
                        "ĐU",
                        true,
                        "Kết luận 137-KL/TW"),
                on(2025, 7, 1));

        assertThat(tree.node(commune, LocalDate.of(2025, 6, 30)).orElseThrow().name())
                .startsWith("Đảng bộ xã Cũ");
        OrgNode now = tree.node(commune, LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(now.name()).startsWith("Đảng bộ phường Mới");
        assertThat(now.unitType()).isEqualTo(UnitType.WARD);
        assertThat(now.pilot()).isTrue();
        assertThat(tree.history(commune)).extracting(v -> v.changeKind()).containsExactly("CREATE", "RENAME");
        assertThat(tree.history(commune).getFirst().validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(f.auditCount("ORG_RENAME", commune)).isEqualTo(1);
    }

    @Test
    void moveShowsOldAndNewParentByDateAndKeepsCountsRight() {
        long province = f.province("Tỉnh Chuyển");
        long districtA = f.unit(province, "Huyện ủy A", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long districtB = f.unit(province, "Huyện ủy B", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long grassroots = f.unit(districtA, "Đảng bộ xã Hòa", OrgLevel.GRASSROOTS_COMMITTEE);
        long cell = f.unit(grassroots, "Chi bộ ấp 2", OrgLevel.SUBORDINATE_CELL);
        f.member(cell, "Cường");
        f.member(grassroots, "Dũng");

        ops.move(grassroots, districtB, null, on(2025, 7, 1));

        assertThat(tree.node(grassroots, LocalDate.of(2025, 6, 1)).orElseThrow().parentId())
                .isEqualTo(districtA);
        assertThat(tree.node(grassroots, LocalDate.of(2025, 8, 1)).orElseThrow().parentId())
                .isEqualTo(districtB);
        assertThat(tree.children(districtA, LocalDate.of(2025, 6, 1)))
                .extracting(OrgNode::id)
                .contains(grassroots);
        assertThat(tree.children(districtA, LocalDate.of(2025, 8, 1))).isEmpty();
        assertThat(tree.ancestors(cell, LocalDate.of(2025, 6, 1)))
                .extracting(OrgNode::id)
                .contains(districtA);
        assertThat(tree.ancestors(cell, LocalDate.of(2025, 8, 1)))
                .extracting(OrgNode::id)
                .contains(districtB);
        assertThat(tree.counts(districtA).subtreeMembers()).isZero();
        assertThat(tree.counts(districtB).subtreeMembers()).isEqualTo(2);
        assertThat(tree.counts(districtB).subtreeUnits()).isEqualTo(2);
        assertThat(f.auditCount("ORG_MOVE", grassroots)).isEqualTo(1);
        f.assertDerivedDataMatchesRebuild(province);
    }

    @Test
    void movingUnderOwnDescendantIsRefused() {
        long province = f.province("Tỉnh Vòng");
        long commune = f.unit(province, "Đảng bộ xã Vòng", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell = f.unit(commune, "Chi bộ Vòng", OrgLevel.GRASSROOTS_CELL);

        assertThatThrownBy(() -> ops.move(commune, cell, null, on(2025, 7, 1)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.cycle");
        assertThatThrownBy(() -> ops.move(commune, commune, null, on(2025, 7, 1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.cycle");
        assertThat(tree.history(commune)).hasSize(1);
        f.assertDerivedDataMatchesRebuild(province);
    }

    @Test
    void badDatesUnknownAndClosedNodesAreRefused() {
        long province = f.province("Tỉnh Ngày");
        long commune = f.unit(province, "Đảng bộ xã Ngày", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        Renaming renaming = new Renaming("Tên khác", null, OrgLevel.SUPERIOR_OF_GRASSROOTS, null, null, false, null);

        assertThatThrownBy(() -> ops.rename(commune, renaming, on(2019, 12, 31)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.effectiveBeforeCurrent");
        assertThatThrownBy(() -> ops.rename(commune, renaming, on(2100, 1, 1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.futureDate");
        assertThatThrownBy(() -> ops.rename(Long.MAX_VALUE, renaming, on(2025, 1, 1)))
                .extracting(e -> ((DomainException) e).status())
                .isEqualTo(404);
        assertThatThrownBy(() -> ops.create(
                        NewUnit.of("Chi bộ trước khi có cấp trên", OrgLevel.GRASSROOTS_CELL, null, commune),
                        on(2019, 1, 1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.parentNotYet");

        ops.dissolve(commune, on(2025, 1, 1));
        assertThatThrownBy(() -> ops.rename(commune, renaming, on(2025, 2, 1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.closed");
        assertThat(tree.history(commune)).hasSize(1);
    }

    @Test
    void changingOnlyTheDirectSuperiorKeepsTheParent() {
        long province = f.province("Tỉnh Cấp Trên");
        long ward = f.unit(province, "Đảng ủy phường Một", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long grassroots = f.unit(province, "Đảng bộ Công ty X", OrgLevel.GRASSROOTS_COMMITTEE);

        ops.move(grassroots, province, ward, on(2025, 7, 1));

        OrgNode now = tree.node(grassroots, LocalDate.of(2025, 7, 2)).orElseThrow();
        assertThat(now.parentId()).isEqualTo(province);
        assertThat(now.directSuperiorId()).isEqualTo(ward);
        assertThat(tree.node(grassroots, LocalDate.of(2025, 1, 1)).orElseThrow().directSuperiorId())
                .isEqualTo(province);
        f.assertDerivedDataMatchesRebuild(province);
    }

    @Test
    void searchIgnoresAccentsAndStaysInsideTheScope() {
        long province = f.province("Tỉnh Tìm");
        long other = f.province("Tỉnh Khác");
        f.unit(province, "Đảng bộ xã Đông Hưng", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        f.unit(other, "Đảng bộ xã Đông Hưng", OrgLevel.SUPERIOR_OF_GRASSROOTS);

        var found = tree.search("dong hung " + f.tag, java.util.List.of(province), LocalDate.of(2025, 1, 1), 10);

        assertThat(found).hasSize(1);
        assertThat(found.getFirst().parentId()).isEqualTo(province);
    }
}

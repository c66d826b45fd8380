package vn.daihoi.org.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.daihoi.org.tree.TreeFixture.on;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.Merger;
import vn.daihoi.org.OrgOperations.NewUnit;
import vn.daihoi.org.OrgOperations.SplitPart;
import vn.daihoi.org.OrgTree;
import vn.daihoi.org.OrgVersion;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.org.UnitType;
import vn.daihoi.platform.DomainException;

/** Merges, splits and dissolutions on the real database: members and children move, history stays. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestructuringTest {

    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

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
    void mergeIntoNewNodeMovesMembersAndChildrenAndKeepsHistory() {
        long province = f.province("Tỉnh Sáp Nhập");
        long communeA = f.unit(province, "Đảng bộ xã Tân An", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long communeB = f.unit(province, "Đảng bộ xã Tân Bình", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cellA = f.unit(communeA, "Chi bộ thôn Đông", OrgLevel.GRASSROOTS_CELL);
        long cellB = f.unit(communeB, "Chi bộ thôn Tây", OrgLevel.GRASSROOTS_CELL);
        long office = f.member(communeA, "Hải");
        long officeB = f.member(communeB, "Hà");
        long deceased = f.member(communeB, "Hùng", "DECEASED");
        f.member(cellA, "Lan");
        f.member(cellB, "Mai");

        long target = ops.merge(
                new Merger(
                        List.of(communeA, communeB),
                        null,
                        NewUnit.of(
                                "Đảng bộ xã Tân An Bình " + f.tag,
                                OrgLevel.SUPERIOR_OF_GRASSROOTS,
                                UnitType.COMMUNE,
                                province)),
                new vn.daihoi.org.Decision("250-QĐ/TU", LocalDate.of(2025, 6, 20), AFTER, null));

        assertThat(tree.node(communeA, BEFORE)).isPresent();
        assertThat(tree.node(communeA, AFTER)).isEmpty();
        assertThat(tree.lastKnown(communeA, AFTER).orElseThrow().endKind()).isEqualTo("MERGED");
        assertThat(tree.children(target, AFTER)).extracting(OrgNode::id).containsExactlyInAnyOrder(cellA, cellB);
        assertThat(tree.node(cellA, BEFORE).orElseThrow().parentId()).isEqualTo(communeA);
        assertThat(tree.node(cellA, AFTER).orElseThrow().parentId()).isEqualTo(target);
        assertThat(List.of(f.orgOfMember(office), f.orgOfMember(officeB), f.orgOfMember(deceased)))
                .containsOnly(target);
        assertThat(jdbc.sql("""
                select org_id || ':' || valid_from || ':' || coalesce(valid_to::text, '-') || ':' || reason
                from member_assignment where member_id = ? order by valid_from
                """).param(office).query(String.class).list())
                .containsExactly(communeA + ":2020-01-01:2025-07-01:ADMISSION", target + ":2025-07-01:-:ORG_MERGE");
        var counts = tree.counts(target);
        assertThat(counts.directMembers()).isEqualTo(2);
        assertThat(counts.subtreeMembers()).isEqualTo(4);
        assertThat(counts.directChildren()).isEqualTo(2);
        assertThat(tree.counts(province).subtreeUnits()).isEqualTo(3);
        assertThat(tree.counts(communeA).subtreeMembers()).isZero();
        List<OrgVersion> history = tree.history(communeA);
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().endDecisionNo()).isEqualTo("250-QĐ/TU");
        assertThat(history.getFirst().endNote()).startsWith("Sáp nhập vào Đảng bộ xã Tân An Bình");
        assertThat(f.auditCount("ORG_MERGE", target)).isEqualTo(1);
        f.assertDerivedDataMatchesRebuild(province);
    }

    @Test
    void mergeIntoExistingNode() {
        long province = f.province("Tỉnh Nhập Có");
        long big = f.unit(province, "Đảng bộ phường Lớn", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long small = f.unit(province, "Đảng bộ phường Nhỏ", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell = f.unit(small, "Chi bộ khu phố 3", OrgLevel.GRASSROOTS_CELL);
        f.member(cell, "Nam");
        long firm = f.unit(province, "Đảng bộ Công ty Nhỏ", OrgLevel.GRASSROOTS_COMMITTEE);
        ops.move(firm, province, small, on(2024, 1, 1));

        long target = ops.merge(new Merger(List.of(small), big, null), on(AFTER));

        assertThat(target).isEqualTo(big);
        assertThat(tree.node(cell, AFTER).orElseThrow().parentId()).isEqualTo(big);
        assertThat(tree.counts(big).subtreeMembers()).isEqualTo(1);
        assertThat(tree.node(firm, AFTER).orElseThrow().directSuperiorId()).isEqualTo(big);
        assertThat(tree.node(firm, BEFORE).orElseThrow().directSuperiorId()).isEqualTo(small);
        assertThatThrownBy(() -> ops.merge(new Merger(List.of(big), cell, null), on(2025, 8, 1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.insideSource");
        f.assertDerivedDataMatchesRebuild(province);
    }

    @Test
    void splitSendsChosenChildrenAndMembersToEachPart() {
        long province = f.province("Tỉnh Chia Tách");
        long commune = f.unit(province, "Đảng bộ xã Lớn", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell1 = f.unit(commune, "Chi bộ thôn Một", OrgLevel.GRASSROOTS_CELL);
        long cell2 = f.unit(commune, "Chi bộ thôn Hai", OrgLevel.GRASSROOTS_CELL);
        long m1 = f.member(commune, "Oanh");
        long m2 = f.member(commune, "Phúc");
        f.member(cell2, "Quang");

        List<Long> parts = ops.split(
                commune,
                List.of(
                        new SplitPart(
                                NewUnit.of(
                                        "Đảng bộ xã Bắc " + f.tag,
                                        OrgLevel.SUPERIOR_OF_GRASSROOTS,
                                        UnitType.COMMUNE,
                                        null),
                                List.of(cell1),
                                List.of(m1)),
                        new SplitPart(
                                NewUnit.of(
                                        "Đảng bộ xã Nam " + f.tag,
                                        OrgLevel.SUPERIOR_OF_GRASSROOTS,
                                        UnitType.COMMUNE,
                                        null),
                                List.of(cell2),
                                List.of(m2))),
                false,
                on(AFTER));

        assertThat(parts).hasSize(2);
        assertThat(tree.node(commune, AFTER)).isEmpty();
        assertThat(tree.node(parts.get(0), AFTER).orElseThrow().parentId()).isEqualTo(province);
        assertThat(tree.children(parts.get(0), AFTER)).extracting(OrgNode::id).containsExactly(cell1);
        assertThat(tree.children(parts.get(1), AFTER)).extracting(OrgNode::id).containsExactly(cell2);
        assertThat(tree.children(commune, BEFORE)).extracting(OrgNode::id).containsExactlyInAnyOrder(cell1, cell2);
        assertThat(f.orgOfMember(m1)).isEqualTo(parts.get(0));
        assertThat(f.orgOfMember(m2)).isEqualTo(parts.get(1));
        assertThat(tree.counts(parts.get(1)).subtreeMembers()).isEqualTo(2);
        assertThat(f.auditCount("ORG_SPLIT", commune)).isEqualTo(1);
        f.assertDerivedDataMatchesRebuild(province);
    }

    @Test
    void splitThatWouldLeaveMembersBehindAClosedNodeIsRefusedAndWritesNothing() {
        long province = f.province("Tỉnh Tách Thiếu");
        long commune = f.unit(province, "Đảng bộ xã Thiếu", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell = f.unit(commune, "Chi bộ Thiếu", OrgLevel.GRASSROOTS_CELL);
        f.member(commune, "Sơn");
        int nodesBefore = tree.counts(province).subtreeUnits();

        assertThatThrownBy(() -> ops.split(
                        commune,
                        List.of(
                                new SplitPart(
                                        NewUnit.of("Phần một " + f.tag, OrgLevel.SUPERIOR_OF_GRASSROOTS, null, null),
                                        List.of(cell),
                                        List.of()),
                                new SplitPart(
                                        NewUnit.of("Phần hai " + f.tag, OrgLevel.SUPERIOR_OF_GRASSROOTS, null, null),
                                        List.of(),
                                        List.of())),
                        false,
                        on(AFTER)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.splitLeftovers");
        assertThat(tree.counts(province).subtreeUnits()).isEqualTo(nodesBefore);
        assertThat(tree.node(commune, AFTER)).isPresent();
    }

    @Test
    void splitKeepingTheSourceOnlyMovesWhatWasChosen() {
        long province = f.province("Tỉnh Tách Giữ");
        long commune = f.unit(province, "Đảng bộ xã Giữ", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell = f.unit(commune, "Chi bộ Giữ", OrgLevel.GRASSROOTS_CELL);
        long stays = f.member(commune, "Tâm");

        List<Long> parts = ops.split(
                commune,
                List.of(new SplitPart(
                        NewUnit.of("Đảng bộ xã Tách Ra " + f.tag, OrgLevel.SUPERIOR_OF_GRASSROOTS, null, null),
                        List.of(cell),
                        List.of())),
                true,
                on(AFTER));

        assertThat(tree.node(commune, AFTER)).isPresent();
        assertThat(f.orgOfMember(stays)).isEqualTo(commune);
        assertThat(tree.node(cell, AFTER).orElseThrow().parentId()).isEqualTo(parts.getFirst());
        f.assertDerivedDataMatchesRebuild(province);
    }

    @Test
    void dissolveIsRefusedWhileChildrenOrMembersRemain() {
        long province = f.province("Tỉnh Giải Thể");
        long commune = f.unit(province, "Đảng bộ xã Giải Thể", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell = f.unit(commune, "Chi bộ Giải Thể", OrgLevel.GRASSROOTS_CELL);
        f.member(cell, "Uyên");

        assertThatThrownBy(() -> ops.dissolve(commune, on(AFTER)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.dissolveHasChildren");
        assertThatThrownBy(() -> ops.dissolve(cell, on(AFTER)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("org.error.dissolveHasMembers");

        long empty = f.unit(commune, "Chi bộ Trống", OrgLevel.GRASSROOTS_CELL);
        f.member(empty, "Vinh", "DECEASED");
        ops.dissolve(empty, on(AFTER));
        assertThat(tree.lastKnown(empty, AFTER).orElseThrow().endKind()).isEqualTo("DISSOLVED");
        assertThat(tree.counts(commune).directChildren()).isEqualTo(1);
        assertThat(f.auditCount("ORG_DISSOLVE", empty)).isEqualTo(1);
        f.assertDerivedDataMatchesRebuild(province);
    }
}

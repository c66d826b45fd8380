package vn.daihoi.season.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressState;
import vn.daihoi.season.progress.ProgressReport.LevelProgress;

/** The report's arithmetic on a fixed date: held and %, overdue, due within N days, followers, the past. */
@SpringBootTest
class ProgressReportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    OrgOperations ops;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressQueries queries;

    @Autowired
    UserAdmin users;

    ProgressFixture f;
    long province;
    long commune;
    long[] cells = new long[6];
    long lan;
    long minh;

    @BeforeEach
    void cases() {
        f = new ProgressFixture(ops, jdbc);
        province = f.province("Tỉnh Hạn Chót");
        commune = f.unit(province, "Đảng bộ xã Hạn", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = f.unit(commune, "Chi bộ số " + i, OrgLevel.SUBORDINATE_CELL);
        }
        lan = f.userId(f.user(users, Role.VIEWER, province));
        minh = f.userId(f.user(users, Role.VIEWER, province));
        f.congress(cells[0], "PREPARING", TODAY.minusDays(1), lan); // overdue
        f.congress(cells[1], "CONVENED", TODAY, lan); // due today: not overdue, due within any N
        f.congress(cells[2], "APPROVED", TODAY.plusDays(14), minh); // due within 14, the last day
        f.congress(cells[3], "PREPARING", TODAY.plusDays(15), minh); // only within 30
        f.congress(cells[4], "CLOSED", TODAY.minusDays(20), minh); // held: never overdue
        f.congress(cells[5], "DISSOLVED", TODAY.minusDays(20), null); // closed: never overdue
        f.congress(commune, "PLAN_ISSUED", null, null);
    }

    LevelProgress level(ProgressReport r, OrgLevel level) {
        return r.levels().stream().filter(l -> l.level() == level).findFirst().orElseThrow();
    }

    @Test
    void countsHeldOverdueAndDueWithinOnAFixedDate() {
        ProgressReport r = queries.current(province, "2025-2030", TODAY, 14);
        LevelProgress cellsLevel = level(r, OrgLevel.SUBORDINATE_CELL);
        assertThat(cellsLevel.total()).isEqualTo(6);
        assertThat(cellsLevel.held()).isEqualTo(1);
        assertThat(cellsLevel.heldPercent()).isEqualByComparingTo(new BigDecimal("16.7"));
        assertThat(cellsLevel.overdue()).isEqualTo(1);
        assertThat(cellsLevel.dueSoon()).isEqualTo(2);
        assertThat(cellsLevel.states()).containsEntry(CongressState.PREPARING, 2L);
        assertThat(level(r, OrgLevel.SUPERIOR_OF_GRASSROOTS).total()).isEqualTo(1);
        assertThat(level(r, OrgLevel.SUPERIOR_OF_GRASSROOTS).heldPercent()).isEqualByComparingTo("0.0");
        assertThat(r.total()).isEqualTo(7);

        assertThat(level(queries.current(province, "2025-2030", TODAY, 30), OrgLevel.SUBORDINATE_CELL)
                        .dueSoon())
                .isEqualTo(3);
        assertThat(level(queries.current(province, "2025-2030", TODAY.plusDays(1), 0), OrgLevel.SUBORDINATE_CELL)
                        .overdue())
                .isEqualTo(2);

        assertThat(r.followers())
                .extracting(p -> p.userId() + ":" + p.units() + "/" + p.overdue())
                .containsExactly(lan + ":2/1", minh + ":3/0");
    }

    /**
     * The app keeps what it folded per stamp: each later load still reads the stamp, so a case changed,
     * added or moved, and a follower renamed, show on the very next load; the same stamp serves the same
     * summary without re-reading the rows.
     */
    @Test
    void aKeptSummaryNeverHidesAChange() {
        ProgressReport first = queries.current(province, "2025-2030", TODAY, 14);
        assertThat(level(first, OrgLevel.SUBORDINATE_CELL).held()).isEqualTo(1);
        long stamp = stamp(province);
        assertThat(queries.current(province, "2025-2030", TODAY, 14)).isEqualTo(first);
        assertThat(stamp(province)).isEqualTo(stamp);

        jdbc.sql("update congress_case set state = 'CLOSED', due_on = null where org_id = ? and term = '2025-2030'")
                .param(cells[0])
                .update();
        assertThat(stamp(province)).isGreaterThan(stamp);
        assertThat(stamp(commune)).isGreaterThan(0);
        ProgressReport second = queries.current(province, "2025-2030", TODAY, 14);
        assertThat(level(second, OrgLevel.SUBORDINATE_CELL).held()).isEqualTo(2);
        assertThat(level(second, OrgLevel.SUBORDINATE_CELL).overdue()).isZero();
        assertThat(second.followers())
                .extracting(p -> p.userId() + ":" + p.units() + "/" + p.overdue())
                .containsExactly(minh + ":3/0", lan + ":2/0");

        jdbc.sql("update app_user set full_name = 'Trần Thị Lan' where id = ?")
                .param(lan)
                .update();
        assertThat(queries.current(province, "2025-2030", TODAY, 14).followers())
                .extracting(ProgressReport.FollowerProgress::fullName)
                .contains("Trần Thị Lan");

        long other = f.province("Tỉnh Nhận Xã");
        queries.current(other, "2025-2030", TODAY, 14);
        ops.move(commune, other, null, ProgressFixture.on(TODAY));
        assertThat(queries.current(province, "2025-2030", TODAY, 14).total()).isZero();
        assertThat(queries.current(other, "2025-2030", TODAY, 14).total()).isEqualTo(7);
    }

    private long stamp(long orgId) {
        return jdbc.sql("select coalesce(max(version), 0) from congress_progress_stamp where ancestor_id = ?"
                        + " and term = '2025-2030'")
                .param(orgId)
                .query(Long.class)
                .single();
    }

    @Test
    void anotherTermIsCountedApart() {
        f.congress(cells[0], "2020-2025", "ARCHIVED", null, null);
        assertThat(queries.current(province, "2020-2025", TODAY, 14).total()).isEqualTo(1);
        assertThat(queries.current(province, "2025-2030", TODAY, 14).total()).isEqualTo(7);
    }

    @Test
    void aPastDateUsesTheTransitionsAndTheTreeOfThatDate() {
        long late = f.unit(commune, "Chi bộ thành lập sau", OrgLevel.SUBORDINATE_CELL, LocalDate.of(2025, 9, 1));
        long lateCase = f.congress(late, "PREPARING", null, null);
        f.step(lateCase, null, "PREPARING", LocalDate.of(2025, 9, 2));
        long c0 = caseOf(cells[0]);
        f.step(c0, null, "PLAN_ISSUED", LocalDate.of(2025, 3, 1));
        f.step(c0, "PLAN_ISSUED", "PREPARING", LocalDate.of(2025, 6, 1));
        long c4 = caseOf(cells[4]);
        f.step(c4, null, "PLAN_ISSUED", LocalDate.of(2025, 3, 1));
        f.step(c4, "PLAN_ISSUED", "CLOSED", LocalDate.of(2025, 8, 1));

        ProgressReport may = queries.past(province, "2025-2030", LocalDate.of(2025, 5, 1), 14);
        assertThat(may.historical()).isTrue();
        LevelProgress cellsInMay = level(may, OrgLevel.SUBORDINATE_CELL);
        assertThat(cellsInMay.states()).containsExactlyEntriesOf(java.util.Map.of(CongressState.PLAN_ISSUED, 2L));
        assertThat(cellsInMay.overdue()).isNull();
        assertThat(may.followers())
                .extracting(p -> p.userId() + ":" + p.units())
                .containsExactlyInAnyOrder(lan + ":1", minh + ":1");

        ProgressReport august = queries.past(province, "2025-2030", LocalDate.of(2025, 8, 15), 14);
        LevelProgress cellsInAugust = level(august, OrgLevel.SUBORDINATE_CELL);
        assertThat(cellsInAugust.held()).isEqualTo(1);
        assertThat(cellsInAugust.heldPercent()).isEqualByComparingTo("50.0");
        // the cell founded on 01/09/2025 is not in the tree of 15/08/2025, even with its transition
        jdbc.sql("update congress_transition set effective_on = date '2025-08-01' where case_id = ?")
                .param(lateCase)
                .update();
        assertThat(level(queries.past(province, "2025-2030", LocalDate.of(2025, 8, 15), 14), OrgLevel.SUBORDINATE_CELL)
                        .total())
                .isEqualTo(2);
        assertThat(level(queries.past(province, "2025-2030", LocalDate.of(2025, 9, 15), 14), OrgLevel.SUBORDINATE_CELL)
                        .total())
                .isEqualTo(3);
    }

    @Test
    void aNodeThatDidNotExistIsNotFound() {
        assertThatThrownBy(() -> queries.past(province, "2025-2030", LocalDate.of(2019, 1, 1), 14))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).status())
                .isEqualTo(404);
    }

    @Test
    void badFiltersAndTermsAreRefusedWithTheirMessage() {
        assertThatThrownBy(() -> CaseFilter.parse("CHI_BO", null, null, null))
                .hasMessageContaining("progress.error.level");
        assertThatThrownBy(() -> CaseFilter.parse(null, null, "late", null))
                .hasMessageContaining("progress.error.filter");
        assertThatThrownBy(() -> CaseFilter.parse(null, null, null, -1))
                .hasMessageContaining("progress.error.dueWithin");
        assertThatThrownBy(() -> ProgressRequests.term("2025-2031")).hasMessageContaining("progress.error.term");
        assertThat(CaseFilter.parse("subordinate_cell", "closed", "overdue", null))
                .isEqualTo(new CaseFilter(
                        OrgLevel.SUBORDINATE_CELL, CongressState.CLOSED, CaseFilter.Deadline.OVERDUE, 14));
    }

    long caseOf(long orgId) {
        return jdbc.sql("select id from congress_case where org_id = ? and term = '2025-2030'")
                .param(orgId)
                .query(Long.class)
                .single();
    }
}

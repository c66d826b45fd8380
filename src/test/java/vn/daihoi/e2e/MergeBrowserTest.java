package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.OrganizationScope;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.Sex;
import vn.daihoi.org.UnitType;
import vn.daihoi.security.TestAdmin;

/** Journey: an office merges one village cell into another through the node page's merge form. */
class MergeBrowserTest extends BrowserTestBase {

    @Autowired
    vn.daihoi.org.OrgOperations operations;

    @Autowired
    OrganizationScope scope;

    @Autowired
    MemberImport imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mergingACellMovesItsMembersAndKeepsItsHistory() {
        TreeFixtures fx = new TreeFixtures(operations, scope);
        long province = fx.province("Tỉnh Bắc Sơn");
        long commune =
                fx.unit("Xã Tân Lập", OrgLevel.GRASSROOTS_COMMITTEE, UnitType.COMMUNE, province, TreeFixtures.OLD_TERM);
        long east = fx.unit(
                "Chi bộ thôn Đông", OrgLevel.SUBORDINATE_CELL, UnitType.VILLAGE, commune, TreeFixtures.OLD_TERM);
        long west =
                fx.unit("Chi bộ thôn Tây", OrgLevel.SUBORDINATE_CELL, UnitType.VILLAGE, commune, TreeFixtures.OLD_TERM);
        long serial = System.nanoTime() % 1_000_000_000L;
        imports.load(List.of(
                member("Lò", "Văn", "Pản", String.format("014%09d", serial), east),
                member("Hà", "Thị", "Ún", String.format("014%09d", serial + 1), east),
                member("Nguyễn", "Văn", "Ân", String.format("014%09d", serial + 2), west)));

        loginPage().signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        page.navigate(url("/org/" + east));
        assertThat(page.locator("#count-direct-members")).containsText("2");

        page.locator("[data-bs-target='#op-merge-body']").click();
        page.locator("#merge-existing").check();
        page.locator("#merge-target").fill(fx.code("Chi bộ thôn Tây"));
        page.locator("#merge-decisionNo").fill("45-QĐ/ĐU");
        page.locator("#merge-decisionDate").fill("15/08/2025");
        page.locator("#merge-effectiveFrom").fill("01/09/2025");
        page.locator("#op-merge button[type=submit]").click();

        // The target now holds all three members; the merged cell is closed with its history kept.
        page.navigate(url("/org/" + west));
        assertThat(page.locator("#count-direct-members")).containsText("3");
        page.navigate(url("/org/" + east));
        assertThat(page.locator("#node-closed")).isVisible();
        assertThat(page.locator("#history")).containsText("45-QĐ/ĐU");
        assertThat(page.locator("#history")).containsText("Chi bộ thôn Đông " + fx.tag);

        long moved = jdbc.sql("select count(*) from member where org_id = ?")
                .param(west)
                .query(Long.class)
                .single();
        assertThat(moved).isEqualTo(3);
        long audited = jdbc.sql("select count(*) from audit_entry where action = 'ORG_MERGE' and summary like ?")
                .param("%" + fx.tag + "%")
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    static Members.MemberData member(String family, String middle, String given, String cccd, long cell) {
        return new Members.MemberData(
                family,
                middle,
                given,
                null,
                given.equals("Ún") ? Sex.FEMALE : Sex.MALE,
                LocalDate.of(1975, 4, 12),
                "Thái",
                "Không",
                cccd,
                null,
                null,
                LocalDate.of(2005, 5, 19),
                LocalDate.of(2006, 5, 19),
                MemberStatus.OFFICIAL,
                MemberSituation.ACTIVE,
                cell);
    }
}

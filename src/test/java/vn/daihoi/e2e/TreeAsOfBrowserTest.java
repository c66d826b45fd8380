package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.daihoi.access.OrganizationScope;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.UnitType;
import vn.daihoi.security.TestAdmin;

/**
 * Journey: the 2025 reform as an office sees it. A commune under a district in the 2020–2025 tree is
 * moved directly under the province and renamed on 01/07/2025, and the district dissolved; browsing as
 * of 01/01/2024 and as of 01/01/2026 shows each tree as it was.
 */
class TreeAsOfBrowserTest extends BrowserTestBase {

    @Autowired
    OrgOperations operations;

    @Autowired
    OrganizationScope scope;

    @Test
    void theTreeAsOfTwoDatesShowsTheOldAndTheNewShape() {
        TreeFixtures fx = new TreeFixtures(operations, scope);
        long province = fx.province("Tỉnh Sông Lam");
        long district = fx.unit(
                "Huyện Đồng Hỷ", OrgLevel.SUPERIOR_OF_GRASSROOTS, UnitType.OTHER, province, TreeFixtures.OLD_TERM);
        long commune = fx.unit(
                "Xã Hóa Thượng", OrgLevel.GRASSROOTS_COMMITTEE, UnitType.COMMUNE, district, TreeFixtures.OLD_TERM);
        Decision reform = new Decision("1234-QĐ/TW", TreeFixtures.REFORM.minusDays(15), TreeFixtures.REFORM, null);
        operations.move(commune, province, null, reform);
        operations.rename(
                commune,
                new OrgOperations.Renaming(
                        "Xã Đồng Hỷ mới " + fx.tag,
                        null,
                        OrgLevel.SUPERIOR_OF_GRASSROOTS,
                        UnitType.COMMUNE,
                        null,
                        true,
                        "Kết luận 150-KL/TW"),
                new Decision("1235-QĐ/TW", TreeFixtures.REFORM.minusDays(15), TreeFixtures.REFORM.plusDays(1), null));
        operations.dissolve(district, reform);

        loginPage().signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);

        // The province as of 01/01/2024: the district is there, with the commune below it.
        page.navigate(url("/org/" + province));
        page.locator("#as-of").fill("01/01/2024");
        page.locator("#as-of-form button[type=submit]").click();
        assertThat(page.locator("#as-of-note")).containsText("01/01/2024");
        assertThat(page.locator("#children")).containsText("Huyện Đồng Hỷ " + fx.tag);
        assertThat(page.locator("#children")).not().containsText("Xã Đồng Hỷ mới");

        page.navigate(url("/org/" + commune + "?asOf=01/01/2024"));
        assertThat(page.locator("#node-name")).containsText("Xã Hóa Thượng " + fx.tag);
        assertThat(page.locator("#breadcrumbs")).containsText("Huyện Đồng Hỷ " + fx.tag);

        // The same nodes as of 01/01/2026: no district, the commune renamed, directly under the province.
        page.navigate(url("/org/" + province));
        page.locator("#as-of").fill("01/01/2026");
        page.locator("#as-of-form button[type=submit]").click();
        assertThat(page.locator("#children")).containsText("Xã Đồng Hỷ mới " + fx.tag);
        assertThat(page.locator("#children")).not().containsText("Huyện Đồng Hỷ");

        page.navigate(url("/org/" + commune + "?asOf=01/01/2026"));
        assertThat(page.locator("#node-name")).containsText("Xã Đồng Hỷ mới " + fx.tag);
        assertThat(page.locator("#breadcrumbs")).not().containsText("Huyện Đồng Hỷ");
        assertThat(page.locator("#history")).containsText("1234-QĐ/TW");
        assertThat(page.locator("#history")).containsText("01/07/2025");
    }
}

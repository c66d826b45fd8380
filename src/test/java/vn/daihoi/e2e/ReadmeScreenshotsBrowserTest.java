package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.demo.DemoData;

/**
 * Journey of a provincial office on the sample data, which also renders the README's screenshots
 * ({@code target/screenshots/readme-*.png}; copied to docs/img when they change).
 */
class ReadmeScreenshotsBrowserTest extends BrowserTestBase {

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theProvincialOfficeBrowsesItsProvinceAndFindsAMember() {
        demo.load(DemoData.Scale.SAMPLE);
        long province = jdbc.sql("select id from org_unit where code = 'HBX'")
                .query(Long.class)
                .single();

        loginPage().signIn("vanphong.tinhuy", "Daihoi2026demo");
        page.navigate(url("/org/" + province));
        assertThat(page.locator("#node-name")).containsText("Đảng bộ tỉnh Hòa Bình Xanh");
        assertThat(page.locator("#children")).containsText("Đảng bộ xã Xuân Phú");
        shot("readme-node");

        page.navigate(url("/members?q=nguyen+van"));
        assertThat(page.locator("#member-table")).containsText("Nguyễn Văn");
        shot("readme-members");

        // The sample's congress season: every level below the province, overdue units among them.
        page.navigate(url("/progress/" + province));
        assertThat(page.locator("#progress-levels")).containsText("Chi bộ trực thuộc");
        assertThat(page.locator("#overdue-SUBORDINATE_CELL")).not().hasText("0");
        shot("readme-progress");
        page.locator("#overdue-SUBORDINATE_CELL a").first().click();
        page.waitForURL("**/units**");
        page.locator("#progress-units a[href*='/congresses/']").first().click();
        assertThat(page.locator("#case-history")).isVisible();
        shot("readme-case");
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(false));
    }
}

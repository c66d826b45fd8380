package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.demo.DemoData;

/**
 * Pages show only what the user may open or do: a reader sees no budget or personnel form, a node above the
 * user's scope is named, not linked, and a unit is found by its code in the header.
 */
class NavigationByRoleBrowserTest extends BrowserTestBase {

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void sample() {
        demo.load(DemoData.Scale.SAMPLE);
    }

    long id(String code) {
        return jdbc.sql("select id from org_unit where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    long caseOf(String code) {
        return jdbc.sql("select c.id from congress_case c join org_unit u on u.id = c.org_id where u.code = ?"
                        + " order by c.term desc limit 1")
                .param(code)
                .query(Long.class)
                .single();
    }

    void signIn(String user) {
        loginPage().signIn(user, "Daihoi2026demo");
    }

    @Test
    void aViewerSeesTheBudgetAndPersonnelButNoFormToSend() {
        long c = caseOf("HBX.X01");
        signIn("xem.hbx");
        page.navigate(url("/congresses/" + c + "/budget"));
        assertThat(page.locator("#budget-lines")).isVisible();
        assertThat(page.locator("main form[method=post]")).hasCount(0);
        page.navigate(url("/congresses/" + c + "/personnel"));
        assertThat(page.locator("#personnel-candidates")).isVisible();
        assertThat(page.locator("main form[method=post]")).hasCount(0);
    }

    @Test
    void theCasePageLinksOnlyTheWorkTheUserMayOpen() {
        long c = caseOf("HBX.X01");
        signIn("xem.hbx");
        page.navigate(url("/congresses/" + c));
        assertThat(page.locator("#case-work a[href$='/personnel']")).hasCount(1);
        assertThat(page.locator("#case-day a[href$='/checkin']")).hasCount(0);
        context.clearCookies();
        signIn("kiemphieu.xuanphu");
        page.navigate(url("/congresses/" + c));
        assertThat(page.locator("#case-work a[href$='/personnel']")).hasCount(0);
        assertThat(page.locator("#case-work a[href='/drafts']")).hasCount(0);
        assertThat(page.locator("#case-work a[href$='/budget']")).hasCount(1);
    }

    @Test
    void theOfficeThatRunsTheCongressStillSeesItsForms() {
        long c = caseOf("HBX.X01");
        signIn("vanphong.xuanphu");
        page.navigate(url("/congresses/" + c + "/budget"));
        assertThat(page.locator("#budget-form")).isVisible();
        assertThat(page.locator("#budget-filing-form")).isVisible();
        page.navigate(url("/congresses/" + c + "/personnel"));
        assertThat(page.locator("#body-form")).isVisible();
        assertThat(page.locator("#candidate-form")).isVisible();
    }

    @Test
    void aNodeAboveTheScopeIsNamedNotLinked() {
        long province = id("HBX");
        long commune = id("HBX.X01");
        signIn("vanphong.xuanphu");
        page.navigate(url("/org/" + commune));
        assertThat(page.locator("#breadcrumbs")).containsText("Hòa Bình Xanh");
        assertThat(page.locator("#breadcrumbs a", new Page.LocatorOptions().setHasText("Hòa Bình Xanh")))
                .hasCount(0);
        assertThat(page.locator("#node-superior a")).hasCount(0);
        assertThat(page.locator("#node-parent a")).hasCount(0);
        assertThat(page.locator("#node-parent")).containsText("Hòa Bình Xanh");
        // the province's office, whose scope holds the province, gets the link
        context.clearCookies();
        signIn("vanphong.tinhuy");
        page.navigate(url("/org/" + commune));
        assertThat(page.locator("#breadcrumbs a", new Page.LocatorOptions().setHasText("Hòa Bình Xanh")))
                .hasAttribute("href", java.util.regex.Pattern.compile("/org/" + province + "(\\?.*)?$"));
    }

    @Test
    void aUnitIsFoundByItsCodeWithinTheScope() {
        long commune = id("HBX.X01");
        signIn("vanphong.xuanphu");
        page.locator("#find-code").fill("hbx.x01");
        page.locator("#find-code").press("Enter");
        page.waitForURL(url("/org/" + commune));
        assertThat(page.locator("#node-name")).containsText("Xuân Phú");
        // the province exists but is outside her scope: the same answer as a code that does not exist
        page.locator("#find-code").fill("HBX");
        page.locator("#find-code").press("Enter");
        assertThat(page.locator("#find-none")).containsText("«HBX»");
        assertThat(page.locator("#find-none")).containsText("phạm vi");
    }
}

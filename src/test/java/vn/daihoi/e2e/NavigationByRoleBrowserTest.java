package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.Permission;
import vn.daihoi.demo.DemoData;
import vn.daihoi.demo.internal.SampleProvince;

/**
 * Pages show only what the user may open or do: a reader sees no budget or personnel form, a node above the
 * user's scope is named, not linked, and a unit is found by its code in the header. At a laptop's 1366×768 the
 * menu of every sample user is one row of dropdowns by domain, each shown only when the role may open one of its
 * items, and the logout button is whole on screen.
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

    /** The menu's groups and the permissions of their items: a group shows when the role holds one of them. */
    static final Map<String, List<Permission>> GROUPS = Map.of(
            "#nav-group-congress", List.of(Permission.CONGRESS_VIEW),
            "#nav-group-org", List.of(Permission.ORG_VIEW, Permission.MEMBER_VIEW),
            "#nav-group-documents", List.of(Permission.DOCUMENT_VIEW, Permission.DRAFT_VIEW, Permission.RULEBOOK_VIEW),
            "#nav-group-system", List.of(Permission.USER_VIEW, Permission.AUDIT_VIEW));

    @Test
    void atALaptopSizeEverySampleUsersMenuIsOneRowWithTheLogoutOnScreen() {
        page.setViewportSize(1366, 768);
        List<String> problems = new ArrayList<>();
        for (SampleProvince.DemoUser user : SampleProvince.USERS) {
            signIn(user.username());
            String who = user.username() + ": ";
            BoundingBox brand = page.locator(".navbar-brand").boundingBox();
            double row = brand.y + brand.height / 2;
            Locator items = page.locator("#mainNav > ul > li, #mainNav > form");
            assertThat(items.count()).isGreaterThan(2);
            for (int i = 0; i < items.count(); i++) {
                BoundingBox b = items.nth(i).boundingBox();
                if (b.y > row || b.y + b.height < row) {
                    problems.add(who + "menu item " + i + " ("
                            + items.nth(i).innerText().strip() + ") off the row");
                }
            }
            BoundingBox nav = page.locator("nav.navbar").boundingBox();
            if (nav.height > 80) {
                problems.add(who + "navbar " + nav.height + " px high");
            }
            BoundingBox out = page.locator("#nav-logout").boundingBox();
            if (out.x < 0 || out.x + out.width > 1366 || out.y + out.height > nav.y + nav.height) {
                problems.add(who + "logout outside the viewport " + out.x + "+" + out.width);
            }
            for (Map.Entry<String, List<Permission>> g : GROUPS.entrySet()) {
                boolean may = g.getValue().stream().anyMatch(p -> user.role().grants(p));
                if (may != (page.locator(g.getKey()).count() == 1)) {
                    problems.add(who + g.getKey() + (may ? " missing" : " offered"));
                }
                if (may && page.locator(g.getKey() + " .dropdown-item").count() == 0) {
                    problems.add(who + g.getKey() + " empty");
                }
            }
            context.clearCookies();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMenuGroupOpensFromTheKeyboard() {
        page.setViewportSize(1366, 768);
        signIn("vanphong.xuanphu");
        Locator toggle = page.locator("#nav-group-documents > button");
        Locator drafts = page.locator("#nav-group-documents a[href='/drafts']");
        assertThat(drafts.isVisible()).isFalse();
        toggle.focus();
        page.keyboard().press("Enter");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(drafts)
                .isVisible();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(toggle)
                .hasAttribute("aria-expanded", "true");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(drafts)
                .isFocused();
        page.keyboard().press("Enter");
        page.waitForURL(url("/drafts"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#error-message"))
                .hasCount(0);
    }
}

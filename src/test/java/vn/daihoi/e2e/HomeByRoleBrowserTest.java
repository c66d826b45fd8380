package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.daihoi.demo.DemoData;

/**
 * The home page of every sample user of the README: each sees the block of their work, and no link on the page
 * (menu included) answers 403 or fails for them. Renders {@code docs/img/home-<role>.png} at 1366×768.
 */
class HomeByRoleBrowserTest extends BrowserTestBase {

    @Autowired
    DemoData demo;

    record Expect(String user, String role, String block, List<String> absentBlocks) {}

    static final List<Expect> USERS = List.of(
            new Expect("quantri.hbx", "admin", "#home-deadlines", List.of()),
            new Expect("vanphong.tinhuy", "committee-office", "#home-appraisals", List.of()),
            new Expect("bantochuc.tinhuy", "organization-board", "#home-week", List.of("#home-my-case", "#home-audit")),
            new Expect("vanphong.xuanphu", "committee-office-commune", "#home-deadlines", List.of()),
            new Expect("bithu.dongtam", "cell-secretary", "#home-my-case", List.of("#home-deadlines", "#home-audit")),
            new Expect("xem.hbx", "viewer", "#home-read", List.of("#home-deadlines", "#home-my-case", "#home-audit")),
            new Expect(
                    "kiemtra.hbx",
                    "auditor",
                    "#home-audit",
                    List.of("#home-deadlines", "#home-my-case", "#home-rounds")),
            new Expect(
                    "kiemphieu.xuanphu",
                    "counting-clerk",
                    "#home-rounds",
                    List.of("#home-deadlines", "#home-my-case", "#home-audit")),
            new Expect(
                    "dangvien.dongtam",
                    "party-member",
                    "#home-member",
                    List.of("#home-deadlines", "#home-my-case", "#home-audit")));

    @Test
    void everySampleUserSeesTheirWorkAndNoLinkThatRefusesThem() {
        demo.load(DemoData.Scale.SAMPLE);
        List<String> refused = new ArrayList<>();
        for (Expect e : USERS) {
            try (BrowserContext ctx = browser.newContext(
                    new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1366, 768))) {
                Page p = ctx.newPage();
                p.navigate(url("/login"));
                p.locator("#username").fill(e.user());
                p.locator("#password").fill("Daihoi2026demo");
                p.locator("#login-submit").click();
                p.waitForURL(url("/"));
                assertThat(p.locator(e.block())).isVisible();
                for (String absent : e.absentBlocks()) {
                    assertThat(p.locator(absent)).hasCount(0);
                }
                assertThat(p.locator("main")).not().containsText("??");
                switch (e.role()) {
                    // the sample season has overdue cases and submitted dossiers below the province
                    case "committee-office" -> {
                        assertThat(p.locator("#home-deadlines a[href^='/congresses/']")
                                        .count())
                                .isPositive();
                        assertThat(p.locator("#home-appraisals a[href$='/dossier']")
                                        .count())
                                .isPositive();
                    }
                    case "cell-secretary" ->
                        assertThat(p.locator("#home-my-case")).containsText("Đồng Tâm");
                    case "auditor" ->
                        assertThat(p.locator("#home-audit tr").count()).isPositive();
                    default -> {}
                }
                p.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("docs/img/home-" + e.role() + ".png"))
                        .setFullPage(false));
                Set<String> links = new LinkedHashSet<>();
                for (Object href : (List<?>)
                        p.evalOnSelectorAll("nav a[href], main a[href]", "as => as.map(a => a.getAttribute('href'))")) {
                    String h = String.valueOf(href);
                    if (h.startsWith("/") && !h.contains("lang=")) {
                        links.add(h);
                    }
                }
                for (String link : links) {
                    int status = ctx.request().get(url(link)).status();
                    if (status == 403 || status >= 500) {
                        refused.add(e.user() + " " + link + " -> " + status);
                    }
                }
            }
        }
        assertThat(refused).isEmpty();
    }
}

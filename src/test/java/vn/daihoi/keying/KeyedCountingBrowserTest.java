package vn.daihoi.keying;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.e2e.Chromium;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.RoundState;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/**
 * The counting table on a 1366×768 laptop: a 9-seat committee from 11 names, the pile keyed by three teams on
 * three pages with the keyboard only; one team mistypes one ballot, the reconciliation shows that position, the
 * team corrects it and the result is released.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyedCountingBrowserTest {

    static final int BALLOTS = 12;
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    BrowserContext browserContext;

    @BeforeAll
    static void launchBrowser() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    /** Ballot i strikes two names, so it keeps exactly the 9 seats. */
    static String ballot(int i) {
        return (i % 11 + 1) + " " + ((i + 5) % 11 + 1);
    }

    @Test
    void threeTeamsKeyTheMistypedBallotIsReconciledAndTheResultReleased() {
        ResultsFixtures.signIn(users, "admin");
        Fixtures.Province province = new Fixtures(context).province("kb");
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), BALLOTS);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 9, 11);
        rounds.recordCounts(roundId, BALLOTS, BALLOTS);
        SecurityContextHolder.clearContext();

        browserContext = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1366, 768));
        browserContext.setDefaultTimeout(20_000);
        Page login = browserContext.newPage();
        login.navigate(url("/login"));
        login.locator("#username").fill("admin");
        login.locator("#password").fill("Quantri2026ok");
        login.locator("#login-submit").click();
        login.waitForLoadState();

        List<Page> teams = new ArrayList<>();
        for (int team = 1; team <= 3; team++) {
            Page page = team == 1 ? login : browserContext.newPage();
            page.navigate(url("/rounds/" + roundId + "/entry?team=" + team));
            assertThat(page.locator("#keying-list li")).hasCount(11);
            teams.add(page);
        }
        Page first = teams.getFirst();
        Locator input = first.locator("#keying-input");
        // refused at once, with the reason, and nothing sent
        input.fill("12 3");
        input.press("Enter");
        assertThat(first.locator("#keying-error")).containsText("Số 12 không có trong danh sách");
        input.fill("3 3");
        input.press("Enter");
        assertThat(first.locator("#keying-error")).containsText("được gõ hai lần");
        // a wrong ballot undone with "-" Enter before going on
        input.fill("1 2");
        input.press("Enter");
        input.fill("-");
        input.press("Enter");

        for (int i = 0; i < BALLOTS; i++) {
            for (int team = 1; team <= 3; team++) {
                Locator box = teams.get(team - 1).locator("#keying-input");
                box.fill(team == 2 && i == 6 ? "4 10" : ballot(i));
                box.press("Enter");
            }
        }
        for (int team = 1; team <= 3; team++) {
            assertThat(teams.get(team - 1).locator("#keying-count"))
                    .hasText("Đã nhập " + BALLOTS + " / " + BALLOTS + " phiếu thu vào");
        }
        teams.get(1).screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/keying-entry.png")));

        Page reconcile = teams.getFirst();
        reconcile.navigate(url("/rounds/" + roundId + "/reconciliation"));
        assertThat(reconcile.locator("#keying-status")).containsText("khác nhau ở 1 vị trí");
        assertThat(reconcile.locator("#keying-differences tbody tr")).hasCount(1);
        assertThat(reconcile.locator("#keying-differences tbody tr").first()).hasAttribute("data-position", "7");
        reconcile.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/keying-reconciliation.png")));
        Locator fix = reconcile.locator("#fix-7-2");
        fix.fill(ballot(6));
        fix.press("Enter");
        assertThat(reconcile.locator("#keying-status")).hasText("Kết quả đã được công bố.");
        assertThat(jdbc.sql("select state from election_round where id = ?")
                        .param(roundId)
                        .query(String.class)
                        .single())
                .isEqualTo(RoundState.RELEASED.name());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}

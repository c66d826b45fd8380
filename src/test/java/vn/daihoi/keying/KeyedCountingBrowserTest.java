package vn.daihoi.keying;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.access.Role;
import vn.daihoi.e2e.BrowserTestBase;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.RoundState;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;

/**
 * The counting table on a 1366×768 laptop: a 9-seat committee from 11 names; the counting committee puts three
 * clerks on the three teams, each clerk finds her team's entry page from her home page and keys the pile with the
 * keyboard only; one team mistypes one ballot, the reconciliation shows that position, that team corrects it and
 * the committee releases the result.
 */
class KeyedCountingBrowserTest extends BrowserTestBase {

    static final int BALLOTS = 12;

    @Autowired
    ApplicationContext spring;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(1366, 768);
    }

    /** Ballot i strikes two names, so it keeps exactly the 9 seats. */
    static String ballot(int i) {
        return (i % 11 + 1) + " " + ((i + 5) % 11 + 1);
    }

    @Test
    void threeTeamsKeyTheMistypedBallotIsReconciledAndTheResultReleased() {
        ResultsFixtures.signIn(users, "admin");
        Fixtures fixtures = new Fixtures(spring);
        Fixtures.Province province = fixtures.province("kb");
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), BALLOTS);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 9, 11);
        rounds.recordCounts(roundId, BALLOTS, BALLOTS);
        List<String> clerks = new ArrayList<>();
        for (int team = 1; team <= 3; team++) {
            clerks.add(fixtures.username(fixtures.userWithRole(Role.COUNTING_CLERK, province.cellId())));
        }
        SecurityContextHolder.clearContext();

        // the counting committee puts one clerk on each team from the reconciliation page
        context.setDefaultTimeout(20_000);
        signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Page committee = page;
        committee.navigate(url("/rounds/" + roundId + "/reconciliation"));
        for (int team = 1; team <= 3; team++) {
            committee.locator("#assign-team").selectOption(String.valueOf(team));
            committee.locator("#assign-user").selectOption(clerks.get(team - 1));
            committee.locator("#keying-assign button").click();
            assertThat(committee.locator("#keying-members tr[data-team='" + team + "']"))
                    .containsText(clerks.get(team - 1));
        }

        // each clerk finds her team's entry page from the menu; her home shows nothing she may not open
        List<Page> teams = new ArrayList<>();
        for (int team = 1; team <= 3; team++) {
            Page page = signedIn(clerks.get(team - 1), Fixtures.PASSWORD);
            assertThat(page.locator("main a[href='/org']")).hasCount(0);
            assertThat(page.locator("#nav-keying")).isVisible();
            page.locator("#home-keying").click();
            page.locator("#keying-mine .keying-mine-entry").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/rounds/" + roundId + "/entry\\?team=" + team));
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

        // the team that mistyped corrects its own ballot at the position shown
        Page reconcile = teams.get(1);
        reconcile.navigate(url("/rounds/" + roundId + "/reconciliation"));
        assertThat(reconcile.locator("#keying-status")).containsText("khác nhau ở 1 vị trí");
        assertThat(reconcile.locator("#keying-differences tbody tr")).hasCount(1);
        assertThat(reconcile.locator("#keying-differences tbody tr").first()).hasAttribute("data-position", "7");
        // only the own team's correction box is offered
        assertThat(reconcile.locator("#fix-7-1")).hasCount(0);
        reconcile.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/keying-reconciliation.png")));
        Locator fix = reconcile.locator("#fix-7-2");
        fix.fill(ballot(6));
        fix.press("Enter");
        assertThat(reconcile.locator("#keying-status")).containsText("khớp");

        // the committee releases: three different clerks keyed, the counts agree
        committee.navigate(url("/rounds/" + roundId + "/reconciliation"));
        committee.locator("#keying-release button").click();
        assertThat(committee.locator("#keying-status")).hasText("Kết quả đã được công bố.");
        assertThat(jdbc.sql("select state from election_round where id = ?")
                        .param(roundId)
                        .query(String.class)
                        .single())
                .isEqualTo(RoundState.RELEASED.name());
    }

    /** A page of a new browser context (its own session) signed in as {@code username}. */
    private Page signedIn(String username, String password) {
        BrowserContext c = newContext(contextOptions());
        c.setDefaultTimeout(20_000);
        return signedIn(c, username, password);
    }
}

package vn.daihoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.daihoi.demo.internal.SampleProvince;
import vn.daihoi.security.WebSession;

/**
 * Issue 14: as every sample user of the README, the home page and every page reachable from it through
 * the menus and page links show no untranslated key, no 5xx, and no link that the user cannot open.
 * Over the full sample province, loaded by the same loader as {@code ./daihoi demo}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleCrawlTest {

    /** Pages opened per user at most; a page shape ({@code /congresses/N}) at most this many times. */
    private static final int MAX_PAGES = 150;

    private static final int PER_SHAPE = 2;

    /**
     * Failures known and owned by another part of issue 14 (the {@code i14-home} and {@code i14-progress} branches
     * fix them), each matched narrowly on the user, the page it is shown on, the link and the problem. Keep it
     * short: every entry is a bug still to fix, and is removed when its branch is merged.
     */
    private static final List<Allowed> ALLOWED = List.of(
            new Allowed(
                    ".*",
                    "/members",
                    "/members/\\d+",
                    "untranslated [??member.reason.ADMISSION_",
                    "issue 14 'pages say one thing one way': member.reason.ADMISSION has no label (i14-progress)"),
            new Allowed(
                    ".*",
                    "/org/\\d+(\\?asOf=.*)?",
                    "/org/\\d+(\\?asOf=.*)?",
                    "link shown but answers 403",
                    "issue 14 'menus by role': breadcrumbs and superior links out of scope become text (i14-home)"),
            new Allowed(
                    ".*",
                    "/congresses/\\d+/dossier",
                    "/org/\\d+/approval-calendar",
                    "link shown but answers 403",
                    "issue 14 'menus by role': the superior's calendar linked only for its readers (i14-home)"),
            new Allowed(
                    ".*",
                    "/congresses/\\d+|/org/\\d+/congresses",
                    "/congresses/\\d+/(checkin|personnel)|/drafts",
                    "link shown but answers 403",
                    "issue 14 'menus by role': the case page's links by role (i14-home)"),
            new Allowed(
                    "xem\\.hbx",
                    "/members",
                    "/members/new",
                    "link shown but answers 403",
                    "issue 14 'menus by role': a viewer sees no create button (i14-home)"),
            new Allowed(
                    "kiemtra\\.hbx",
                    "/org/\\d+(\\?asOf=.*)?",
                    "/org/\\d+/congresses|/progress/\\d+",
                    "link shown but answers 403",
                    "issue 14 'menus by role': the node page's congress links for an auditor (i14-home)"),
            new Allowed(
                    "kiemphieu\\.xuanphu",
                    "/progress.*",
                    "/org/\\d+",
                    "link shown but answers 403",
                    "issue 14 'menus by role': progress rows link nodes a clerk may not open (i14-home)"));

    record Allowed(String user, String page, String link, String problemStart, String reason) {
        boolean covers(SiteCrawler.Failure f) {
            return f.user().matches(user)
                    && f.page().matches(page)
                    && f.link().matches(link)
                    && f.problem().startsWith(problemStart);
        }
    }

    @Autowired
    DemoData demo;

    @LocalServerPort
    int port;

    @Test
    void everySampleUserWalksTheSiteWithoutA403LinkA5xxOrAnUntranslatedKey() {
        demo.load(DemoData.Scale.SAMPLE); // idempotent: shared with the other demo tests of this context
        List<SiteCrawler.Failure> failures = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        Set<Allowed> used = new HashSet<>();
        long started = System.nanoTime();
        // every user in Vietnamese, and the widest scope once more in English: keys built at run time
        // (codes' labels) escape MessageKeysTest, which only sees keys written in the sources
        List<String[]> walks = new ArrayList<>();
        SampleProvince.USERS.forEach(u -> walks.add(new String[] {u.username(), "vi"}));
        walks.add(new String[] {SampleProvince.USERS.getFirst().username(), "en"});
        for (String[] walk : walks) {
            String username = walk[0];
            WebSession session = new WebSession(port);
            var login = session.login(username, SampleProvince.PASSWORD);
            assertThat(WebSession.location(login)).as("%s signs in", username).doesNotContain("error");
            String label = username;
            if (walk[1].equals("en")) {
                session.get("/?lang=en"); // the locale lives in a cookie from then on
                assertThat(session.get("/").body())
                        .as("the English walk is in English")
                        .contains("lang=\"en\"");
                label = username + " (en)";
            }
            SiteCrawler crawler = new SiteCrawler(session, label, MAX_PAGES, PER_SHAPE);
            for (SiteCrawler.Failure f : crawler.crawl("/")) {
                ALLOWED.stream().filter(a -> a.covers(f)).findFirst().ifPresentOrElse(used::add, () -> failures.add(f));
            }
            walked.add(label + "=" + crawler.opened());
            // a walk that opened only the home page would prove nothing
            assertThat(crawler.opened()).as("pages opened by %s", label).isGreaterThan(1);
        }
        // an entry nothing matches any more has been fixed: say so, so that it is removed from the list
        ALLOWED.stream()
                .filter(a -> !used.contains(a))
                .forEach(a -> System.out.println("allow-list entry unused: " + a));
        System.out.printf("crawl of %s took %d ms%n", walked, (System.nanoTime() - started) / 1_000_000);
        assertThat(failures)
                .as(
                        "pages walked %s; failures (user | page | link | problem):%n%s",
                        walked,
                        failures.stream().map(SiteCrawler.Failure::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }
}

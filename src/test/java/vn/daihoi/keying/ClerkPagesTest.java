package vn.daihoi.keying;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.access.Role;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * Issue 13: a counting clerk (COUNTING_CLERK: congress view and ballot entry, nothing else) signs in and finds her
 * team's entry page — her home page and menu lead to {@code /keying}, which lists the rounds she is on with a link
 * to her team's entry page — and no link she is shown answers 403. The counting committee assigns through the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClerkPagesTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#?]*)(\\?[^\"]*)?\"");

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

    private static List<String> links(String html) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String path = m.group(1);
            // static files and the language switch are not pages the clerk opens
            if (!path.startsWith("/webjars")
                    && !path.startsWith("/css")
                    && !path.startsWith("/js")
                    && !path.equals("/")) {
                out.add(path);
            }
        }
        return new ArrayList<>(out);
    }

    @Test
    void theClerkReachesHerTeamsEntryPageAndSeesNoLinkThatIsForbidden() {
        Fixtures fixtures = new Fixtures(context);
        Fixtures.Province province = fixtures.province("kcp");
        String clerk = fixtures.username(fixtures.userWithRole(Role.COUNTING_CLERK, province.cellId()));
        ResultsFixtures.signIn(users, "admin");
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 6, 6);
        SecurityContextHolder.clearContext();

        // the committee puts her on team 2 from the reconciliation page
        WebSession committee = TestAdmin.session(port);
        HttpResponse<String> assigned = committee.post(
                "/rounds/" + roundId + "/reconciliation/members", Map.of("team", "2", "username", clerk));
        assertThat(WebSession.location(assigned)).endsWith("/rounds/" + roundId + "/reconciliation");
        assertThat(committee.get("/rounds/" + roundId + "/reconciliation").body())
                .contains("Phân công người nhập cho các tổ")
                .contains(clerk);

        WebSession web = new WebSession(port);
        assertThat(WebSession.location(web.login(clerk, Fixtures.PASSWORD))).doesNotContain("error");
        String home = web.get("/").body();
        assertThat(home).contains("href=\"/keying\"");
        List<String> shown = links(home);
        assertThat(shown).contains("/keying").doesNotContain("/org", "/members", "/users", "/audit");
        for (String link : shown) {
            assertThat(web.get(link).statusCode()).as(link).isNotEqualTo(403).isLessThan(500);
        }

        String mine = web.get("/keying").body();
        assertThat(mine).contains("href=\"/rounds/" + roundId + "/entry?team=2\"");
        HttpResponse<String> page = web.get("/rounds/" + roundId + "/entry?team=2");
        assertThat(page.statusCode()).isEqualTo(200);
        // another team's page is not hers
        HttpResponse<String> other = web.get("/rounds/" + roundId + "/entry?team=1");
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.body()).contains("thuộc tổ 2");

        // from outside, over the API: her ballot for team 2 is accepted, the same account's ballot for team 1 is not
        String ballot = "{\"clientId\":\"%s\",\"input\":\"4\"}";
        HttpResponse<String> own = WebSession.basic(
                port,
                "POST",
                "/api/rounds/" + roundId + "/teams/2/ballots",
                clerk,
                Fixtures.PASSWORD,
                ballot.formatted(UUID.randomUUID()));
        assertThat(own.statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = WebSession.basic(
                port,
                "POST",
                "/api/rounds/" + roundId + "/teams/1/ballots",
                clerk,
                Fixtures.PASSWORD,
                ballot.formatted(UUID.randomUUID()));
        assertThat(foreign.statusCode()).isEqualTo(409);
        assertThat(foreign.body()).contains("không nhập phiếu cho tổ 1");
        // the committee's page shows who keyed team 2, by the log
        assertThat(committee.get("/rounds/" + roundId + "/reconciliation").body())
                .containsPattern("keying-keyed-by\"><div>[^<]*\\(" + Pattern.quote(clerk) + "\\)</div>");
        assertThat(jdbc.sql("select count(*) from keyed_ballot where round_id = ? and team = 1")
                        .param(roundId)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}

package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.Role;
import vn.daihoi.security.Fixtures.Province;

/**
 * Out of scope before existence: an election or round of another province and an id that does not exist get
 * the same 403 (status and body), on the list stage and the other election endpoints, so nobody outside a
 * province learns which of its elections exist (issue 13).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ElectionScopeTest {

    static final long MISSING = 987_654_321L;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherProvincesElectionAndAMissingIdAreRefusedAlike() {
        // The fixtures keep their connection in static fields: point them at this context's database.
        new SeasonFixtures(jdbc);
        new ElectionFixtures(jdbc);
        Fixtures fx = new Fixtures(context);
        Province a = fx.province("a");
        Province b = fx.province("b");
        String office = fx.username(fx.userWithRole(Role.COMMITTEE_OFFICE, a.orgId()));
        long[] theirs = ElectionFixtures.electionOf(b);
        // B's election has no list yet (its round is being balloted): "no list" must not leak before the scope.
        jdbc.sql("update election_round set state = 'BALLOTING' where id = ?")
                .param(theirs[1])
                .update();
        long[] ours = ElectionFixtures.electionOf(a);

        for (String template : List.of(
                "/api/elections/%d/list",
                "/api/elections/%d/list/members?q=a",
                "/api/elections/%d/rounds/1/record",
                "/api/elections/%d/rounds/1/result")) {
            HttpResponse<String> existing = api(office, template.formatted(theirs[0]));
            HttpResponse<String> missing = api(office, template.formatted(MISSING));
            assertThat(existing.statusCode()).as(template + " of B").isEqualTo(403);
            assertThat(missing.statusCode()).as(template + " missing").isEqualTo(403);
            assertThat(withoutInstance(existing.body()))
                    .as(template)
                    .isEqualTo(withoutInstance(missing.body()))
                    .contains("Bạn không có quyền");
            assertThat(api(office, template.formatted(ours[0])).statusCode())
                    .as(template + " of A is not refused")
                    .isNotEqualTo(403);
        }

        WebSession browser = new WebSession(port);
        assertThat(WebSession.location(browser.login(office, Fixtures.PASSWORD)))
                .doesNotContain("error");
        for (String template : List.of(
                "/elections/%d/list/members?q=a",
                "/elections/%d/rounds/1/ballot.pdf", "/elections/%d/rounds/1/record.json", "/elections/%d/list/fix")) {
            HttpResponse<String> existing = template.endsWith("fix")
                    ? browser.post(template.formatted(theirs[0]), Map.of())
                    : browser.get(template.formatted(theirs[0]));
            HttpResponse<String> missing = template.endsWith("fix")
                    ? browser.post(template.formatted(MISSING), Map.of())
                    : browser.get(template.formatted(MISSING));
            assertThat(existing.statusCode()).as(template + " of B").isEqualTo(403);
            assertThat(missing.statusCode()).as(template + " missing").isEqualTo(403);
            assertThat(withoutTokens(missing.body())).isEqualTo(withoutTokens(existing.body()));
        }
    }

    /** The ProblemDetail's instance is the request's own path. */
    static String withoutInstance(String json) {
        return LockoutTest.withoutTimestamp(json).replaceAll("\"instance\":\"[^\"]*\",?", "");
    }

    /** The page's CSRF token is masked anew on every render. */
    static String withoutTokens(String html) {
        return html.replaceAll("(name=\"_csrf\"\\s+(?:value|content)=\")[^\"]+", "$1");
    }

    HttpResponse<String> api(String user, String path) {
        return WebSession.basic(port, "GET", path, user, Fixtures.PASSWORD);
    }
}

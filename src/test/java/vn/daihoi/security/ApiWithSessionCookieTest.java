package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An API call (HTTP Basic, stateless) that happens to carry a page session's cookie leaves that session
 * alone. It used to change the session's id (session-fixation protection applied to the stateless chain), so
 * the browser's other requests in flight, still sending the old id, were sent to the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiWithSessionCookieTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApiDoesNotRenewThePageSession() {
        WebSession browser = TestAdmin.session(port);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        String session = browser.cookie("SESSION").orElseThrow();

        long root = jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
        HttpResponse<String> api =
                browser.getWithBasic("/api/organizations/" + root, TestAdmin.USERNAME, TestAdmin.PASSWORD);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        assertThat(browser.cookie("SESSION")).hasValue(session);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }
}

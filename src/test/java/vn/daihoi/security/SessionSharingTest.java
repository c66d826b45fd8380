package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import vn.daihoi.DaihoiApplication;

/**
 * Sessions live in PostgreSQL: a browser signed in on one app instance is signed in on every instance
 * that shares the database (so a load balancer needs no sticky sessions).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionSharingTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aSessionCreatedOnOneInstanceIsAcceptedByASecondInstance() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        WebSession browser = new WebSession(port);
        assertThat(WebSession.location(browser.login(TestAdmin.USERNAME, TestAdmin.PASSWORD)))
                .doesNotContain("/login");
        String session = browser.cookie("SESSION").orElseThrow();
        String csrf = browser.csrfToken();

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(DaihoiApplication.class)
                .properties(
                        "server.port=0",
                        "daihoi.db.url=" + pool.getJdbcUrl(),
                        "daihoi.db.user=" + pool.getUsername(),
                        "daihoi.db.pool-size=2",
                        "spring.jmx.enabled=false")
                .run()) {
            int port2 = second.getEnvironment().getProperty("local.server.port", Integer.class);
            assertThat(port2).isNotEqualTo(port);
            HttpClient http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

            HttpResponse<String> anonymous = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port2 + "/users"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(302);

            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port2 + "/users"))
                            .header("Cookie", "SESSION=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Người dùng").contains("admin");

            // The CSRF token lives in the shared session too: a form from instance 1 posts to instance 2.
            HttpResponse<String> logout = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port2 + "/logout"))
                            .header("Cookie", "SESSION=" + session)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(WebSession.location(logout)).endsWith("/login?logout");
        }
        assertThat(browser.get("/users").statusCode())
                .as("signed out on instance 2 means signed out on instance 1")
                .isEqualTo(302);
    }
}

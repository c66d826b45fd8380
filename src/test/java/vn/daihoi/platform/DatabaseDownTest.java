package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.daihoi.security.TestAdmin;

/**
 * PostgreSQL stopped under a running app: the API answers 503 with a Vietnamese ProblemDetail (not a false 401 for
 * correct credentials), the login page a 503 page (not a 500), within seconds. The context has its own persistent
 * embedded server (not the tests' shared one), which the test stops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseDownTest {

    private static final String MESSAGE = "Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau.";

    @DynamicPropertySource
    static void ownServer(DynamicPropertyRegistry registry) throws IOException {
        Path tmp = Files.createDirectories(Path.of("target/tmp"));
        Path dataDir = Files.createTempDirectory(tmp, "db-down-").toAbsolutePath();
        registry.add("daihoi.db.embedded.ephemeral", () -> "false");
        registry.add("daihoi.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aStoppedDatabaseAnswers503InVietnameseNeverAFalse401() throws Exception {
        assertThat(get("/api/rules", true).statusCode()).isEqualTo(200);
        HttpResponse<String> form = get("/login", false);
        assertThat(form.statusCode()).isEqualTo(200);
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        assertThat(((HikariDataSource) dataSource).getConnectionTimeout()).isLessThanOrEqualTo(5_000);

        ((DatabaseConfig.EmbeddedBackedDataSource) dataSource).embedded().release();

        long started = System.nanoTime();
        HttpResponse<String> api = get("/api/rules", true);
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains(MESSAGE).doesNotContain("Exception");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("Hikari gives up within seconds")
                .isLessThan(Duration.ofSeconds(15));

        HttpResponse<String> login = get("/login", false);
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(login.body()).contains(MESSAGE).contains("503").doesNotContain("Exception");

        // signing in with the right password: no "wrong password" redirect, no 500
        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(TestAdmin.loginForm(csrf.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(signIn.statusCode()).isEqualTo(503);
        assertThat(signIn.body()).contains(MESSAGE);
    }

    private HttpResponse<String> get(String path, boolean basic) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (basic) {
            request.header("Authorization", TestAdmin.basicHeader());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

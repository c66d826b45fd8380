package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request the server cannot take is the caller's mistake: a wrong method 405 (with Allow), a wrong media
 * type 415, a malformed or missing field 400, each with a Vietnamese message naming what was wrong (a
 * ProblemDetail for /api, the error page for pages), and no ERROR in the log. Real endpoints, over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestErrorsTest {

    static final String ADMIN = "admin";
    static final String PASSWORD = TestAdmin.PASSWORD;

    @LocalServerPort
    int port;

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void noErrorWasLogged() {
        root.detachAppender(logged);
        assertThat(logged.list)
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }

    @Test
    void aWrongMethodIs405() {
        HttpResponse<String> api = WebSession.basic(port, "DELETE", "/api/members/1", ADMIN, PASSWORD);
        assertThat(api.statusCode()).isEqualTo(405);
        assertThat(api.headers().firstValue("Allow").orElse("")).contains("GET");
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(api.body()).contains("Địa chỉ này không nhận phương thức DELETE");

        WebSession browser = signedIn();
        HttpResponse<String> page = browser.get("/users/1/unlock");
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.body())
                .contains("Địa chỉ này không nhận phương thức GET")
                .doesNotContain("Exception");
    }

    @Test
    void aWrongMediaTypeIs415() {
        HttpResponse<String> api = send("POST", "/api/drafts", "text/plain", "tieu de");
        assertThat(api.statusCode()).isEqualTo(415);
        assertThat(api.body()).contains("không nhận nội dung kiểu «text/plain");
    }

    @Test
    void aMalformedOrMissingFieldIs400NamingIt() {
        HttpResponse<String> api = WebSession.basic(port, "GET", "/api/members/abc", ADMIN, PASSWORD);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("trường «id» có giá trị sai «abc»");

        HttpResponse<String> query = WebSession.basic(port, "GET", "/api/members?org=abc", ADMIN, PASSWORD);
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.body()).contains("trường «org»");

        WebSession browser = signedIn();
        HttpResponse<String> page = browser.get("/members/export?org=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("trường «org» có giá trị sai «abc»");

        // a query date is read one way (platform.DateParameter): a bad one is the one Vietnamese 400 for dates
        HttpResponse<String> day = browser.get("/org?asOf=31/02/2024");
        assertThat(day.statusCode()).isEqualTo(400);
        assertThat(day.body()).contains("Ngày không hợp lệ: trường «asOf» có giá trị «31/02/2024»");
        HttpResponse<String> apiDay =
                WebSession.basic(port, "GET", "/api/organizations?asOf=2024-13-01", ADMIN, PASSWORD);
        assertThat(apiDay.statusCode()).isEqualTo(400);
        assertThat(apiDay.body()).contains("trường «asOf» có giá trị «2024-13-01»");
        assertThat(browser.get("/org?asOf=01/01/2024").statusCode()).isEqualTo(200);

        HttpResponse<String> missing = browser.get("/plans/new");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("thiếu trường «orgId»");

        HttpResponse<String> json = send("POST", "/api/drafts", "application/json", "{\"title\": ");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("Nội dung gửi lên không đọc được");

        // a page form's bad values come back on the form, beside their fields (FormActions), not as a 400 page
        HttpResponse<String> form = browser.post("/users/1/roles", Map.of("role", "KHONG_CO", "orgId", "x"));
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(form)).endsWith("/users/1#grant-form");
        assertThat(browser.get("/users/1").body())
                .contains("data-error-for=\"role\"")
                .contains("data-error-for=\"orgId\"");
    }

    WebSession signedIn() {
        WebSession browser = new WebSession(port);
        assertThat(WebSession.location(browser.login(ADMIN, PASSWORD))).doesNotContain("error");
        return browser;
    }

    HttpResponse<String> send(String method, String path, String type, String body) {
        String token = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

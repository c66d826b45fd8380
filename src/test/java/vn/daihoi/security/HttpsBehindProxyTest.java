package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code daihoi.https=true} (HTTPS served by a proxy) the session cookie is always Secure, and the
 * proxy's X-Forwarded-* headers are read: redirects keep https, and the login throttle counts per the
 * client address the proxy reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "daihoi.https=true")
class HttpsBehindProxyTest {

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String forwardedFor) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", forwardedFor)
                .GET()
                .build());
    }

    @Test
    void theSessionCookieIsSecureAndRedirectsStayOnHttps() {
        HttpResponse<String> login = get("/login", "203.0.113.7");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(get("/", "203.0.113.7").headers().firstValue("Location").orElse(""))
                .startsWith("https://");
    }

    @Test
    void theLoginThrottleCountsTheAddressTheProxyReports() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("203.0.113.8", "admin", "Saimatkhau123")).endsWith("/login?error");
        }
        assertThat(login("203.0.113.8", TestAdmin.USERNAME, TestAdmin.PASSWORD)).endsWith("/login?error");
        assertThat(login("203.0.113.9", TestAdmin.USERNAME, TestAdmin.PASSWORD)).doesNotContain("/login");
    }

    /** A login through the "proxy" as client {@code address}: a fresh login page for its session and token. */
    String login(String address, String user, String password) {
        HttpResponse<String> page = get("/login", address);
        String session = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        String csrf = WebSession.csrfIn(page.body()).orElseThrow();
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", address)
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        return r.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

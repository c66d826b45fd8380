package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Browser protections are on, and the strict Content-Security-Policy can hold: no template has inline
 * scripts, event-handler attributes or style attributes, and htmx and Bootstrap load from /webjars.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern EVENT_ATTRIBUTE = Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(?:th:)?style\\s*=", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Test
    void pagesSendTheProtectiveHeaders() {
        HttpResponse<String> login = new WebSession(port).get("/login");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void everyResponseSendsAReferrerPolicy() {
        WebSession browser = new WebSession(port);
        for (String path : java.util.List.of("/login", "/css/daihoi.css", "/khong-co-trang-nay", "/")) {
            assertThat(browser.get(path).headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("same-origin");
        }
        assertThat(TestAdmin.basic(port, "GET", "/v3/api-docs").headers().firstValue("Referrer-Policy"))
                .hasValue("same-origin");
        assertThat(WebSession.basic(port, "GET", "/api/members", "nobody", TestAdmin.PASSWORD)
                        .headers()
                        .firstValue("Referrer-Policy"))
                .as("on a refusal too")
                .hasValue("same-origin");
    }

    @Test
    void withoutTheHttpsSettingTheSessionCookieIsNotForcedSecureOverPlainHttp() {
        HttpResponse<String> login = new WebSession(port).get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void theApiSendsThemToo() {
        HttpResponse<String> api = TestAdmin.basic(port, "GET", "/v3/api-docs");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'");
    }

    @Test
    void scriptsAndStylesComeFromThisServer() {
        WebSession browser = new WebSession(port);
        for (String path : List.of(
                "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/bootstrap/dist/js/bootstrap.bundle.min.js",
                "/webjars/bootstrap/dist/css/bootstrap.min.css",
                "/js/daihoi.js",
                "/css/daihoi.css")) {
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void noTemplateNeedsInlineCode() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Resource t : templates) {
            String html = t.getContentAsString(StandardCharsets.UTF_8);
            if (INLINE_SCRIPT.matcher(html).find()) {
                problems.add(t.getFilename() + ": inline <script>");
            }
            if (EVENT_ATTRIBUTE.matcher(html).find()) {
                problems.add(t.getFilename() + ": on…= event attribute");
            }
            if (STYLE_ATTRIBUTE.matcher(html).find()) {
                problems.add(t.getFilename() + ": style= attribute");
            }
            if (html.contains("javascript:")) {
                problems.add(t.getFilename() + ": javascript: URL");
            }
        }
        assertThat(problems).as("blocked by the Content-Security-Policy").isEmpty();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithAnExplanation() {
        WebSession browser = TestAdmin.session(port);
        HttpResponse<String> r = browser.postRaw(
                "/users/new", Map.of("username", Fixtures.unique("csrf"), "fullName", "Không token", "orgId", "1"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Phiên làm việc đã hết hạn hoặc yêu cầu không hợp lệ");
        HttpResponse<String> logout = browser.postRaw("/logout", Map.of("_csrf", "forged"));
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentIsTitledInVietnameseAndNamesBasicAuth() {
        HttpResponse<String> api = TestAdmin.basic(port, "GET", "/v3/api-docs");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body())
                .contains("API Đại hội Đảng bộ")
                .contains("basicAuth")
                .contains("\"scheme\":\"basic\"");
    }
}

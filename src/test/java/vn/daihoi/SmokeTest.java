package vn.daihoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.security.TestAdmin;

/** The application starts on real PostgreSQL, guards its pages and serves its API to scripts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmokeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String basic) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basic != null) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void runsOnPostgreSql17() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 17");
    }

    @Test
    void pagesNeedLogin() throws Exception {
        HttpResponse<String> r = get("/", null);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void loginPageIsVietnamese() throws Exception {
        HttpResponse<String> r = get("/login", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Đăng nhập").contains("Mật khẩu").contains("_csrf");
    }

    @Test
    void apiNeedsCredentialsAndAcceptsBasic() throws Exception {
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(401);
        assertThat(get("/v3/api-docs", "admin:wrong-password1").statusCode()).isEqualTo(401);
        HttpResponse<String> ok = get("/v3/api-docs", TestAdmin.CREDENTIALS);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("openapi");
    }

    @Test
    void healthIsOpenForLoadBalancers() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }
}

package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;

/** A user with a one-time password can do nothing before choosing a new one, and bad choices are explained. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeGateTest {

    static final String ONE_TIME = "Motlan2026abc";
    static final String NEW = "Moimatkhau2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdmin users;

    @Test
    void everyPageLeadsToThePasswordFormUntilThePasswordIsChanged() {
        long root = jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
        String name = Fixtures.unique("gate");
        long id = users.create(
                name, "Người phải đổi", root, ONE_TIME, true, List.of(new UserAdmin.Grant(Role.AUDITOR, root)));
        WebSession browser = new WebSession(port);
        browser.login(name, ONE_TIME);
        WebSession elsewhere = new WebSession(port);
        elsewhere.login(name, ONE_TIME);

        for (String page : List.of("/", "/users", "/audit", "/users/permissions", "/users/" + id)) {
            HttpResponse<String> r = browser.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(WebSession.location(r)).as(page).endsWith("/account/password");
        }
        assertThat(WebSession.location(browser.post("/audit/verify", Map.of()))).endsWith("/account/password");
        assertThat(WebSession.basic(port, "GET", "/v3/api-docs", name, ONE_TIME).statusCode())
                .as("nor the API")
                .isEqualTo(403);
        assertThat(browser.get("/account/password").body()).contains("bạn phải đặt mật khẩu mới");

        assertThat(change(browser, "Saimatkhau99", NEW, NEW)).contains("Mật khẩu hiện tại không đúng.");
        assertThat(change(browser, ONE_TIME, NEW, NEW + "x")).contains("Hai lần nhập mật khẩu mới không khớp nhau.");
        assertThat(change(browser, ONE_TIME, "ngan1", "ngan1")).contains("Mật khẩu phải có ít nhất 12 ký tự.");
        assertThat(change(browser, ONE_TIME, "chicochukhongso", "chicochukhongso"))
                .contains("Mật khẩu phải có cả chữ và số.");
        assertThat(change(browser, ONE_TIME, ONE_TIME, ONE_TIME)).contains("Mật khẩu mới phải khác mật khẩu hiện tại.");
        assertThat(jdbc.sql("select must_change_password from app_user where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .as("nothing changed by the refused attempts")
                .isTrue();

        HttpResponse<String> done =
                browser.post("/account/password", Map.of("current", ONE_TIME, "next", NEW, "confirm", NEW));
        assertThat(WebSession.location(done)).endsWith("/?passwordChanged");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/audit").statusCode()).isEqualTo(200);
        assertThat(WebSession.location(elsewhere.get("/")))
                .as("the session opened with the one-time password elsewhere has ended")
                .endsWith("/login");
        assertThat(WebSession.basic(port, "GET", "/v3/api-docs", name, NEW).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PASSWORD_CHANGE' and entity_id = ?")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** curl -u with a one-time password: a 403 ProblemDetail that tells, in Vietnamese, to change it first. */
    @Test
    void theApiExplainsInVietnameseThatThePasswordMustBeChangedFirst() {
        long root = jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
        String name = Fixtures.unique("gapi");
        users.create(name, "Người gọi API", root, ONE_TIME, true, List.of(new UserAdmin.Grant(Role.AUDITOR, root)));

        HttpResponse<String> r = WebSession.basic(port, "GET", "/api/organizations", name, ONE_TIME);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body())
                .contains("\"status\":403")
                .contains("đổi mật khẩu trước")
                .contains("/account/password")
                .doesNotContain("Forbidden\"}");

        assertThat(WebSession.basic(port, "GET", "/api/organizations?lang=en", name, ONE_TIME)
                        .body())
                .contains("change the password first");
    }

    private static String change(WebSession browser, String current, String next, String confirm) {
        HttpResponse<String> r =
                browser.post("/account/password", Map.of("current", current, "next", next, "confirm", confirm));
        assertThat(WebSession.location(r)).as("back to the form").endsWith("/account/password#password-form");
        return browser.get("/account/password").body();
    }
}

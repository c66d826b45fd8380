package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.UserAdmin;

/**
 * Failed sign-ins refuse an (account, client address) pair, never the account: 5 failures from one address
 * refuse that address for a minute, on the form, on HTTP Basic and on the password page alike; every
 * other address signs in as before; the refusal looks exactly like a wrong password or an unknown name.
 * Addresses are real: each browser's requests leave from its own 127.x address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LockoutTest {

    static final String WRONG = "Saimatkhau123";
    static final String ADMIN_PASSWORD = TestAdmin.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdmin admin;

    String newUser() {
        Fixtures fx = new Fixtures(context);
        String name = Fixtures.unique("lock");
        long root = jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
        fx.user(name, "Người thử khóa", root, null, root);
        return name;
    }

    long idOf(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Test
    void twentyFailuresOnAdminFromOneAddressDoNotStopAdminFromAnother() {
        WebSession attacker = new WebSession(port, "127.0.0.21");
        for (int i = 1; i <= 20; i++) {
            assertThat(WebSession.location(attacker.login("admin", WRONG)))
                    .as("failure %d", i)
                    .endsWith("/login?error");
        }
        assertThat(WebSession.location(attacker.login("admin", ADMIN_PASSWORD)))
                .as("the attacker's address is refused even with the right password")
                .endsWith("/login?error");

        WebSession office = new WebSession(port, "127.0.0.22");
        assertThat(WebSession.location(office.login("admin", ADMIN_PASSWORD))).doesNotContain("/login");
        assertThat(office.get("/").statusCode()).isEqualTo(200);
        assertThat(basicFrom("127.0.0.22", "admin", ADMIN_PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql(
                                "select locked_until is null and failed_attempts = 0 from app_user where username = 'admin'")
                        .query(Boolean.class)
                        .single())
                .as("the account itself carries no lock")
                .isTrue();
    }

    @Test
    void aRefusedAddressAnUnknownNameADisabledAccountAndAWrongPasswordGetTheSameAnswer() {
        String name = newUser();
        String disabled = newUser();
        admin.setEnabled(idOf(disabled), false);
        WebSession a = new WebSession(port, "127.0.0.31");
        HttpResponse<String> wrong = a.login(name, WRONG);
        for (int i = 0; i < 4; i++) {
            a.login(name, WRONG);
        }
        HttpResponse<String> refused = a.login(name, Fixtures.PASSWORD);
        HttpResponse<String> unknown = a.login(Fixtures.unique("khongco"), Fixtures.PASSWORD);
        HttpResponse<String> off = new WebSession(port, "127.0.0.32").login(disabled, Fixtures.PASSWORD);
        for (HttpResponse<String> r : java.util.List.of(wrong, refused, unknown, off)) {
            assertThat(r.statusCode()).isEqualTo(wrong.statusCode());
            assertThat(WebSession.location(r)).isEqualTo(WebSession.location(wrong));
            assertThat(r.body()).isEqualTo(wrong.body());
        }
        assertThat(WebSession.location(wrong)).endsWith("/login?error");
        String page = a.get("/login?error").body();
        assertThat(page)
                .contains("Không đăng nhập được")
                .doesNotContain("bị khóa")
                .doesNotContain("vô hiệu hóa");

        HttpResponse<String> basicRefused = basicFrom("127.0.0.31", name, Fixtures.PASSWORD);
        HttpResponse<String> basicUnknown = basicFrom("127.0.0.31", Fixtures.unique("khongco"), Fixtures.PASSWORD);
        HttpResponse<String> basicDisabled = basicFrom("127.0.0.33", disabled, Fixtures.PASSWORD);
        for (HttpResponse<String> r : java.util.List.of(basicRefused, basicDisabled)) {
            assertThat(r.statusCode()).isEqualTo(basicUnknown.statusCode()).isEqualTo(401);
            assertThat(withoutTimestamp(r.body())).isEqualTo(withoutTimestamp(basicUnknown.body()));
            assertThat(r.headers().firstValue("WWW-Authenticate"))
                    .isEqualTo(basicUnknown.headers().firstValue("WWW-Authenticate"));
        }
    }

    @Test
    void failuresOverHttpBasicCountPerAddressAndTheRefusalIsAudited() {
        String name = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(basicFrom("127.0.0.41", name, WRONG).statusCode()).isEqualTo(401);
        }
        assertThat(basicFrom("127.0.0.41", name, Fixtures.PASSWORD).statusCode())
                .isEqualTo(401);
        assertThat(WebSession.location(new WebSession(port, "127.0.0.41").login(name, Fixtures.PASSWORD)))
                .endsWith("/login?error");
        assertThat(basicFrom("127.0.0.42", name, Fixtures.PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("""
                select summary from audit_entry where action = 'ACCOUNT_LOCK' and entity_id = ?
                """)
                        .param(Long.toString(idOf(name)))
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("127.0.0.41")
                .contains("5 lần sai");
        long seconds = jdbc.sql("""
                select round(extract(epoch from blocked_until - now())) from login_throttle
                where username = ? and client = '127.0.0.41'
                """).param(name).query(Long.class).single();
        assertThat(seconds).as("about a minute (the machine may be slow)").isBetween(5L, 60L);
    }

    @Test
    void aSuccessFromTheAddressStartsTheCountAgain() {
        String name = newUser();
        WebSession browser = new WebSession(port, "127.0.0.51");
        for (int i = 0; i < 4; i++) {
            browser.login(name, WRONG);
        }
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).doesNotContain("/login");
        WebSession other = new WebSession(port, "127.0.0.51");
        for (int i = 0; i < 4; i++) {
            assertThat(WebSession.location(other.login(name, WRONG))).endsWith("/login?error");
        }
        assertThat(WebSession.location(other.login(name, Fixtures.PASSWORD))).doesNotContain("/login");
    }

    @Test
    void afterADelayRunsOutTheNextFailureDoublesIt() {
        String name = newUser();
        jdbc.sql("""
                insert into login_throttle (username, client, failures, blocked_until, last_failure_at)
                values (?, '127.0.0.61', 5, now() - interval '1 second', now() - interval '61 seconds')
                """).param(name).update();
        WebSession browser = new WebSession(port, "127.0.0.61");
        assertThat(WebSession.location(browser.login(name, WRONG))).endsWith("/login?error");
        long seconds = jdbc.sql("""
                select round(extract(epoch from blocked_until - now())) from login_throttle
                where username = ? and client = '127.0.0.61'
                """).param(name).query(Long.class).single();
        assertThat(seconds).as("2 minutes after the sixth failure").isBetween(65L, 120L);
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).endsWith("/login?error");

        jdbc.sql("""
                update login_throttle set failures = 30, blocked_until = now() - interval '1 second'
                where username = ? and client = '127.0.0.61'
                """).param(name).update();
        browser.login(name, WRONG);
        long capped = jdbc.sql("""
                select round(extract(epoch from blocked_until - now()) / 60) from login_throttle
                where username = ? and client = '127.0.0.61'
                """).param(name).query(Long.class).single();
        assertThat(capped).as("at most an hour").isBetween(55L, 60L);
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordPageCountToo() {
        String name = newUser();
        WebSession browser = new WebSession(port, "127.0.0.71");
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).doesNotContain("/login");
        for (int i = 0; i < 5; i++) {
            browser.post(
                    "/account/password", Map.of("current", WRONG, "next", "Doimoi2026abc", "confirm", "Doimoi2026abc"));
            assertThat(browser.get("/account/password").body()).contains("Mật khẩu hiện tại không đúng");
        }
        browser.post(
                "/account/password",
                Map.of("current", Fixtures.PASSWORD, "next", "Doimoi2026abc", "confirm", "Doimoi2026abc"));
        assertThat(browser.get("/account/password").body())
                .as("the right current password is refused too while the address is refused")
                .contains("Mật khẩu hiện tại không đúng");
        assertThat(WebSession.location(new WebSession(port, "127.0.0.71").login(name, Fixtures.PASSWORD)))
                .endsWith("/login?error");
        assertThat(WebSession.location(new WebSession(port, "127.0.0.72").login(name, Fixtures.PASSWORD)))
                .doesNotContain("/login");
    }

    @Test
    void anAdministratorCanLiftTheRefusal() {
        String name = newUser();
        WebSession browser = new WebSession(port, "127.0.0.81");
        for (int i = 0; i < 5; i++) {
            browser.login(name, WRONG);
        }
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).endsWith("/login?error");
        admin.unlock(idOf(name));
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).doesNotContain("/login");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'USER_UNLOCK' and entity_id = ?")
                        .param(Long.toString(idOf(name)))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    static String withoutTimestamp(String body) {
        return body.replaceAll("\"timestamp\":\"[^\"]*\",?", "");
    }

    HttpResponse<String> basicFrom(String address, String user, String password) {
        WebSession client = new WebSession(port, address);
        return client.getWithBasic("/v3/api-docs", user, password);
    }
}

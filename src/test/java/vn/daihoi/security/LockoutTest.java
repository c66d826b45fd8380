package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.UserAdmin;

/** Five failed logins lock an account for 15 minutes, on the form and on the API alike; the lock is audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LockoutTest {

    static final String WRONG = "Saimatkhau123";

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
    void theSixthAttemptWithTheRightPasswordIsRefusedAsLocked() {
        String name = newUser();
        WebSession browser = new WebSession(port);
        for (int i = 1; i <= 5; i++) {
            assertThat(WebSession.location(browser.login(name, WRONG)))
                    .as("failure %d", i)
                    .endsWith("/login?error");
        }
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").body())
                .contains("Tài khoản tạm thời bị khóa vì đăng nhập sai quá nhiều lần");
        assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);

        assertThat(WebSession.basic(port, "GET", "/v3/api-docs", name, Fixtures.PASSWORD)
                        .statusCode())
                .isEqualTo(401);

        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'ACCOUNT_LOCK' and entity_id = ?
                """)
                        .param(Long.toString(idOf(name)))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long minutes = jdbc.sql(
                        "select round(extract(epoch from locked_until - now()) / 60) from app_user where username = ?")
                .param(name)
                .query(Long.class)
                .single();
        assertThat(minutes).isBetween(14L, 15L);
    }

    @Test
    void failuresOverHttpBasicCountToo() {
        String name = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(WebSession.basic(port, "GET", "/v3/api-docs", name, WRONG)
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(WebSession.basic(port, "GET", "/v3/api-docs", name, Fixtures.PASSWORD)
                        .statusCode())
                .isEqualTo(401);
        assertThat(WebSession.location(new WebSession(port).login(name, Fixtures.PASSWORD)))
                .endsWith("/login?locked");
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        String name = newUser();
        WebSession browser = new WebSession(port);
        for (int i = 0; i < 4; i++) {
            browser.login(name, WRONG);
        }
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).doesNotContain("/login");
        WebSession other = new WebSession(port);
        for (int i = 0; i < 4; i++) {
            assertThat(WebSession.location(other.login(name, WRONG))).endsWith("/login?error");
        }
        assertThat(WebSession.location(other.login(name, Fixtures.PASSWORD))).doesNotContain("/login");
    }

    @Test
    void afterAnExpiredLockOneMoreFailureDoesNotLockAgain() {
        String name = newUser();
        jdbc.sql(
                        "update app_user set failed_attempts = 5, locked_until = now() - interval '1 minute' where username = ?")
                .param(name)
                .update();
        WebSession browser = new WebSession(port);
        assertThat(WebSession.location(browser.login(name, WRONG))).endsWith("/login?error");
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).doesNotContain("/login");
    }

    @Test
    void anAdministratorCanLiftTheLock() {
        String name = newUser();
        WebSession browser = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            browser.login(name, WRONG);
        }
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).endsWith("/login?locked");
        admin.unlock(idOf(name));
        assertThat(WebSession.location(browser.login(name, Fixtures.PASSWORD))).doesNotContain("/login");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'USER_UNLOCK' and entity_id = ?")
                        .param(Long.toString(idOf(name)))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}

package vn.daihoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daihoi.security.Fixtures;

/**
 * The first start creates the administrator: with a configured password it is used as is; otherwise a
 * one-time password is printed exactly once, last and framed when the start is complete, and must be changed
 * at first login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAdmin users;

    @Autowired
    OrganizationScope scope;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(AdminBootstrap.class);

    @BeforeEach
    void capture() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
    }

    @Test
    void withoutAConfiguredPasswordAOneTimePasswordIsPrintedOnceLastAndMustBeChanged(CapturedOutput output) {
        String name = Fixtures.unique("adm");
        AdminBootstrap bootstrap = new AdminBootstrap(users, scope, "");
        bootstrap.createFirstAdmin(name);
        bootstrap.createFirstAdmin(name); // a second start
        assertThat(logged.list)
                .as("not printed among the start's lines, before the server is up")
                .noneMatch(e -> e.getLevel() == Level.WARN);

        // the start path: the launcher (Main.run) announces once SpringApplication.run has returned
        bootstrap.announce("http://localhost:" + port);
        bootstrap.announce("http://localhost:" + port); // nothing more: it is printed once

        List<ILoggingEvent> warnings =
                logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(warnings).as("printed once").hasSize(1);
        String password = (String) warnings.getFirst().getArgumentArray()[1];
        assertThat(password).hasSizeGreaterThanOrEqualTo(UserAdmin.MIN_PASSWORD_LENGTH);
        String printed = output.getAll();
        int started = printed.indexOf("daihoi đã chạy tại / started on http://localhost:" + port);
        int frameTop = printed.indexOf("=".repeat(64), started);
        assertThat(started).as("the address first").isNotNegative();
        assertThat(frameTop).as("then the frame").isGreaterThan(started);
        String frame = printed.substring(frameTop, printed.indexOf("=".repeat(64), frameTop + 64) + 64);
        assertThat(frame)
                .contains(name)
                .contains(password)
                .contains("Mật khẩu một lần")
                .contains("one-time password")
                .contains("đổi mật khẩu trước");
        assertThat(printed.indexOf(password)).as("the password only once").isEqualTo(printed.lastIndexOf(password));

        assertThat(encoder.matches(password, hash(name))).isTrue();
        assertThat(mustChange(name)).isTrue();
        assertThat(jdbc.sql("""
                select r.role from role_assignment r join app_user u on u.id = r.user_id
                where u.username = ? and r.org_id = ?
                """)
                        .params(name, scope.rootId())
                        .query(String.class)
                        .list())
                .containsExactly("ADMIN");
    }

    @Test
    void withAConfiguredPasswordThereIsNoForcedChange() {
        String name = Fixtures.unique("adm");
        new AdminBootstrap(users, scope, "Cauhinh2026x").createFirstAdmin(name);
        assertThat(encoder.matches("Cauhinh2026x", hash(name))).isTrue();
        assertThat(hash(name)).startsWith("{bcrypt}");
        assertThat(mustChange(name)).isFalse();
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.WARN);
    }

    @Test
    void aWeakConfiguredPasswordCreatesNoAccountAndSaysWhy() {
        String name = Fixtures.unique("adm");
        new AdminBootstrap(users, scope, "ngan").createFirstAdmin(name);
        assertThat(users.exists(name)).isFalse();
        assertThat(logged.list)
                .anyMatch(e ->
                        e.getLevel() == Level.ERROR && e.getFormattedMessage().contains("DAIHOI_ADMIN_PASSWORD"));
    }

    @Test
    void aLongButGuessableConfiguredPasswordIsRefusedToo() {
        for (String weak : new String[] {"aaaaaaaaaaa1", "password2026", "Quantri2026"}) {
            String name = Fixtures.unique("adm");
            new AdminBootstrap(users, scope, weak).createFirstAdmin(name);
            assertThat(users.exists(name)).as(weak).isFalse();
        }
    }

    @Test
    void aFullNameWithABidiControlIsRefused() {
        String name = Fixtures.unique("adm");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        users.create(name, "Quản trị\u202E viên", scope.rootId(), "Cauhinh2026x", false, List.of()))
                .isInstanceOf(vn.daihoi.platform.DomainException.class)
                .hasMessageContaining("error.name.unsafe")
                .hasMessageContaining("U+202E");
        assertThat(users.exists(name)).isFalse();
    }

    private String hash(String name) {
        return jdbc.sql("select password_hash from app_user where username = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    private boolean mustChange(String name) {
        return jdbc.sql("select must_change_password from app_user where username = ?")
                .param(name)
                .query(Boolean.class)
                .single();
    }
}

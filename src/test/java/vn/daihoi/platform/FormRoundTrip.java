package vn.daihoi.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The set-up of a module's form round-trip tests (the one form pattern, {@code docs/style.md}): the app on a
 * random port, a province of its own named by {@link #marker()}, the admin's web session, and a row count to show
 * that a refused form changed nothing. Read the page that comes back with {@link FormPage}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FormRoundTrip {

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected java.time.Clock clock;

    @LocalServerPort
    protected int port;

    protected Province province;

    /** A short label that keeps this class's province apart from the others' in the shared test database. */
    protected abstract String marker();

    @BeforeAll
    void province() {
        province = new Fixtures(context).province(marker());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A web session signed in as the test admin. */
    protected WebSession admin() {
        return TestAdmin.session(port);
    }

    /** One number read by {@code sql} with its parameters (rows before and after a refused form). */
    protected long count(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (Object p : params) {
            q = q.param(p);
        }
        return q.query(Long.class).single();
    }
}

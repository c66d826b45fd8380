package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * With the server's default zone at UTC, the pages still show Vietnam time: a check-in at 19:00 UTC is
 * "02:00" of the next day on the roll, a step recorded at that instant reads the same on the case page beside
 * its effective date, and the database session does not shift a {@code date}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimesInVietnamPageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private TimeZone before;

    @BeforeEach
    void utcServer() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void theRollAndTheCasePageShowVietnamTime() {
        Province p = new Fixtures(context).province("tz");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        TestAdmin.basic(
                port,
                "POST",
                "/api/congresses/" + id + "/roll/delegates",
                "{\"kind\":\"APPOINTED\",\"fullName\":\"Nguyễn Văn An\"}");
        long entry = jdbc.sql("select id from roll_entry where case_id = ? and number = 1")
                .param(id)
                .query(Long.class)
                .single();
        jdbc.sql("insert into roll_checkin (roll_entry_id, checked_at, username) values (?, ?::timestamptz, 'admin')")
                .params(entry, "2026-11-19T19:00:00Z")
                .update();
        jdbc.sql("""
                        insert into congress_transition (case_id, from_state, to_state, at, effective_on, username)
                        values (?, 'PREPARATORY_SESSION', 'IN_SESSION', ?::timestamptz, ?, 'admin')""")
                .params(id, "2026-11-19T19:07:00Z", LocalDate.of(2026, 11, 20))
                .update();

        WebSession web = TestAdmin.session(port);
        assertThat(web.get("/congresses/" + id + "/roll").body())
                .contains("02:00 20/11/2026")
                .doesNotContain("19:00 19/11/2026");
        assertThat(web.get("/congresses/" + id).body())
                .contains("20/11/2026 02:07")
                .doesNotContain("19/11/2026 19:07");
    }

    @Test
    void theDatabaseSessionIsInVietnamTimeAndKeepsDates() {
        assertThat(jdbc.sql("select current_setting('TimeZone')")
                        .query(String.class)
                        .single())
                .isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(jdbc.sql("select (?::timestamptz)::date")
                        .param("2026-11-19T19:00:00Z")
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(jdbc.sql("select ?::date")
                        .param(LocalDate.of(2025, 7, 23))
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2025, 7, 23));
    }
}

package vn.daihoi.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.Role;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.WebSession;

/**
 * The home page shows the user's latest unread notifications (at most five, newest first, each with its date in
 * Vietnam time, a link to its congress and a "mark read" button), never someone else's, and an empty state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeNotificationsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    static final java.util.concurrent.atomic.AtomicInteger DUE = new java.util.concurrent.atomic.AtomicInteger();

    long notify(long user, long caseId, String kind, String createdAt) {
        return jdbc.sql("""
                        insert into notification (user_id, kind, case_id, state, due_on, created_at)
                        values (?, ?, ?, 'PREPARING', ?, ?::timestamptz) returning id""")
                .param(user)
                .param(kind)
                .param(caseId)
                .param(LocalDate.of(2030, 3, 1).plusDays(DUE.getAndIncrement()))
                .param(createdAt)
                .query(Long.class)
                .single();
    }

    @Test
    void theLatestFiveUnreadNotificationsOfTheUserOnlyWithDateLinkAndMarkRead() {
        Fixtures fx = new Fixtures(context);
        Province p = fx.province("hn");
        long me = fx.userWithRole(Role.VIEWER, p.orgId());
        long other = fx.userWithRole(Role.VIEWER, p.orgId());
        long caseId = ResultsFixtures.caseIn(jdbc, p.communeId(), "PREPARING", LocalDate.now(clock));
        WebSession s = new WebSession(port);
        s.login(fx.username(me), Fixtures.PASSWORD);

        String empty = s.get("/").body();
        assertThat(empty).contains("id=\"home-notifications\"").contains("Bạn không có thông báo nào chưa đọc.");

        // 01:30 UTC is 08:30 in Vietnam
        long read = notify(me, caseId, "CONGRESS_OVERDUE", "2030-01-01T01:30:00Z");
        jdbc.sql("update notification set read_at = now() where id = ?")
                .param(read)
                .update();
        for (int day = 1; day <= 6; day++) {
            notify(me, caseId, "CONGRESS_DUE_SOON", "2030-02-0" + day + "T01:30:00Z");
        }
        long othersId = notify(other, caseId, "CONGRESS_OVERDUE", "2030-03-01T01:30:00Z");

        String page = s.get("/").body();
        String block = page.substring(page.indexOf("id=\"home-notifications\""));
        block = block.substring(0, block.indexOf("id=\"home-notifications-all\""));
        assertThat(block.split("class=\"d-flex align-items-start gap-2 mb-1 home-notification\"", -1))
                .hasSize(6);
        assertThat(block)
                .contains("06/02/2030 08:30")
                .contains("02/02/2030 08:30")
                .doesNotContain("01/02/2030 08:30") // the sixth newest is left for the full list
                .doesNotContain("01/01/2030") // read
                .doesNotContain("/notifications/" + othersId + "/read")
                .contains("href=\"/congresses/" + caseId + "\"")
                .contains("Đánh dấu đã đọc")
                .doesNotContain("??");
        assertThat(page).contains("href=\"/notifications\"");

        long newest = jdbc.sql("select max(id) from notification where user_id = ?")
                .param(me)
                .query(Long.class)
                .single();
        assertThat(page).contains("/notifications/" + newest + "/read?back=home");
        var marked = s.post("/notifications/" + newest + "/read?back=home", Map.of());
        assertThat(marked.headers().firstValue("Location").orElse("")).endsWith("/#home-notifications");
        String after = s.get("/").body();
        assertThat(after).doesNotContain("06/02/2030 08:30").contains("01/02/2030 08:30");
    }
}

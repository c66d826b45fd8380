package vn.daihoi.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The log names each object readably and links it to the page that shows it (a congress's sub-page for what
 * belongs to a congress) only for a reader who may open that page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLinksPageTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void objectsAreNamedAndLinkedToTheirPagesForThoseWhoMayOpenThem() {
        Fixtures fx = new Fixtures(context);
        Province p = fx.province("al");
        long caseId = ResultsFixtures.caseIn(jdbc, p.communeId(), "PREPARING", LocalDate.now(clock));
        String term = jdbc.sql("select term from congress_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single();
        long line = jdbc.sql("""
                        insert into budget_item (case_id, item_group, description, quantity, unit, unit_price,
                            added_by, added_at)
                        values (?, 'VENUE', 'Thuê hội trường', 1, 'buổi', 1000000, 'admin', now()) returning id""").param(caseId).query(Long.class).single();
        String actor = Fixtures.unique("act");
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            log.record(actor, AuditLog.Change.of("BUDGET_LINE_ADD", "budget_item", line, p.communeId(), "Thêm"));
            log.record(actor, AuditLog.Change.of("CASE_OPEN", "congress_case", caseId, p.communeId(), "Mở"));
            log.record(actor, AuditLog.Change.of("MEMBER_EDIT", "member", p.memberId(), p.orgId(), "Sửa"));
            log.record(actor, AuditLog.Change.of("CALENDAR_DAY_ENTER", "calendar_day", "2031-09-02", null, "Ngày"));
            log.record(actor, AuditLog.Change.of("BUDGET_LINE_REMOVE", "budget_item", 0L, p.communeId(), "Đã xóa"));
            log.record(actor, AuditLog.Change.of("CASE_OPEN", "congress_case", "abc", p.communeId(), "Mã lạ"));
        });
        String unit = "Xã thử " + p.marker() + " (" + term + ")";

        WebSession admin = TestAdmin.session(port);
        String page = admin.get("/audit?actor=" + actor).body();
        assertThat(page)
                .contains("<a href=\"/congresses/" + caseId + "/budget\">Khoản chi dự toán — " + unit + "</a>")
                .contains("<a href=\"/congresses/" + caseId + "\">Đại hội — " + unit + "</a>")
                .contains("<a href=\"/members/" + p.memberId() + "\">Đảng viên — " + p.memberName() + "</a>")
                .contains("<a href=\"/rules/calendar?year=2031\">Ngày nghỉ, ngày làm bù — 02/09/2031</a>")
                // a line gone since: named by its type and id, not linked
                .contains("<span>Khoản chi dự toán 0</span>")
                // an id its type's key cannot be: text too, the page still drawn
                .contains("<span>Đại hội abc</span>")
                .doesNotContain("budget_item 0");

        // an auditor of the province reads its log but may not open its congresses or members (no CONGRESS_VIEW,
        // MEMBER_VIEW): the names stay, and an object is linked exactly when its page opens for her
        WebSession auditor = new WebSession(port);
        auditor.login(fx.username(fx.userWithRole(Role.AUDITOR, p.orgId())), Fixtures.PASSWORD);
        String hers = auditor.get("/audit?actor=" + actor).body();
        assertThat(hers).contains("Khoản chi dự toán — " + unit);
        for (String href : new String[] {
            "/congresses/" + caseId + "/budget", "/congresses/" + caseId + "\"", "/members/" + p.memberId()
        }) {
            boolean shown = hers.contains("href=\"" + href);
            int status = auditor.get(href.replace("\"", "")).statusCode();
            assertThat(shown).as(href + " linked, page answers " + status).isEqualTo(status == 200);
        }
    }
}

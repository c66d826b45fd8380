package vn.daihoi.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.platform.Dates;
import vn.daihoi.rules.WorkingDays;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/** The results page in Vietnamese: the countdown, a complaint that puts it on hold, a refused form in words. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultsPageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ResultsReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkingDays days;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void theSuperiorRecordsAComplaintAndTheCountdownStops() {
        Province p = new Fixtures(context).province("kqp");
        LocalDate today = LocalDate.now(clock);
        long id = ResultsFixtures.caseIn(jdbc, p.communeId(), "CLOSED", today);
        ResultsFixtures.signIn(users, "admin");
        reports.submit(id, ResultsFixtures.report(today, "trang"));
        SecurityContextHolder.clearContext();

        WebSession web = TestAdmin.session(port);
        String page = web.get("/congresses/" + id + "/results").body();
        assertThat(page)
                .contains("Còn 15 ngày làm việc (hạn " + Dates.format(days.plusWorkingDays(today, 15)) + ")")
                .contains("Danh sách trúng cử")
                .contains("Ghi nhận khiếu nại");

        HttpResponse<String> refused =
                web.post("/congresses/" + id + "/complaints", Map.of("complainant", " ", "content", "Sai"));
        assertThat(WebSession.location(refused)).endsWith("/congresses/" + id + "/results#complaint-form");
        assertThat(web.get("/congresses/" + id + "/results").body())
                .contains("data-error-for=\"complainant\"")
                .contains("Hãy nhập «Người khiếu nại».");

        web.post(
                "/congresses/" + id + "/complaints",
                Map.of(
                        "complainant",
                        "Hoàng Văn Giang",
                        "receivedOn",
                        Dates.format(today),
                        "content",
                        "Kiểm phiếu sai"));
        String held = web.get("/congresses/" + id + "/results").body();
        assertThat(held)
                .contains("Tạm dừng do khiếu nại (còn 15 ngày làm việc khi tạm dừng)")
                .contains("Hoàng Văn Giang")
                .doesNotContain("id=\"confirm-form\"");
    }
}

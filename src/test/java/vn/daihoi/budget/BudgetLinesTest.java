package vn.daihoi.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/** Editing and removing lines of the estimate: totals follow, the audit keeps what the line was, bad input changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetLinesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    BudgetEstimates estimates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    Province province;

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("bli");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long caseWithLine() {
        long caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "PREPARING", LocalDate.now(clock));
        ResultsFixtures.signIn(users, "admin");
        estimates.addLine(caseId, new NewBudgetLine(BudgetGroup.VENUE, "Thuê hội trường", 2, "ngày", 3_000_000L, null));
        SecurityContextHolder.clearContext();
        return caseId;
    }

    long onlyLine(long caseId) {
        return jdbc.sql("select id from budget_item where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    @Test
    void anEditedLineChangesTheTotalsAndTheAuditKeepsWhatItWas() {
        long caseId = caseWithLine();
        long line = onlyLine(caseId);
        var res = TestAdmin.basic(
                port,
                "PUT",
                "/api/congresses/" + caseId + "/budget/items/" + line,
                "{\"group\":\"VENUE\",\"description\":\"Thuê hội trường tỉnh\",\"quantity\":3,\"unit\":\"ngày\","
                        + "\"unitPrice\":2500000,\"norm\":3000000}");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("\"total\":7500000").contains("Thuê hội trường tỉnh");
        String summary = jdbc.sql("select summary from audit_entry where action = 'BUDGET_LINE_EDIT' and entity_id = ?")
                .param(Long.toString(line))
                .query(String.class)
                .single();
        assertThat(summary).contains("\"Thuê hội trường\" 6.000.000 đ").contains("7.500.000 đ");
    }

    @Test
    void aBadEditIsRefusedWithTheLineNamedAndNothingChanges() {
        long caseId = caseWithLine();
        long line = onlyLine(caseId);
        var res = TestAdmin.basic(
                port,
                "PUT",
                "/api/congresses/" + caseId + "/budget/items/" + line,
                "{\"group\":\"VENUE\",\"description\":\"Thuê hội trường\",\"quantity\":0,\"unit\":\"ngày\","
                        + "\"unitPrice\":1}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("Thuê hội trường").contains("số lượng");
        ResultsFixtures.signIn(users, "admin");
        assertThat(estimates.view(caseId).total()).isEqualTo(6_000_000L);
        // a line of another case is not found through this one
        long other = caseWithLine();
        var elsewhere = TestAdmin.basic(
                port,
                "PUT",
                "/api/congresses/" + other + "/budget/items/" + line,
                "{\"group\":\"IT\",\"description\":\"Máy chiếu\",\"quantity\":1,\"unit\":\"cái\",\"unitPrice\":1}");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
    }

    @Test
    void theApiRemovesALineAndThePageEditsOne() {
        long caseId = caseWithLine();
        long line = onlyLine(caseId);
        WebSession s = TestAdmin.session(port);
        var edited = s.post(
                "/congresses/" + caseId + "/budget/items/edit",
                Map.of(
                        "item", Long.toString(line),
                        "group", "DECORATION",
                        "description", "Trang trí sân khấu",
                        "quantity", "1",
                        "unit", "gói",
                        "unitPrice", "4.000.000"));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(s.get("/congresses/" + caseId + "/budget").body())
                .contains("Đã sửa khoản chi.")
                .contains("Trang trí sân khấu")
                .contains("4.000.000 đ");

        var removed = TestAdmin.basic(port, "DELETE", "/api/congresses/" + caseId + "/budget/items/" + line);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(removed.body()).contains("\"total\":0");
        var again = TestAdmin.basic(port, "DELETE", "/api/congresses/" + caseId + "/budget/items/" + line);
        assertThat(again.statusCode()).isEqualTo(404);
    }
}

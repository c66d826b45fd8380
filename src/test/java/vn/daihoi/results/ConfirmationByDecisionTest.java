package vn.daihoi.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressMove;
import vn.daihoi.season.CongressState;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The confirmation is always the registered decision: the transitions API and the case page's step form are
 * refused with a message pointing to the results page, the results page confirms, and an annulled
 * confirmation does not let the generic step confirm again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfirmationByDecisionTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ResultsReports reports;

    @Autowired
    Confirmations confirmations;

    @Autowired
    CongressCases cases;

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
    void tree() {
        province = new Fixtures(context).province("cqd");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long reportedCase() {
        LocalDate today = LocalDate.now(clock);
        long id = ResultsFixtures.caseIn(jdbc, province.communeId(), "CLOSED", today);
        reports.submit(id, ResultsFixtures.report(today, "qd"));
        return id;
    }

    CongressState state(long id) {
        return cases.find(id).orElseThrow().state();
    }

    int confirmations(long id) {
        return jdbc.sql("select count(*) from results_confirmation where case_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void theTransitionsApiCannotConfirmAndPointsToTheResultsPage() {
        long id = reportedCase();
        var res = TestAdmin.basic(port, "POST", "/api/congresses/" + id + "/transitions", "{\"to\":\"CONFIRMED\"}");
        assertThat(res.statusCode()).isEqualTo(409);
        assertThat(res.body())
                .contains("Quyết định chuẩn y có số đăng ký")
                .contains("/congresses/" + id + "/results")
                .contains(province.marker());
        assertThat(state(id)).isEqualTo(CongressState.RESULT_REPORTED);
        assertThat(confirmations(id)).isZero();
    }

    @Test
    void theCasePagesStepFormCannotConfirmEither() {
        long id = reportedCase();
        WebSession s = TestAdmin.session(port);
        var res = s.post("/congresses/" + id + "/steps", Map.of("to", "CONFIRMED"));
        assertThat(WebSession.location(res)).endsWith("/congresses/" + id + "#step-form");
        assertThat(s.get("/congresses/" + id).body()).contains("Quyết định chuẩn y có số đăng ký");
        assertThat(state(id)).isEqualTo(CongressState.RESULT_REPORTED);
    }

    @Test
    void theResultsPageConfirmsWithTheRegisteredDecision() {
        long id = reportedCase();
        WebSession s = TestAdmin.session(port);
        var res = s.post("/congresses/" + id + "/confirmation", Map.of("signerName", "Lê Văn Tám"));
        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(state(id)).isEqualTo(CongressState.CONFIRMED);
        assertThat(jdbc.sql("""
                        select count(*) from results_confirmation r join document d on d.id = r.document_id
                        where r.case_id = ? and d.type = 'QUYET_DINH' and r.recorded_at is not null
                          and r.annulled_on is null""").param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAnnulledConfirmationDoesNotLetTheGenericStepConfirmAgain() {
        long id = reportedCase();
        confirmations.confirm(id, new ResultsRequests.Confirmation(null, null, null, null));
        confirmations.annul(id, "Vi phạm nguyên tắc bầu cử");
        assertThat(jdbc.sql("select annulled_on from results_confirmation where case_id = ?")
                        .param(id)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.now(clock));
        // as if the re-convened congress had reported again: the annulled decision does not confirm it
        jdbc.sql("update congress_case set state = 'RESULT_REPORTED' where id = ?")
                .param(id)
                .update();
        assertThatThrownBy(() -> cases.move(id, new CongressMove(CongressState.CONFIRMED, null, null, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("results.error.confirmByDecision");
                    assertThat(e.status()).isEqualTo(409);
                });
        assertThat(confirmations
                        .confirm(id, new ResultsRequests.Confirmation(null, null, null, null))
                        .congress()
                        .state())
                .isEqualTo(CongressState.CONFIRMED);
    }
}

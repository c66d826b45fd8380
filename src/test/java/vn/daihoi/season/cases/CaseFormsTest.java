package vn.daihoi.season.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The step form of a congress case in the one form pattern: a refused step comes back to the case page with
 * every error beside its field (one date wording), what was typed kept, and the case unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFormsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    Province province;

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("csf");
    }

    @Test
    void aStepWithTwoBadDatesShowsBothBesideTheirFieldsAndChangesNothing() {
        long id = ResultsFixtures.caseIn(jdbc, province.communeId(), "APPROVED", LocalDate.now(clock));
        WebSession s = TestAdmin.session(port);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("to", "CONVENED");
        form.put("effectiveOn", "31/02/2026");
        form.put("date", "mai");
        form.put("reason", "Theo kế hoạch");
        HttpResponse<String> posted = s.post("/congresses/" + id + "/steps", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/congresses/" + id + "#step-form");
        String page = s.get("/congresses/" + id).body();
        assertThat(page)
                .contains("data-error-for=\"effectiveOn\">«Ngày thực hiện»: «31/02/2026» không phải ngày hợp lệ."
                        + " Ghi ngày theo dạng dd/MM/yyyy")
                .contains("data-error-for=\"date\">«Ngày khai mạc / ngày mới»: «mai» không phải ngày hợp lệ")
                .containsPattern("id=\"step-effectiveOn\"[^>]*value=\"31/02/2026\"")
                .contains(">Theo kế hoạch</textarea>")
                .containsPattern("<option value=\"CONVENED\" selected");
        assertThat(state(id)).isEqualTo("APPROVED");

        // a step the service refuses (an opening date before the convening) comes back beside the date
        form.put("effectiveOn", "");
        form.put("date", "01/01/2000");
        s.post("/congresses/" + id + "/steps", form);
        assertThat(s.get("/congresses/" + id).body()).contains("data-error-for=\"date\"");
        assertThat(state(id)).isEqualTo("APPROVED");
    }

    private String state(long id) {
        return jdbc.sql("select state from congress_case where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}

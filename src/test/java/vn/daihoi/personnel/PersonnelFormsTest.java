package vn.daihoi.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorFor;
import static vn.daihoi.platform.FormPage.form;
import static vn.daihoi.platform.FormPage.valueOf;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/**
 * The personnel page's body form in the one form pattern: no body chosen, seats that are no number and a
 * structure line without its colon come back at once, each beside its field, what was typed kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonnelFormsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    Province province;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long count(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (Object p : params) {
            q = q.param(p);
        }
        return q.query(Long.class).single();
    }

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("pfm");
    }

    @Test
    void aBodyFormWithThreeBadFieldsShowsThemAllAndStoresNothing() {
        long caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "PREPARING", LocalDate.now(clock));
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", "");
        form.put("seats", "mười lăm");
        form.put("structure", "Nữ 3");
        HttpResponse<String> posted = s.post("/congresses/" + caseId + "/personnel/bodies", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/congresses/" + caseId + "/personnel#body-form");
        String page = s.get("/congresses/" + caseId + "/personnel").body();
        String body = form(page, "body-form");
        assertThat(errorFor(body, "body")).startsWith("Chưa chọn cơ quan");
        assertThat(errorFor(body, "seats")).isEqualTo("\"mười lăm\" không phải là số.");
        assertThat(errorFor(body, "structure"))
                .isEqualTo("Dòng cơ cấu \"Nữ 3\" thiếu dấu hai chấm: ghi theo dạng \"nhóm: số người\".");
        assertThat(valueOf(body, "seats")).isEqualTo("mười lăm");
        assertThat(body).contains(">Nữ 3</textarea>");
        assertThat(form(page, "candidate-form")).doesNotContain("data-error-for");
        assertThat(count("select count(*) from personnel_body where case_id = ?", caseId))
                .isZero();
    }

    private WebSession admin() {
        WebSession s = TestAdmin.session(port);
        return s;
    }
}

package vn.daihoi.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;

/** The JSON API: an incomplete dossier is refused as a problem naming every missing item, nothing written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DossierApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestAdmin.basicHeader())
                .header("Accept", "application/json")
                .header("Accept-Language", "vi");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void submittingAnIncompleteDossierIsAProblemNamingEveryMissingItem() throws Exception {
        Province p = new Fixtures(context).province("dsapi");
        LocalDate today = LocalDate.now(clock);
        long caseId = jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, window_from, window_to,
                            state_changed_at)
                        values (?, '2025-2030', 'SUBORDINATE_CELL', 'INTERNAL_ADOPTED', ?, ?, now()) returning id""")
                .params(p.cellId(), today, today.plusDays(90))
                .query(Long.class)
                .single();

        HttpResponse<String> view = call("GET", "/api/congresses/" + caseId + "/dossier", null);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("\"code\":\"PERSONNEL\"").contains("\"satisfied\":false");

        HttpResponse<String> refused = call(
                "POST",
                "/api/congresses/" + caseId + "/dossier/submit",
                "{\"plannedOn\":\"" + today.plusDays(40) + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("còn thiếu 9 tài liệu")
                .contains("1. Tờ trình đề nghị duyệt")
                .contains("9. Kế hoạch");
        assertThat(jdbc.sql("select state from congress_case where id = ?")
                        .param(caseId)
                        .query(String.class)
                        .single())
                .isEqualTo("INTERNAL_ADOPTED");

        HttpResponse<String> noDate = call("POST", "/api/congresses/" + caseId + "/dossier/submit", "{}");
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(noDate.body()).contains("Nhập ngày dự kiến tổ chức đại hội");

        HttpResponse<String> calendar = call("GET", "/api/organizations/" + p.communeId() + "/approval-calendar", null);
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).contains("\"ready\":[]");
    }
}

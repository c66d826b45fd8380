package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * Closing the roll on the page: afterwards no delegate is added, marked absent or called up (page and API say
 * why in Vietnamese), check-in continues; the presidium's reopening needs a reason and is recorded and audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RollClosingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private static String send(WebSession web, String path, Map<String, String> form) {
        return web.get(WebSession.location(web.post(path, form)).replaceFirst("^https?://[^/]+", ""))
                .body();
    }

    private HttpResponse<String> api(String method, String path, String json) {
        return TestAdmin.basic(port, method, path, json == null ? "{}" : json);
    }

    private int count(String sql, long caseId) {
        return jdbc.sql(sql).param(caseId).query(Integer.class).single();
    }

    @Test
    void aClosedRollIsLockedCheckInContinuesAndTheReopeningIsRecorded() {
        Fixtures.Province p = new Fixtures(context).province("rcl");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        WebSession web = TestAdmin.session(port);
        String roll = "/congresses/" + id + "/roll";
        String api = "/api/congresses/" + id;
        send(web, roll + "/delegates", Map.of("kind", "APPOINTED", "fullName", "Nguyễn Văn An"));
        send(web, roll + "/delegates", Map.of("kind", "APPOINTED", "fullName", "Trần Thị Bình"));
        assertThat(web.get(roll).body()).contains("id=\"roll-close\"").doesNotContain("id=\"roll-closed\"");

        String closed = send(web, roll + "/close", Map.of());
        assertThat(closed)
                .contains("Đã chốt danh sách đại biểu.")
                .contains("id=\"roll-closed\"")
                .doesNotContain("id=\"delegate-form\"")
                .doesNotContain("absent-form");
        assertThat(api("GET", api + "/roll/closing", null).body()).contains("\"closed\":true");

        // locked: the page's form (posted anyway) and the API refuse, nothing is written
        assertThat(send(web, roll + "/delegates", Map.of("kind", "APPOINTED", "fullName", "Lê Văn Cường")))
                .contains("đã chốt: không thêm, ghi vắng hay gọi dự khuyết được nữa");
        long bình = jdbc.sql("select id from roll_entry where case_id = ? and number = 2")
                .param(id)
                .query(Long.class)
                .single();
        HttpResponse<String> absent =
                api("POST", api + "/roll/absences", "{\"entryId\":" + bình + ",\"absence\":\"WITHOUT_REASON\"}");
        assertThat(absent.statusCode()).isEqualTo(409);
        assertThat(absent.body()).contains("đã chốt");
        assertThat(count("select count(*) from roll_entry where case_id = ? and absence is not null", id))
                .isZero();
        assertThat(count("select count(*) from roll_entry where case_id = ?", id))
                .isEqualTo(2);
        assertThat(api("POST", api + "/roll/close", null).statusCode()).isEqualTo(409);

        // check-in continues
        HttpResponse<String> in = api("POST", api + "/checkins", "{\"number\":1}");
        assertThat(in.statusCode()).isEqualTo(200);
        assertThat(in.body()).contains("CHECKED_IN");

        // the reopening needs the presidium's reason
        HttpResponse<String> noReason = api("POST", api + "/roll/reopen", "{\"reason\":\"  \"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Mở lại danh sách đại biểu phải ghi lý do");
        String reopened =
                send(web, roll + "/reopen", Map.of("reason", "Bổ sung đại biểu được chỉ định theo quyết định 12-QĐ"));
        assertThat(reopened).contains("Đã mở lại danh sách đại biểu.").doesNotContain("id=\"roll-closed\"");
        assertThat(api("GET", api + "/roll/closing", null).body())
                .contains("\"closed\":false")
                .contains("Bổ sung đại biểu được chỉ định theo quyết định 12-QĐ");
        send(web, roll + "/delegates", Map.of("kind", "APPOINTED", "fullName", "Lê Văn Cường"));
        assertThat(count("select count(*) from roll_entry where case_id = ?", id))
                .isEqualTo(3);
        assertThat(count(
                        "select count(*) from audit_entry where entity_type = 'congress_case' and entity_id = ?::text and action in ('ROLL_CLOSED', 'ROLL_REOPENED')",
                        id))
                .isEqualTo(2);
    }
}

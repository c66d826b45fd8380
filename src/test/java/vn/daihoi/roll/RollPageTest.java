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
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The roll page and its API in Vietnamese: delegates added, an absence with its reason, D explained on the page
 * and in {@code /base}; check-in by token and by number, a repeat scan and an unknown token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RollPageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String token(long caseId, int number) {
        return jdbc.sql("select badge_token from roll_entry where case_id = ? and number = ?")
                .param(caseId)
                .param(number)
                .query(String.class)
                .single();
    }

    /** Posts a form and follows the redirect, as the browser does (the notice is shown once). */
    private static String send(WebSession web, String path, Map<String, String> form) {
        return web.get(WebSession.location(web.post(path, form)).replaceFirst("^https?://[^/]+", ""))
                .body();
    }

    @Test
    void theOfficeBuildsADelegateRollAndSeesDExplained() {
        Province p = new Fixtures(context).province("rp");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        WebSession web = TestAdmin.session(port);
        String roll = "/congresses/" + id + "/roll";
        send(
                web,
                roll + "/delegates",
                Map.of("kind", "ELECTED", "fullName", "Nguyễn Văn An", "electingUnit", "Chi bộ 1"));
        send(web, roll + "/delegates", Map.of("kind", "EX_OFFICIO", "fullName", "Trần Thị Bình"));
        send(web, roll + "/delegates", Map.of("kind", "APPOINTED", "fullName", "Lê Văn Cường"));
        send(
                web,
                roll + "/delegates",
                Map.of("kind", "ALTERNATE", "fullName", "Phạm Văn Dũng", "electingUnit", "Chi bộ 1"));
        long bình = jdbc.sql("select id from roll_entry where case_id = ? and number = 2")
                .param(id)
                .query(Long.class)
                .single();

        // refused: an absence "with a reason" and no reason; nothing changes, the page says why
        HttpResponse<String> refused = web.post(
                roll + "/absences", Map.of("entry", Long.toString(bình), "absence", "WITH_REASON", "reason", " "));
        assertThat(WebSession.location(refused)).endsWith(roll + "#absent-form-" + bình);
        assertThat(web.get(roll).body()).contains("vắng mặt có lý do thì phải ghi lý do được chấp nhận");

        send(
                web,
                roll + "/absences",
                Map.of("entry", Long.toString(bình), "absence", "WITH_REASON", "reason", "Đi công tác"));
        String page = web.get(roll).body();
        assertThat(page)
                .contains("đại biểu đương nhiên vắng mặt suốt thời gian đại hội")
                .contains("2. Trần Thị Bình (Đi công tác)")
                .contains("Dự khuyết thứ 1, chưa được gọi");
        assertThat(page).containsPattern("id=\"base-d\"[^>]*>2<");

        HttpResponse<String> base = TestAdmin.basic(port, "GET", "/api/congresses/" + id + "/base");
        assertThat(base.statusCode()).isEqualTo(200);
        assertThat(base.body())
                .contains("\"summoned\":3")
                .contains("\"exclusion\":\"EX_OFFICIO_ABSENT\"")
                .contains("\"d\":2")
                .contains("\"quorumNeeds\":2")
                .contains("\"quorum\":false");
        // the roll's JSON never lists the badge tokens
        HttpResponse<String> list = TestAdmin.basic(port, "GET", "/api/congresses/" + id + "/roll");
        assertThat(list.body()).contains("Nguyễn Văn An").doesNotContain(token(id, 1));
    }

    @Test
    void theDoorChecksInByTokenOrNumberOnceAndSaysWhenARepeatCame() {
        Province p = new Fixtures(context).province("rc");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        String api = "/api/congresses/" + id;
        for (String name : new String[] {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}) {
            TestAdmin.basic(
                    port, "POST", api + "/roll/delegates", "{\"kind\":\"APPOINTED\",\"fullName\":\"" + name + "\"}");
        }
        HttpResponse<String> first =
                TestAdmin.basic(port, "POST", api + "/checkins", "{\"token\":\"" + token(id, 1) + "\"}");
        assertThat(first.body()).contains("\"outcome\":\"CHECKED_IN\"").contains("Nguyễn Văn An");
        HttpResponse<String> again =
                TestAdmin.basic(port, "POST", api + "/checkins", "{\"token\":\"" + token(id, 1) + "\"}");
        assertThat(again.body()).contains("\"outcome\":\"ALREADY_CHECKED_IN\"");
        HttpResponse<String> unknown =
                TestAdmin.basic(port, "POST", api + "/checkins", "{\"token\":\"DHNOSUCHBADGE\"}");
        assertThat(unknown.body()).contains("\"outcome\":\"UNKNOWN\"");
        HttpResponse<String> empty = TestAdmin.basic(port, "POST", api + "/checkins", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Quét mã trên thẻ đại biểu hoặc nhập số thẻ");

        WebSession web = TestAdmin.session(port);
        String door = "/congresses/" + id + "/checkin";
        assertThat(web.get(door).body()).contains("checkin-code").contains("Chưa đủ: còn thiếu 1 người");
        String byNumber = web.post(door, Map.of("code", "2")).body();
        assertThat(byNumber).contains("answer-ok").contains("Trần Thị Bình");
        String repeat =
                web.post(door, Map.of("code", token(id, 1).toLowerCase())).body();
        assertThat(repeat).contains("answer-repeat").contains("đã điểm danh lúc");
        assertThat(web.post(door, Map.of("code", "99")).body()).contains("Không có thẻ “99”");
        assertThat(web.get(door + "/count").body())
                .contains("Đã đủ số lượng để tiến hành đại hội")
                .containsPattern("id=\"count-present\"[^>]*>2<");
        long rows = jdbc.sql(
                        "select count(*) from roll_checkin c join roll_entry e on e.id = c.roll_entry_id where e.case_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(rows).isEqualTo(2);
    }
}

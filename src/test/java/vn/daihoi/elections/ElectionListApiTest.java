package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;

/**
 * The list stage over the JSON API (HTTP Basic): open an election in LIST state, nominate from the floor, a
 * withdrawal decided by the congress, a list refused for its surplus with the Vietnamese reason and nothing
 * written, then fixed; the endpoints are in the OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ElectionListApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

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

    private static long first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertThat(m.find()).as(regex + " in " + body).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aListIsBuiltNominatedWithdrawnAndFixedOverTheApi() throws Exception {
        long cell = new Fixtures(context).province("la").cellId();
        long caseId = CongressDay.caseWithRoll(jdbc, cell, 10, 0, 10);
        HttpResponse<String> opened = call("POST", "/api/congresses/" + caseId + "/election-lists", """
                {"title":"Bầu Chi ủy khóa mới","body":"EXECUTIVE_COMMITTEE","seats":4,"ballotForm":"STRIKE_OUT",
                 "names":[{"fullName":"Trần Văn Bình"},{"fullName":"Nguyễn Thị An"},{"fullName":"Lê Văn Cường"},
                          {"fullName":"Phạm Thị Dung"}]}
                """);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("\"state\":\"LIST\"").contains("phải có số dư");
        long electionId = first(opened.body(), "\"electionId\":(\\d+)");

        HttpResponse<String> refused = call("POST", "/api/elections/" + electionId + "/list/fix", "{\"seats\":4}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Danh sách chưa đúng quy định").contains("phải có số dư");
        assertThat(jdbc.sql("select count(*) from round_candidate c join election_round r on r.id = c.round_id"
                                + " where r.election_id = ?")
                        .param(electionId)
                        .query(Integer.class)
                        .single())
                .isZero();

        HttpResponse<String> blank = call(
                "POST",
                "/api/elections/" + electionId + "/list/nominations",
                "{\"source\":\"FLOOR\",\"fullName\":\"Võ Văn Đề\"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Chưa nhập người đề cử Võ Văn Đề");

        HttpResponse<String> nominated = call("POST", "/api/elections/" + electionId + "/list/nominations", """
                {"source":"FLOOR","fullName":"Võ Văn Đề","nominatedBy":"Đảng viên 3"}""");
        assertThat(nominated.statusCode()).isEqualTo(200);
        assertThat(nominated.body()).contains("\"status\":\"PENDING\"").contains("\"nominatedBy\":\"Đảng viên 3\"");
        long entry = first(nominated.body(), "\\{\"id\":(\\d+),\"memberId\":null,\"fullName\":\"Võ Văn Đề\"");
        call("POST", "/api/elections/" + electionId + "/list/entries/" + entry + "/withdrawal", """
                {"reason":"Người được đề cử xin rút"}""");
        HttpResponse<String> proposed = call("GET", "/api/elections/" + electionId + "/list", null);
        long withdrawal = first(proposed.body(), "\"withdrawals\":\\[\\{\"id\":(\\d+)");
        HttpResponse<String> decided = call(
                "POST",
                "/api/elections/" + electionId + "/list/withdrawals/" + withdrawal + "/decision",
                "{\"agreed\":true,\"decisionText\":\"Đại hội biểu quyết đồng ý 10/10\"}");
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(decided.body()).contains("\"status\":\"WITHDRAWN\"").contains("\"decision\":\"AGREED\"");

        HttpResponse<String> fixed = call("POST", "/api/elections/" + electionId + "/list/fix", "{\"seats\":3}");
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.body()).contains("\"state\":\"BALLOTING\"");
        HttpResponse<String> again = call("POST", "/api/elections/" + electionId + "/list/nominations", """
                {"source":"SELF","fullName":"Phan Văn Muộn"}""");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("đã được đại hội thông qua");

        assertThat(call("GET", "/v3/api-docs", null).body())
                .contains("/api/elections/{id}/list/fix")
                .contains("/api/congresses/{id}/election-lists");
    }

    /** Issue 13: U+202E and U+200B were printed on a ballot. Every name going onto a ballot refuses them and HTML. */
    @Test
    void namesWithBidiZeroWidthOrHtmlCharactersAreRefusedNamingTheField() throws Exception {
        long cell = new Fixtures(context).province("lb").cellId();
        long caseId = CongressDay.caseWithRoll(jdbc, cell, 10, 0, 10);
        String reversed = "Tr\u202Eần Văn Bình";
        HttpResponse<String> bidi = call(
                "POST",
                "/api/congresses/" + caseId + "/election-lists",
                "{\"title\":\"Bầu Chi ủy\",\"body\":\"EXECUTIVE_COMMITTEE\",\"seats\":2,\"ballotForm\":\"STRIKE_OUT\","
                        + "\"names\":[{\"fullName\":\"Nguyễn Thị An\"},{\"fullName\":\"" + reversed + "\"},"
                        + "{\"fullName\":\"Lê Văn Cường\"}]}");
        assertThat(bidi.statusCode()).isEqualTo(400);
        assertThat(bidi.body())
                .contains("Tên trên phiếu bầu")
                .contains("U+202E")
                .contains("Tr[U+202E]ần Văn Bình");
        assertThat(jdbc.sql("select count(*) from election e join congress_case c on c.id = e.case_id where c.id = ?")
                        .param(caseId)
                        .query(Integer.class)
                        .single())
                .isZero();

        HttpResponse<String> opened = call("POST", "/api/congresses/" + caseId + "/election-lists", """
                {"title":"Bầu Chi ủy","body":"EXECUTIVE_COMMITTEE","seats":2,"ballotForm":"STRIKE_OUT",
                 "names":[{"fullName":"Nguyễn Thị An"},{"fullName":"Lê Văn Cường"},{"fullName":"Phạm Thị Dung"}]}
                """);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        long electionId = first(opened.body(), "\"electionId\":(\\d+)");
        String path = "/api/elections/" + electionId + "/list/nominations";

        HttpResponse<String> zeroWidth = call(
                "POST", path, "{\"source\":\"FLOOR\",\"fullName\":\"Võ\u200BVăn Đề\",\"nominatedBy\":\"Đảng viên 3\"}");
        assertThat(zeroWidth.statusCode()).isEqualTo(400);
        assertThat(zeroWidth.body()).contains("Tên người được giới thiệu").contains("U+200B");

        HttpResponse<String> html = call(
                "POST", path, "{\"source\":\"FLOOR\",\"fullName\":\"Võ Văn Đề\",\"nominatedBy\":\"<b>Đảng viên</b>\"}");
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("Tên người giới thiệu").contains("U+003C");

        HttpResponse<String> self = call("POST", path, "{\"source\":\"SELF\",\"fullName\":\"Võ Văn\u2066 Đề\"}");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("U+2066");

        assertThat(jdbc.sql("select count(*) from list_entry l join election_round r on r.id = l.round_id"
                                + " where r.election_id = ? and l.full_name like 'Võ%'")
                        .param(electionId)
                        .query(Integer.class)
                        .single())
                .as("nothing written")
                .isZero();
        HttpResponse<String> fine = call("POST", path, """
                {"source":"FLOOR","fullName":"Võ Văn Đề","nominatedBy":"Đảng viên 3"}""");
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
    }
}

package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The secretary section of the elections page and its API: an introduction round opened, a count that does
 * not add up refused in Vietnamese, the name introduced shown, and the secretary election opened on it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecretaryPageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    private static String send(WebSession web, String path, Map<String, String> form) {
        return web.get(WebSession.location(web.post(path, form))
                        .replaceFirst("^https?://[^/]+", "")
                        .replaceFirst("#.*$", ""))
                .body();
    }

    private long committeeElected() {
        Fixtures.Province p = new Fixtures(context).province("sp");
        long caseId = CongressDay.caseWithRoll(jdbc, p.cellId(), 9, 0, 9);
        jdbc.sql("update congress_case set direct_secretary = true where id = ?")
                .param(caseId)
                .update();
        ResultsFixtures.signIn(users, "admin");
        try {
            long round = elections.open(
                    caseId,
                    new NewElection(
                            "Bầu Chi ủy",
                            Body.EXECUTIVE_COMMITTEE,
                            3,
                            BallotForm.STRIKE_OUT,
                            CongressDay.names("Nguyễn Thị An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Thị Dung")));
            rounds.recordCounts(round, 9, 9);
            rounds.release(round, new EnteredCount.Keyed(RoundDecisionsTest.ballots(9, "c01,c02,c03"), 3, "x"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return caseId;
    }

    @Test
    void theOfficeIntroducesAndOpensTheSecretaryElectionFromThePage() {
        long caseId = committeeElected();
        WebSession web = TestAdmin.session(port);
        String page = "/congresses/" + caseId + "/elections";
        String section = "/congresses/" + caseId + "/secretary";
        assertThat(web.get(page).body()).contains("hx-get=\"" + section + "\"");
        assertThat(web.get(section).body()).contains("Đại hội bầu trực tiếp Bí thư", "Chưa có lần giới thiệu nào");

        assertThat(send(web, section + "/introductions", Map.of())).contains("Đã mở lần giới thiệu");
        String open = web.get(section).body();
        assertThat(open).contains("Lần giới thiệu 1", "Nguyễn Thị An", "Trần Văn Bình", "introduction-count");
        assertThat(open).doesNotContain("Phạm Thị Dung");
        assertThat(web.get(section + "/introduction.pdf?round=1").statusCode()).isEqualTo(200);

        String refused = send(
                web,
                section + "/introductions/count",
                Map.of("issued", "9", "collected", "10", "valid", "9", "v1", "5", "v2", "4"));
        // refused, the count comes back on the section (loaded after the page) beside its field, as typed
        assertThat(refused).contains("hx-get=\"" + section + "\"");
        String refusedSection = web.get(section).body();
        assertThat(refusedSection)
                .containsPattern("data-error-for=\"valid\"[^>]*>Số phiếu giới thiệu không khớp: phát ra 9, thu vào 10")
                .containsPattern(
                        "id=\"secretary-collected\"[^>]*value=\"10\"|value=\"10\"[^>]*id=\"secretary-collected\"");
        send(web, section + "/introductions/count", Map.of("issued", "9", "collected", "9", "valid", "9", "v1", "năm"));
        assertThat(web.get(section).body())
                .containsPattern("data-error-for=\"v1\"[^>]*>„năm&quot; không phải là một số");
        assertThat(web.get(section).body()).contains("Đang giới thiệu");

        assertThat(send(
                        web,
                        section + "/introductions/count",
                        Map.of("issued", "9", "collected", "9", "valid", "8", "v1", "6", "v2", "2")))
                .contains("Đã ghi kết quả kiểm phiếu giới thiệu");
        assertThat(web.get(section).body())
                .contains("Được giới thiệu để bầu Bí thư: Nguyễn Thị An", "Mở cuộc bầu Bí thư: Nguyễn Thị An");
        assertThat(web.get(section + "/minutes.pdf?round=1").statusCode()).isEqualTo(200);

        assertThat(send(web, section + "/election", Map.of("title", "Bầu Bí thư Chi bộ")))
                .contains("Đã mở cuộc bầu Bí thư");
        String after = web.get(page).body();
        assertThat(after).contains("Bầu Bí thư Chi bộ");

        HttpResponse<String> api =
                TestAdmin.basic(port, "GET", "/api/congresses/" + caseId + "/secretary/introductions");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"introduced\":\"Nguyễn Thị An\"", "\"state\":\"INTRODUCED\"");
        HttpResponse<String> again =
                TestAdmin.basic(port, "POST", "/api/congresses/" + caseId + "/secretary/election", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Đại hội đã mở cuộc bầu Bí thư").doesNotContain("Exception");
    }
}

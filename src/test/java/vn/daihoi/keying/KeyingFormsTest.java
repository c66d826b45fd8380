package vn.daihoi.keying;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorFor;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.web.util.HtmlUtils;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The reconciliation's and the quick totals' forms (issue 14, the one form pattern): a refused post comes back
 * to its page anchored at the form, every error beside its field in Vietnamese, what was typed kept, nothing
 * changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyingFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long roundId;

    @BeforeAll
    void round() {
        Fixtures.Province province = new Fixtures(context).province("kfm");
        ResultsFixtures.signIn(users, "admin");
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 6, 6);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void handTotalsWithBadNumbersShowEachBesideItsBoxAndReleaseNothing() {
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("valid", "sáu");
        form.put("invalid_" + vn.daihoi.counting.InvalidReason.values()[0].name(), "-1");
        form.put("votes_1", "3");
        form.put("votes_2", "ba");
        HttpResponse<String> posted = s.post("/rounds/" + roundId + "/entry/totals", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/rounds/" + roundId + "/entry/totals#keying-totals");
        String page = s.get("/rounds/" + roundId + "/entry/totals").body();
        assertThat(errorFor(page, "valid")).isEqualTo("«sáu» không phải là một số phiếu.");
        assertThat(errorFor(page, "invalid_" + vn.daihoi.counting.InvalidReason.values()[0].name()))
                .isEqualTo("«-1» không phải là một số phiếu.");
        assertThat(errorFor(page, "votes_2")).isEqualTo("«ba» không phải là một số phiếu.");
        assertThat(page).doesNotContain("data-error-for=\"votes_1\"");
        assertThat(page).contains("Chưa lưu: hãy sửa các ô được đánh dấu");
        assertThat(inputValue(page, "valid")).isEqualTo("sáu");
        assertThat(inputValue(page, "votes_1")).isEqualTo("3");
        assertThat(inputValue(page, "votes_2")).isEqualTo("ba");
        assertThat(jdbc.sql("select state from election_round where id = ?")
                        .param(roundId)
                        .query(String.class)
                        .single())
                .isEqualTo("COUNTING");

        // a blank count of valid ballots is asked for beside its box
        form.put("valid", "");
        form.put("votes_2", "2");
        s.post("/rounds/" + roundId + "/entry/totals", form);
        page = s.get("/rounds/" + roundId + "/entry/totals").body();
        assertThat(errorFor(page, "valid")).isEqualTo("Cần nhập số phiếu hợp lệ (một số không âm).");
    }

    @Test
    void teamsAndAssignmentRefusedComeBackBesideTheirFields() {
        WebSession s = admin();
        List<Integer> teamsBefore = teams();
        HttpResponse<String> posted = s.post("/rounds/" + roundId + "/reconciliation/teams", Map.of("teams", "hai"));
        assertThat(WebSession.location(posted)).endsWith("/rounds/" + roundId + "/reconciliation#keying-teams");
        String page = s.get("/rounds/" + roundId + "/reconciliation").body();
        assertThat(errorFor(page, "teams")).isEqualTo("«hai» không phải là một số.");
        assertThat(inputValue(page, "teams")).isEqualTo("hai");

        // the service's own refusal (out of 1..9) goes beside the box too, the number kept
        s.post("/rounds/" + roundId + "/reconciliation/teams", Map.of("teams", "12"));
        page = s.get("/rounds/" + roundId + "/reconciliation").body();
        assertThat(errorFor(page, "teams")).isEqualTo("Số tổ nhập phải từ 1 đến 9 (đã gõ 12).");
        assertThat(inputValue(page, "teams")).isEqualTo("12");
        assertThat(teams()).isEqualTo(teamsBefore);

        posted = s.post("/rounds/" + roundId + "/reconciliation/members", Map.of("team", "", "username", " "));
        assertThat(WebSession.location(posted)).endsWith("/rounds/" + roundId + "/reconciliation#keying-assign");
        page = s.get("/rounds/" + roundId + "/reconciliation").body();
        assertThat(errorFor(page, "team")).isEqualTo("Hãy nhập «Tổ».");
        assertThat(errorFor(page, "username")).isEqualTo("Hãy nhập «Tài khoản».");
        assertThat(page).containsPattern("is-invalid\"[^>]*id=\"assign-user\"|id=\"assign-user\"[^>]*is-invalid");

        // an account without the right to key is refused beside the account
        s.post("/rounds/" + roundId + "/reconciliation/members", Map.of("team", "1", "username", "admin-khong-co"));
        page = s.get("/rounds/" + roundId + "/reconciliation").body();
        assertThat(errorFor(page, "username")).contains("admin-khong-co");
        assertThat(jdbc.sql("select count(*) from keying_team_member where round_id = ?")
                        .param(roundId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private List<Integer> teams() {
        return jdbc.sql("select teams from keying_round where round_id = ?")
                .param(roundId)
                .query(Integer.class)
                .list();
    }

    private WebSession admin() {
        WebSession s = TestAdmin.session(port);
        return s;
    }

    static String inputValue(String page, String id) {
        Matcher tag = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(page);
        assertThat(tag.find()).as("input " + id).isTrue();
        Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
        return v.find() ? HtmlUtils.htmlUnescape(v.group(1)) : "";
    }
}

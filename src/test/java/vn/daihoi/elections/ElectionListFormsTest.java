package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorsFor;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.HtmlUtils;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The forms of a list being built (elections/list.html, issue 14): a nomination with a blank name and a bad
 * birth date, a list fixed with no seats and a withdrawal without its reason each come back to their own form
 * on the elections page with every error beside its field, what was typed kept, and the list unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ElectionListFormsTest {

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

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theListsFormsShowTheirErrorsBesideTheirFieldsAndChangeNothing() {
        Fixtures.Province p = new Fixtures(context).province("elf");
        long caseId = CongressDay.caseWithRoll(jdbc, p.cellId(), 10, 0, 10);
        ResultsFixtures.signIn(users, "admin");
        long roundId = elections.openList(
                caseId,
                new NewElection(
                        "Bầu Chi ủy",
                        Body.EXECUTIVE_COMMITTEE,
                        2,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An")));
        long electionId = rounds.sheet(roundId).electionId();
        SecurityContextHolder.clearContext();
        WebSession s = TestAdmin.session(port);
        String page = "/congresses/" + caseId + "/elections";

        Map<String, String> form = new LinkedHashMap<>();
        form.put("source", "SELF");
        form.put("fullName", " ");
        form.put("birthDate", "31/02/1980");
        form.put("nominatedBy", "");
        HttpResponse<String> posted = s.post("/elections/" + electionId + "/list/nominations", form);
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith(page + "#nomination-form-" + electionId);
        String html = s.get(page).body();
        assertThat(errorsFor(html, "fullName")).containsExactly("Hãy nhập «Họ và tên người được giới thiệu».");
        assertThat(errorsFor(html, "birthDate"))
                .containsExactly("«Ngày sinh»: «31/02/1980» không phải ngày hợp lệ. Ghi ngày theo dạng dd/MM/yyyy,"
                        + " ví dụ 15/01/2027.");
        assertThat(html).containsPattern("<option value=\"SELF\" selected");
        assertThat(html).contains("data-form=\"nomination-form-" + electionId + "\"");
        assertThat(value(html, "birthDate")).isEqualTo("31/02/1980");
        assertThat(entries(roundId)).isEqualTo(2);

        posted = s.post("/elections/" + electionId + "/list/fix", Map.of("seats", "hai", "note", "Biểu quyết"));
        assertThat(WebSession.location(posted)).endsWith(page + "#fix-form-" + electionId);
        html = s.get(page).body();
        assertThat(errorsFor(html, "seats")).containsExactly("„hai\" không phải là một số.");
        assertThat(value(html, "note")).isEqualTo("Biểu quyết");

        long entry = jdbc.sql("select id from list_entry where round_id = ? order by id limit 1")
                .param(roundId)
                .query(Long.class)
                .single();
        posted = s.post("/elections/" + electionId + "/list/entries/" + entry + "/withdrawal", Map.of("reason", " "));
        assertThat(WebSession.location(posted)).endsWith(page + "#withdraw-form-" + entry);
        html = s.get(page).body();
        assertThat(errorsFor(html, "reason")).containsExactly("Hãy nhập «Lý do rút (Đoàn Chủ tịch đề nghị)».");
        assertThat(html).contains("data-form=\"withdraw-form-" + entry + "\"");
        assertThat(jdbc.sql("select state from election_round where id = ?")
                        .param(roundId)
                        .query(String.class)
                        .single())
                .isEqualTo("LIST");
    }

    private long entries(long roundId) {
        return jdbc.sql("select count(*) from list_entry where round_id = ?")
                .param(roundId)
                .query(Long.class)
                .single();
    }

    /** The value of the (first) input named {@code name}. */
    private static String value(String page, String name) {
        Matcher tag = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(page);
        assertThat(tag.find()).as("input " + name).isTrue();
        Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
        return v.find() ? HtmlUtils.htmlUnescape(v.group(1)) : "";
    }
}

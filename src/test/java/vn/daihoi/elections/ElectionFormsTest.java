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
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The elections page's forms (issue 14, the one form pattern): a refused post comes back to the page anchored
 * at its form (one per round), every error beside its field in Vietnamese, what was typed kept, nothing
 * changed; a bad birth date in the typed list is named by its line with the one date message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ElectionFormsTest {

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
    void anElectionOpenedWithBadFieldsShowsEveryErrorAndEachBadBirthDateByItsLine() {
        Fixtures.Province p = new Fixtures(context).province("efo");
        long caseId = CongressDay.caseWithRoll(jdbc, p.cellId(), 10, 0, 10);
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", " ");
        form.put("body", "EXECUTIVE_COMMITTEE");
        form.put("seats", "ba");
        form.put("ballotForm", "AGREE_DISAGREE");
        form.put("names", "Nguyễn Thị An\nTrần Văn Bình; 31/02/1970\nLê Văn Cường; 32/01/1970");
        form.put("firstMeeting", "true");
        HttpResponse<String> posted = s.post("/congresses/" + caseId + "/elections", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/congresses/" + caseId + "/elections#open-form");
        String page = s.get("/congresses/" + caseId + "/elections").body();
        assertThat(errorsFor(page, "title")).containsExactly("Hãy nhập «Tên cuộc bầu cử».");
        assertThat(errorsFor(page, "seats")).containsExactly("„ba\" không phải là một số.");
        assertThat(errorsFor(page, "names"))
                .containsExactly(
                        "Dòng 2: «Ngày sinh»: «31/02/1970» không phải ngày hợp lệ. Ghi ngày theo dạng dd/MM/yyyy, ví"
                                + " dụ 15/01/2027.",
                        "Dòng 3: «Ngày sinh»: «32/01/1970» không phải ngày hợp lệ. Ghi ngày theo dạng dd/MM/yyyy, ví"
                                + " dụ 15/01/2027.");
        assertThat(page).contains("Chưa lưu: hãy sửa các ô được đánh dấu");
        assertThat(inputValue(page, "seats")).isEqualTo("ba");
        assertThat(page).contains(">Nguyễn Thị An\nTrần Văn Bình; 31/02/1970\nLê Văn Cường; 32/01/1970</textarea>");
        assertThat(page).containsPattern("<option value=\"EXECUTIVE_COMMITTEE\" selected");
        assertThat(page).containsPattern("<option value=\"AGREE_DISAGREE\" selected");
        assertThat(page).containsPattern("id=\"firstMeeting\"[^>]*checked");
        assertThat(elections(caseId)).isZero();

        // a good list opens the election
        form.put("title", "Bầu Chi ủy");
        form.put("seats", "1");
        form.put("names", "Nguyễn Thị An\nTrần Văn Bình; 01/02/1970");
        form.remove("firstMeeting");
        HttpResponse<String> ok = s.post("/congresses/" + caseId + "/elections", form);
        assertThat(WebSession.location(ok)).endsWith("/congresses/" + caseId + "/elections");
        assertThat(elections(caseId)).isOne();
    }

    @Test
    void eachRoundsFormsComeBackToThatRoundWithTheirErrors() {
        Fixtures.Province p = new Fixtures(context).province("efr");
        long caseId = CongressDay.caseWithRoll(jdbc, p.cellId(), 10, 0, 10);
        ResultsFixtures.signIn(users, "admin");
        long round = elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Cường", "Phạm Thị Dung")));
        long electionId = rounds.sheet(round).electionId();
        SecurityContextHolder.clearContext();
        WebSession s = admin();
        String counts = "/elections/" + electionId + "/rounds/1/counts";

        HttpResponse<String> posted = s.post(counts, Map.of("issued", "mười", "collected", ""));
        assertThat(WebSession.location(posted)).endsWith("/elections#counts-form-" + round);
        String page = s.get("/congresses/" + caseId + "/elections").body();
        assertThat(page).contains("id=\"counts-form-" + round + "\"");
        assertThat(errorsFor(page, "issued")).containsExactly("„mười\" không phải là một số.");
        assertThat(errorsFor(page, "collected")).containsExactly("Hãy nhập «Số phiếu thu vào».");
        assertThat(inputValue(page, "issued-" + round)).isEqualTo("mười");

        // the service's refusal of the pair goes beside "collected", both numbers kept
        s.post(counts, Map.of("issued", "5", "collected", "9"));
        page = s.get("/congresses/" + caseId + "/elections").body();
        assertThat(errorsFor(page, "collected")).singleElement().asString().contains("phát ra 5, thu vào 9");
        assertThat(inputValue(page, "issued-" + round)).isEqualTo("5");
        assertThat(inputValue(page, "collected-" + round)).isEqualTo("9");
        assertThat(jdbc.sql("select issued from election_round where id = ?")
                        .param(round)
                        .query(Integer.class)
                        .optional())
                .isEmpty();

        // released with a seat left: "elect again" and "stop" each come back to their own form
        ResultsFixtures.signIn(users, "admin");
        rounds.recordCounts(round, 10, 10);
        rounds.release(
                round,
                new EnteredCount.Totals(new ElectionRecord.Tally(
                        10, Map.of(), Map.of("c01", 8, "c02", 7, "c03", 4, "c04", 3), Map.of())));
        SecurityContextHolder.clearContext();
        posted = s.post(
                "/elections/" + electionId + "/rounds/1/another", Map.of("names", "Võ Văn Em; 30/02/1980", "note", ""));
        assertThat(WebSession.location(posted)).endsWith("/elections#another-form-" + round);
        page = s.get("/congresses/" + caseId + "/elections").body();
        assertThat(errorsFor(page, "names"))
                .containsExactly("Dòng 1: «Ngày sinh»: «30/02/1980» không phải ngày hợp lệ. Ghi ngày theo dạng"
                        + " dd/MM/yyyy, ví dụ 15/01/2027.");
        assertThat(errorsFor(page, "note")).containsExactly("Hãy nhập «Nội dung quyết định của đại hội».");
        assertThat(page).contains(">Võ Văn Em; 30/02/1980</textarea>");
        assertThat(page).containsOnlyOnce("data-error-for=\"note\"");

        posted = s.post("/elections/" + electionId + "/rounds/1/stop", Map.of("note", " "));
        assertThat(WebSession.location(posted)).endsWith("/elections#stop-form-" + round);
        page = s.get("/congresses/" + caseId + "/elections").body();
        assertThat(errorsFor(page, "note")).containsExactly("Hãy nhập «Nội dung quyết định của đại hội».");
        assertThat(page).containsPattern("data-form=\"stop-form-" + round + "\"");
        assertThat(jdbc.sql("select count(*) from election_round where election_id = ?")
                        .param(electionId)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private long elections(long caseId) {
        return jdbc.sql("select count(*) from election where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
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

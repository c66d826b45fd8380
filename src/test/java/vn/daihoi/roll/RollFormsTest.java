package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorsFor;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The roll's and the agenda's page forms (issue 14, the one form pattern): a refused post comes back to its
 * page anchored at the form, every error beside its field in Vietnamese, what was typed kept, nothing changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RollFormsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aDelegateWithThreeBadFieldsShowsThreeErrorsAndAddsNobody() {
        Province p = new Fixtures(context).province("rfd");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        WebSession web = admin();
        String roll = "/congresses/" + id + "/roll";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "APPOINTED");
        form.put("fullName", "Nguyễn ".repeat(30));
        form.put("memberId", "12a");
        form.put("electingUnit", "Chi bộ ".repeat(50));
        HttpResponse<String> posted = web.post(roll + "/delegates", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith(roll + "#delegate-form");
        String page = web.get(roll).body();
        assertThat(errorsFor(page, "fullName")).containsExactly("«Họ và tên» dài quá 200 ký tự.");
        assertThat(errorsFor(page, "memberId")).containsExactly("«12a» không phải là mã đảng viên (chỉ gồm chữ số).");
        assertThat(errorsFor(page, "electingUnit")).containsExactly("«Đơn vị bầu» dài quá 300 ký tự.");
        assertThat(page).contains("Chưa lưu: hãy sửa các ô được đánh dấu");
        assertThat(inputValue(page, "delegate-member")).isEqualTo("12a");
        assertThat(inputValue(page, "delegate-unit")).isEqualTo("Chi bộ ".repeat(50));
        assertThat(page).containsPattern("<option value=\"APPOINTED\" selected");
        assertThat(entries(id)).isZero();
        // neither a name nor a member number: the name is asked for
        form.put("fullName", "");
        form.put("memberId", "");
        form.put("electingUnit", "");
        web.post(roll + "/delegates", form);
        assertThat(errorsFor(web.get(roll).body(), "fullName"))
                .containsExactly("Nhập họ và tên đại biểu (tối đa 200 ký tự).");
        assertThat(entries(id)).isZero();

        // an absence "with a reason" without one comes back beside that row's reason
        form.clear();
        form.put("kind", "APPOINTED");
        form.put("fullName", "Nguyễn Văn An");
        web.post(roll + "/delegates", form);
        assertThat(web.get(roll).body()).contains("Nguyễn Văn An");
        long an = jdbc.sql("select id from roll_entry where case_id = ? and number = 1")
                .param(id)
                .query(Long.class)
                .single();
        // (the row's form carries the search it was shown in: the answer shows the same rows)
        posted = web.post(
                roll + "/absences",
                Map.of("entry", Long.toString(an), "absence", "WITH_REASON", "reason", " ", "q", "Nguyễn"));
        assertThat(WebSession.location(posted)).endsWith(roll + "?q=Nguy%E1%BB%85n#absent-form-" + an);
        page = web.get(roll + "?q=Nguy%E1%BB%85n").body();
        assertThat(page).contains("data-form=\"absent-form-" + an + "\"");
        assertThat(errorsFor(page, "reason"))
                .singleElement()
                .asString()
                .contains("vắng mặt có lý do thì phải ghi lý do được chấp nhận");
        assertThat(page).containsPattern("<option value=\"WITH_REASON\" selected");

        // reopening a closed roll needs the presidium's reason, asked for beside the box
        web.post(roll + "/close", Map.of());
        assertThat(web.get(roll).body()).contains("id=\"reopen-form\"");
        posted = web.post(roll + "/reopen", Map.of("reason", "  "));
        assertThat(WebSession.location(posted)).endsWith(roll + "#reopen-form");
        page = web.get(roll).body();
        assertThat(errorsFor(page, "reason"))
                .containsExactly("Hãy nhập «Lý do mở lại (quyết định của Đoàn Chủ tịch)».");
        assertThat(page).contains("id=\"roll-closed\"");
        assertThat(entries(id)).isOne();
    }

    @Test
    void theAgendasFormsShowEveryErrorBesideItsFieldAndKeepWhatWasTyped() {
        Province p = new Fixtures(context).province("rfa");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        WebSession web = admin();
        String agenda = "/congresses/" + id + "/agenda";
        HttpResponse<String> posted = web.post(agenda + "/steps", Map.of("startsAt", "8h", "title", ""));
        assertThat(WebSession.location(posted)).endsWith(agenda + "#step-form");
        String page = web.get(agenda).body();
        assertThat(errorsFor(page, "startsAt"))
                .containsExactly("Giờ “8h” không hợp lệ: nhập theo dạng HH:mm, ví dụ 07:30.");
        assertThat(errorsFor(page, "title")).containsExactly("Hãy nhập «Nội dung».");
        assertThat(inputValue(page, "step-startsAt")).isEqualTo("8h");
        assertThat(jdbc.sql("select count(*) from agenda_step where case_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", "PRESIDIUM");
        form.put("numbers", "");
        form.put("agree", "mười");
        form.put("disagree", "");
        form.put("total", "5");
        posted = web.post(agenda + "/bodies", form);
        assertThat(WebSession.location(posted)).endsWith(agenda + "#body-form");
        page = web.get(agenda).body();
        assertThat(errorsFor(page, "numbers"))
                .containsExactly("Hãy nhập «Số thẻ thành viên (cách nhau bằng dấu phẩy)».");
        assertThat(errorsFor(page, "agree")).containsExactly("«mười» không phải là một số.");
        assertThat(errorsFor(page, "disagree")).containsExactly("Hãy nhập «Không tán thành».");
        assertThat(page).doesNotContain("data-error-for=\"total\"");
        assertThat(inputValue(page, "body-agree")).isEqualTo("mười");
        assertThat(inputValue(page, "body-total")).isEqualTo("5");
        assertThat(page).containsPattern("<option value=\"PRESIDIUM\" selected");
    }

    private long entries(long caseId) {
        return jdbc.sql("select count(*) from roll_entry where case_id = ?")
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

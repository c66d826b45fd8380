package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorFor;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import vn.daihoi.drafts.DraftKind;
import vn.daihoi.drafts.Drafts;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The one form pattern (FormActions.submit, fragments/form.html) on converted page forms: a refused post
 * comes back to its page (never a bare 400 page) with every error at once, each beside its field in
 * Vietnamese, and what was typed kept; nothing is changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormPatternTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Drafts drafts;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    Province province;

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("frm");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBudgetLineWithThreeBadFieldsShowsThreeErrorsBesideThemAndKeepsWhatWasTyped() {
        long caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "PREPARING", LocalDate.now(clock));
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("group", "DECORATION");
        form.put("description", "  ");
        form.put("unit", "bộ");
        form.put("quantity", "ba");
        form.put("unitPrice", "12,5");
        HttpResponse<String> posted = s.post("/congresses/" + caseId + "/budget/items", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/congresses/" + caseId + "/budget#budget-form");
        String page = s.get("/congresses/" + caseId + "/budget").body();
        assertThat(errorFor(page, "description")).isEqualTo("Hãy nhập «Nội dung chi».");
        assertThat(errorFor(page, "quantity")).contains("\"ba\"").isNotEqualTo(errorFor(page, "unitPrice"));
        assertThat(errorFor(page, "unitPrice")).contains("12,5");
        assertThat(page).contains("Chưa lưu: hãy sửa các ô được đánh dấu");
        assertThat(inputValue(page, "budget-unit")).isEqualTo("bộ");
        assertThat(inputValue(page, "budget-quantity")).isEqualTo("ba");
        assertThat(inputValue(page, "budget-price")).isEqualTo("12,5");
        assertThat(page).containsPattern("<option value=\"DECORATION\" selected");
        assertThat(page).containsPattern("is-invalid\" id=\"budget-quantity\"");
        assertThat(jdbc.sql("select count(*) from budget_item where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isZero();

        // the errors were for that one answer: the page shown again is clean
        String again = s.get("/congresses/" + caseId + "/budget").body();
        assertThat(again).doesNotContain("data-error-for=").doesNotContain("is-invalid");
    }

    @Test
    void aDraftPublishedToNobodyWithABadDateShowsBothErrorsNotABare400Page() {
        ResultsFixtures.signIn(users, "admin");
        long draft = drafts.create(
                province.orgId(), DraftKind.RESOLUTION, "Dự thảo nghị quyết " + province.marker(), "# Mục\nĐoạn", "");
        SecurityContextHolder.clearContext();
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "1");
        form.put("unitCodes", "");
        form.put("level", "");
        form.put("deadline", "31/02/2027");
        form.put("toMembers", "true");
        HttpResponse<String> posted = s.post("/drafts/" + draft + "/publications", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        String page = s.get("/drafts/" + draft + "?v=1").body();
        assertThat(errorFor(page, "unitCodes"))
                .isEqualTo("Hãy chọn ít nhất một đơn vị nhận dự thảo (theo mã hoặc theo cấp).");
        assertThat(errorFor(page, "deadline"))
                .isEqualTo("«Hạn góp ý»: «31/02/2027» không phải ngày hợp lệ. Ghi ngày theo dạng dd/MM/yyyy, ví dụ"
                        + " 15/01/2027.");
        assertThat(inputValue(page, "deadline")).isEqualTo("31/02/2027");
        assertThat(page).containsPattern("id=\"toMembers\"[^>]*checked");

        // a code that does not exist is a refusal of the service: beside its field too, the date kept
        form.put("unitCodes", "KHONG-CO-" + province.marker());
        form.put("deadline", "15/01/2099");
        s.post("/drafts/" + draft + "/publications", form);
        page = s.get("/drafts/" + draft + "?v=1").body();
        assertThat(errorFor(page, "unitCodes")).contains("KHONG-CO-" + province.marker());
        assertThat(inputValue(page, "deadline")).isEqualTo("15/01/2099");
        assertThat(jdbc.sql("select count(*) from draft_publication where draft_id = ?")
                        .param(draft)
                        .query(Long.class)
                        .single())
                .isZero();

        // and a good form still publishes
        form.put("unitCodes", province.cellCode());
        HttpResponse<String> ok = s.post("/drafts/" + draft + "/publications", form);
        assertThat(WebSession.location(ok)).contains("/drafts/publications/");
    }

    @Test
    void aCandidacyWithoutMemberAndWithABadDateShowsBothWithTheSameDateMessage() {
        long caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "PREPARING", LocalDate.now(clock));
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", vn.daihoi.personnel.PersonnelBody.values()[0].name());
        form.put("kind", vn.daihoi.personnel.Proposal.CandidacyKind.values()[0].name());
        form.put("nominatedBy", "Chi bộ Đồng Tâm");
        form.put("filedOn", "2027-13-45x");
        form.put("q", "Nguyễn");
        HttpResponse<String> posted = s.post("/congresses/" + caseId + "/personnel/candidacies", form);

        assertThat(WebSession.location(posted)).endsWith("/congresses/" + caseId + "/personnel#candidacy-form");
        String page = s.get("/congresses/" + caseId + "/personnel").body();
        assertThat(errorFor(page, "memberId")).isEqualTo("Chưa chọn đảng viên.");
        assertThat(errorFor(page, "filedOn"))
                .isEqualTo("«Ngày nộp»: «2027-13-45x» không phải ngày hợp lệ. Ghi ngày theo dạng dd/MM/yyyy, ví dụ"
                        + " 15/01/2027.");
        assertThat(inputValue(page, "candidacy-nominatedBy")).isEqualTo("Chi bộ Đồng Tâm");
        assertThat(inputValue(page, "candidacy-search")).isEqualTo("Nguyễn");
        // the other form of the page is not marked
        assertThat(page).doesNotContain("data-form=\"candidate-form\"");
    }

    @Test
    void aDraftTextPastedWithDecomposedDiacriticsIsStoredNfc() {
        ResultsFixtures.signIn(users, "admin");
        String nfd = java.text.Normalizer.normalize("Đại hội đại biểu", java.text.Normalizer.Form.NFD);
        long draft = drafts.create(
                province.orgId(), DraftKind.OTHER, nfd + " " + province.marker(), "# " + nfd + "\n" + nfd, "");
        int v2 = drafts.addVersion(draft, "# Mục\n" + nfd + " lần hai", "");

        assertThat(drafts.text(draft, 1))
                .extracting(p -> p.text())
                .containsExactly("Đại hội đại biểu", "Đại hội đại biểu");
        assertThat(drafts.text(draft, v2).get(1).text()).isEqualTo("Đại hội đại biểu lần hai");
        assertThat(drafts.find(draft).draft().title()).startsWith("Đại hội đại biểu ");
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
        return v.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(v.group(1)) : "";
    }
}

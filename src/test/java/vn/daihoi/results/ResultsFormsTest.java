package vn.daihoi.results;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorFor;
import static vn.daihoi.platform.FormPage.form;
import static vn.daihoi.platform.FormPage.valueOf;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.FormRoundTrip;
import vn.daihoi.security.WebSession;

/**
 * The results page's forms in the one form pattern: a complaint and a settlement refused field by field, each
 * error beside its field in Vietnamese (one wording for a bad date), what was typed kept, nothing recorded.
 */
class ResultsFormsTest extends FormRoundTrip {

    @Override
    protected String marker() {
        return "rfm";
    }

    @Autowired
    ResultsReports reports;

    @Autowired
    Confirmations confirmations;

    @Test
    void aComplaintWithoutComplainantAndWithABadDateShowsBothAndKeepsTheContent() {
        LocalDate today = LocalDate.now(clock);
        long id = ResultsFixtures.caseIn(jdbc, province.communeId(), "CLOSED", today);
        ResultsFixtures.signIn(users, "admin");
        reports.submit(id, ResultsFixtures.report(today, "rfm"));
        SecurityContextHolder.clearContext();
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("complainant", " ");
        form.put("receivedOn", "31/04/2026");
        form.put("content", "Kiểm phiếu sai ở tổ 2");
        HttpResponse<String> posted = s.post("/congresses/" + id + "/complaints", form);

        assertThat(WebSession.location(posted)).endsWith("/congresses/" + id + "/results#complaint-form");
        String page = form(s.get("/congresses/" + id + "/results").body(), "complaint-form");
        assertThat(errorFor(page, "complainant")).isEqualTo("Hãy nhập «Người khiếu nại».");
        assertThat(errorFor(page, "receivedOn"))
                .isEqualTo("«Ngày nhận»: «31/04/2026» không phải ngày hợp lệ. Ghi ngày theo dạng dd/MM/yyyy, ví dụ"
                        + " 15/01/2027.");
        assertThat(valueOf(page, "receivedOn")).isEqualTo("31/04/2026");
        assertThat(page).contains(">Kiểm phiếu sai ở tổ 2</textarea>");
        assertThat(count("select count(*) from results_complaint where case_id = ?", id))
                .isZero();

        // a complaint recorded, its settlement refused in its own row's form
        form.put("complainant", "Hoàng Văn Giang");
        form.put("receivedOn", Dates.format(today));
        s.post("/congresses/" + id + "/complaints", form);
        assertThat(s.get("/congresses/" + id + "/results").body()).contains("Hoàng Văn Giang");
        long complaint = count("select id from results_complaint where case_id = ?", id);
        HttpResponse<String> settle = s.post(
                "/congresses/" + id + "/complaints/" + complaint + "/settlement",
                Map.of("settledOn", "hôm qua", "settlement", ""));
        assertThat(WebSession.location(settle)).endsWith("#settle-form-" + complaint);
        String row = form(s.get("/congresses/" + id + "/results").body(), "settle-form-" + complaint);
        assertThat(errorFor(row, "settledOn")).contains("«hôm qua» không phải ngày hợp lệ");
        assertThat(errorFor(row, "settlement")).isEqualTo("Hãy nhập «Kết quả giải quyết».");
        assertThat(valueOf(row, "settledOn")).isEqualTo("hôm qua");
        assertThat(count("select count(*) from results_complaint where id = ? and settled_on is null", complaint))
                .isEqualTo(1);
    }
}

package vn.daihoi.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorFor;
import static vn.daihoi.platform.FormPage.form;
import static vn.daihoi.platform.FormPage.valueOf;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.daihoi.platform.FormRoundTrip;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.WebSession;

/**
 * The personnel page's body form in the one form pattern: no body chosen, seats that are no number and a
 * structure line without its colon come back at once, each beside its field, what was typed kept.
 */
class PersonnelFormsTest extends FormRoundTrip {

    @Override
    protected String marker() {
        return "pfm";
    }

    @Test
    void aBodyFormWithThreeBadFieldsShowsThemAllAndStoresNothing() {
        long caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "PREPARING", LocalDate.now(clock));
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", "");
        form.put("seats", "mười lăm");
        form.put("structure", "Nữ 3");
        HttpResponse<String> posted = s.post("/congresses/" + caseId + "/personnel/bodies", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/congresses/" + caseId + "/personnel#body-form");
        String page = s.get("/congresses/" + caseId + "/personnel").body();
        String body = form(page, "body-form");
        assertThat(errorFor(body, "body")).startsWith("Chưa chọn cơ quan");
        assertThat(errorFor(body, "seats")).isEqualTo("\"mười lăm\" không phải là số.");
        assertThat(errorFor(body, "structure"))
                .isEqualTo("Dòng cơ cấu \"Nữ 3\" thiếu dấu hai chấm: ghi theo dạng \"nhóm: số người\".");
        assertThat(valueOf(body, "seats")).isEqualTo("mười lăm");
        assertThat(body).contains(">Nữ 3</textarea>");
        assertThat(form(page, "candidate-form")).doesNotContain("data-error-for");
        assertThat(count("select count(*) from personnel_body where case_id = ?", caseId))
                .isZero();
    }
}

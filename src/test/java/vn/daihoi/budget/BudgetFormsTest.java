package vn.daihoi.budget;

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
import vn.daihoi.platform.FormRoundTrip;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.WebSession;

/**
 * The edit form of a budget line in the one form pattern: every bad field at once beside it, in Vietnamese,
 * what was typed kept in that line's form (opened again), nothing changed.
 */
class BudgetFormsTest extends FormRoundTrip {

    @Override
    protected String marker() {
        return "bfm";
    }

    @Autowired
    BudgetEstimates estimates;

    @Test
    void aLineEditedWithThreeBadFieldsComesBackToItsOwnFormWithTheValuesTyped() {
        long caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "PREPARING", LocalDate.now(clock));
        ResultsFixtures.signIn(users, "admin");
        estimates.addLine(caseId, new NewBudgetLine(BudgetGroup.VENUE, "Thuê hội trường", 2, "ngày", 3_000_000L, null));
        SecurityContextHolder.clearContext();
        long line = count("select id from budget_item where case_id = ?", caseId);
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("item", Long.toString(line));
        form.put("group", "DECORATION");
        form.put("description", " ");
        form.put("unit", "gói");
        form.put("quantity", "hai");
        form.put("unitPrice", "4,5");
        HttpResponse<String> posted = s.post("/congresses/" + caseId + "/budget/items/edit", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/congresses/" + caseId + "/budget#budget-edit-form-" + line);
        String page = s.get("/congresses/" + caseId + "/budget").body();
        String edit = form(page, "budget-edit-form-" + line);
        assertThat(errorFor(edit, "description")).isEqualTo("Hãy nhập «Nội dung chi».");
        assertThat(errorFor(edit, "quantity")).contains("hai");
        assertThat(errorFor(edit, "unitPrice")).contains("4,5");
        assertThat(edit).contains("Chưa lưu: hãy sửa các ô được đánh dấu");
        assertThat(valueOf(edit, "unit")).isEqualTo("gói");
        assertThat(valueOf(edit, "quantity")).isEqualTo("hai");
        assertThat(edit).containsPattern("<option value=\"DECORATION\" selected");
        assertThat(page).containsPattern("class=\"collapse show\" id=\"budget-edit-" + line + "\"");
        // the add form of the page is not marked
        assertThat(form(page, "budget-form")).doesNotContain("data-error-for");
        assertThat(jdbc.sql("select description from budget_item where id = ?")
                        .param(line)
                        .query(String.class)
                        .single())
                .isEqualTo("Thuê hội trường");
    }
}

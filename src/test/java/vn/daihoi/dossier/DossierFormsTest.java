package vn.daihoi.dossier;

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
import vn.daihoi.security.WebSession;

/**
 * The dossier pages' forms in the one form pattern (the checklist, the unit's submission, the superior's
 * approval meeting): refused field by field, each error beside its field in Vietnamese, what was typed kept,
 * nothing stored.
 */
class DossierFormsTest extends FormRoundTrip {

    @Override
    protected String marker() {
        return "dsf";
    }

    static final java.util.concurrent.atomic.AtomicInteger TERMS =
            new java.util.concurrent.atomic.AtomicInteger(4000 + (int) (System.nanoTime() % 1000) * 5);

    long cellCase(String state) {
        return jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, window_from, window_to,
                            state_changed_at)
                        values (?, ?, 'SUBORDINATE_CELL', ?, ?, ?, now()) returning id""")
                .params(
                        province.cellId(),
                        TERMS.getAndAdd(5) + "-2030",
                        state,
                        LocalDate.now(clock).minusMonths(1),
                        LocalDate.now(clock).plusMonths(3))
                .query(Long.class)
                .single();
    }

    @Test
    void aChecklistItemWithoutLevelNorTitleShowsBothErrors() {
        WebSession s = admin();
        long before = count("select count(*) from dossier_item");
        HttpResponse<String> posted =
                s.post("/dossier-checklist", Map.of("level", "", "kind", "DELEGATE", "title", " "));

        assertThat(WebSession.location(posted)).endsWith("/dossier-checklist#checklist-add");
        String page = form(s.get("/dossier-checklist").body(), "checklist-add");
        assertThat(errorFor(page, "level")).isEqualTo("Hãy nhập «Cấp».");
        assertThat(errorFor(page, "title")).isEqualTo("Hãy nhập «Tài liệu».");
        assertThat(page).containsPattern("<option value=\"DELEGATE\" selected");
        assertThat(count("select count(*) from dossier_item")).isEqualTo(before);
    }

    @Test
    void aSubmissionWithABadPlannedDateKeepsItAndSaysTheOneDateMessage() {
        long caseId = cellCase("INTERNAL_ADOPTED");
        WebSession s = admin();
        HttpResponse<String> posted =
                s.post("/congresses/" + caseId + "/dossier/submit", Map.of("plannedOn", "30/02/2027"));

        assertThat(WebSession.location(posted)).endsWith("/congresses/" + caseId + "/dossier#submit-form");
        String page = form(s.get("/congresses/" + caseId + "/dossier").body(), "submit-form");
        assertThat(errorFor(page, "plannedOn"))
                .isEqualTo("«Ngày dự kiến tổ chức đại hội»: «30/02/2027» không phải ngày hợp lệ. Ghi ngày theo dạng"
                        + " dd/MM/yyyy, ví dụ 15/01/2027.");
        assertThat(valueOf(page, "plannedOn")).isEqualTo("30/02/2027");
        assertThat(count("select count(*) from dossier_round where case_id = ?", caseId))
                .isZero();
    }

    @Test
    void aMeetingWithABadDateABadTimeAndNoPlaceShowsTheThreeAndKeepsTheAgenda() {
        long caseId = cellCase("APPROVAL_MEETING");
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("case", Long.toString(caseId));
        form.put("presenter-" + caseId, "Đồng chí Lê Văn Tâm");
        form.put("meetsOn", "15.01.2027");
        form.put("startsAt", "8 giờ");
        form.put("endsAt", "10:00");
        form.put("place", "");
        String calendar = "/org/" + province.communeId() + "/approval-calendar";
        HttpResponse<String> posted = s.post(calendar, form);

        assertThat(WebSession.location(posted)).endsWith(calendar + "#meeting-form");
        String page = form(s.get(calendar).body(), "meeting-form");
        assertThat(errorFor(page, "meetsOn")).contains("«15.01.2027» không phải ngày hợp lệ");
        assertThat(errorFor(page, "startsAt")).isEqualTo("Giờ \"8 giờ\" không đúng dạng giờ:phút (ví dụ 08:30).");
        assertThat(errorFor(page, "place")).isEqualTo("Hãy nhập «Địa điểm».");
        assertThat(valueOf(page, "meetsOn")).isEqualTo("15.01.2027");
        assertThat(valueOf(page, "endsAt")).isEqualTo("10:00");
        assertThat(valueOf(page, "presenter-" + caseId)).isEqualTo("Đồng chí Lê Văn Tâm");
        assertThat(page)
                .containsPattern("id=\"case-" + caseId + "\"[^>]*checked|checked[^>]*id=\"case-" + caseId + "\"");
        assertThat(count("select count(*) from approval_meeting where superior_org_id = ?", province.communeId()))
                .isZero();
    }

    @Test
    void aPaperSubmissionDatedInTheFutureIsRefusedBesideItsDayAndKeepsWhatWasTyped() {
        long caseId = cellCase("INTERNAL_ADOPTED");
        WebSession s = admin();
        HttpResponse<String> posted = s.post(
                "/congresses/" + caseId + "/dossier/paper/submit",
                Map.of("submittedOn", "01/01/2099", "plannedOn", "15/02/2099"));

        assertThat(WebSession.location(posted)).endsWith("/congresses/" + caseId + "/dossier#paper-submit-form");
        String page = form(s.get("/congresses/" + caseId + "/dossier").body(), "paper-submit-form");
        assertThat(errorFor(page, "submittedOn"))
                .isEqualTo("Ngày nộp hồ sơ 01/01/2099 chưa tới: chỉ ghi nhận việc đã làm trên giấy.");
        assertThat(valueOf(page, "submittedOn")).isEqualTo("01/01/2099");
        assertThat(valueOf(page, "plannedOn")).isEqualTo("15/02/2099");
        assertThat(count("select count(*) from dossier_round where case_id = ?", caseId))
                .isZero();
        assertThat(count("select count(*) from congress_transition where case_id = ?", caseId))
                .isZero();
    }

    @Test
    void aPaperVerdictWithoutOutcomeNorDayShowsBothAndMovesNothing() {
        long caseId = cellCase("DOSSIER_SUBMITTED");
        WebSession s = admin();
        HttpResponse<String> posted = s.post(
                "/congresses/" + caseId + "/dossier/paper/verdict",
                Map.of("decidedOn", "", "outcome", "", "note", "Hồ sơ đầy đủ"));

        assertThat(WebSession.location(posted)).endsWith("/congresses/" + caseId + "/dossier#paper-verdict-form");
        String page = form(s.get("/congresses/" + caseId + "/dossier").body(), "paper-verdict-form");
        assertThat(errorFor(page, "decidedOn")).isEqualTo("Hãy nhập «Ngày thẩm định».");
        assertThat(errorFor(page, "outcome"))
                .isEqualTo("Chọn kết quả thẩm định: đủ điều kiện trình duyệt hoặc trả lại.");
        assertThat(page).contains("Hồ sơ đầy đủ");
        assertThat(count("select count(*) from congress_transition where case_id = ?", caseId))
                .isZero();
    }
}

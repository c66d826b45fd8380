package vn.daihoi.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorFor;
import static vn.daihoi.platform.FormPage.errorsFor;
import static vn.daihoi.platform.FormPage.form;
import static vn.daihoi.platform.FormPage.valueOf;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.daihoi.platform.FormRoundTrip;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.WebSession;

/**
 * The drafts' page forms in the one form pattern: a new draft, a new version and a response of the synthesis
 * refused field by field, each error beside its field in Vietnamese, what was typed kept, nothing stored.
 */
class DraftFormsTest extends FormRoundTrip {

    @Override
    protected String marker() {
        return "dfm";
    }

    @Autowired
    Drafts drafts;

    @Test
    void aNewDraftWithoutTitleNorTextAndAnUnknownKindShowsTheThreeErrorsAndKeepsTheNote() {
        WebSession s = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orgId", Long.toString(province.orgId()));
        form.put("kind", "KHONG_CO");
        form.put("title", "  ");
        form.put("body", "");
        form.put("note", "Bản đầu " + province.marker());
        HttpResponse<String> posted = s.post("/drafts", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/drafts#draft-new");
        String page = form(s.get("/drafts").body(), "draft-new");
        assertThat(errorFor(page, "title")).isEqualTo("Hãy nhập «Tên văn kiện».");
        assertThat(errorFor(page, "body")).isEqualTo("Hãy nhập «Nội dung».");
        assertThat(errorFor(page, "kind")).isEqualTo("Loại văn kiện «KHONG_CO» không có.");
        assertThat(errorsFor(page, "note")).isEmpty();
        assertThat(valueOf(page, "note")).isEqualTo("Bản đầu " + province.marker());
        assertThat(count("select count(*) from draft where org_id = ?", province.orgId()))
                .isZero();

        // a good form creates the draft and shows it
        form.put("kind", "RESOLUTION");
        form.put("title", "Nghị quyết " + province.marker());
        form.put("body", "# Mục\nĐoạn");
        HttpResponse<String> created = s.post("/drafts", form);
        assertThat(WebSession.location(created)).containsPattern("/drafts/\\d+$");
        assertThat(s.get(WebSession.location(created).replaceFirst("^https?://[^/]+", ""))
                        .body())
                .contains("Đã tạo dự thảo.");
    }

    @Test
    void anEmptyNewVersionComesBackWithItsNoteAndTheStoredTextIsUnchanged() {
        ResultsFixtures.signIn(users, "admin");
        long draft = drafts.create(
                province.orgId(), DraftKind.OTHER, "Văn kiện " + province.marker(), "# Mục\nĐoạn một", "");
        SecurityContextHolder.clearContext();
        WebSession s = admin();
        HttpResponse<String> posted =
                s.post("/drafts/" + draft + "/versions", Map.of("body", " \n ", "note", "x".repeat(501)));

        assertThat(WebSession.location(posted)).endsWith("/drafts/" + draft + "#version-new");
        String page = form(s.get("/drafts/" + draft).body(), "version-new");
        assertThat(errorFor(page, "body")).isEqualTo("Hãy nhập «Nội dung».");
        assertThat(errorFor(page, "note")).isEqualTo("«Ghi chú» dài quá 500 ký tự.");
        assertThat(valueOf(page, "note")).isEqualTo("x".repeat(501));
        assertThat(count("select count(*) from draft_version where draft_id = ?", draft))
                .isEqualTo(1);
    }

    @Test
    void aMergeWithNothingChosenIsTheSynthesisPagesMessageNotAnErrorPage() {
        ResultsFixtures.signIn(users, "admin");
        long draft = drafts.create(
                province.orgId(), DraftKind.RESOLUTION, "Nghị quyết " + province.marker(), "# Mục\nĐoạn", "");
        SecurityContextHolder.clearContext();
        WebSession s = admin();
        HttpResponse<String> published = s.post(
                "/drafts/" + draft + "/publications",
                Map.of("version", "1", "unitCodes", province.cellCode(), "deadline", "15/01/2099"));
        String synthesis = WebSession.location(published).replaceFirst("^https?://[^/]+", "") + "/synthesis";

        HttpResponse<String> merged = s.post(synthesis.replace("/synthesis", "/points"), Map.of("summary", ""));

        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(merged)).endsWith(synthesis);
        assertThat(s.get(synthesis).body())
                .containsPattern("id=\"synthesis-error\"[^>]*>Hãy chọn các ý kiến cần gộp.<");
    }
}

package vn.daihoi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.platform.FormPage.errorFor;
import static vn.daihoi.platform.FormPage.form;
import static vn.daihoi.platform.FormPage.valueOf;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.daihoi.platform.FormRoundTrip;
import vn.daihoi.security.WebSession;

/**
 * The new-document form in the one form pattern: an unknown unit code, a bad date, a number that is no
 * number and no summary come back at once, each beside its field in Vietnamese, what was typed kept.
 */
class DocumentFormsTest extends FormRoundTrip {

    @Override
    protected String marker() {
        return "dcf";
    }

    @Test
    void aDocumentWithFourBadFieldsShowsTheFourAndRegistersNothing() {
        WebSession s = admin();
        long before = count("select count(*) from document");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("issuerCode", "KHONG-CO-" + province.marker());
        form.put("direction", "OUTGOING");
        form.put("type", "THONG_BAO");
        form.put("organ", "BTV");
        form.put("issuedOn", "31/06/2026");
        form.put("number", "mười");
        form.put("subject", " ");
        form.put("place", "Hòa Bình");
        HttpResponse<String> posted = s.post("/documents", form);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/documents/new#document-form");
        String page = form(s.get("/documents/new").body(), "document-form");
        assertThat(errorFor(page, "issuerCode")).contains("KHONG-CO-" + province.marker());
        assertThat(errorFor(page, "issuedOn"))
                .isEqualTo("«Ngày ban hành»: «31/06/2026» không phải ngày hợp lệ. Ghi ngày theo dạng dd/MM/yyyy, ví"
                        + " dụ 15/01/2027.");
        assertThat(errorFor(page, "number")).contains("mười");
        assertThat(errorFor(page, "subject")).isEqualTo("Hãy nhập «Trích yếu».");
        assertThat(valueOf(page, "issuerCode")).isEqualTo("KHONG-CO-" + province.marker());
        assertThat(valueOf(page, "place")).isEqualTo("Hòa Bình");
        assertThat(page).containsPattern("<option value=\"THONG_BAO\" selected");
        assertThat(count("select count(*) from document")).isEqualTo(before);
    }
}

package vn.daihoi.season.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.security.WebSession;

/** The plan pages and API over HTTP, as the Playwright journey will use them, and the exports read back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanStore store;

    PlanTree t;
    WebSession session;

    @BeforeEach
    void signIn() {
        t = new PlanTree(context);
        session = new WebSession(port);
        assertThat(WebSession.location(session.login(t.issuer, PlanTree.PASSWORD)))
                .doesNotContain("error");
    }

    Map<String, String> communeForm(String cellsTo) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("orgId", Long.toString(t.id("X1")));
        f.put("term", "2025-2030");
        f.put("symbol", "03-KH/ĐU");
        f.put("issuedOn", "20/01/2025");
        f.put("title", "Kế hoạch tổ chức đại hội chi bộ, đảng bộ cơ sở");
        f.put("dossierLeadDays", "15");
        f.put("from_GRASSROOTS_COMMITTEE", "01/04/2025");
        f.put("to_GRASSROOTS_COMMITTEE", "30/06/2025");
        f.put("days_GRASSROOTS_COMMITTEE", "2");
        f.put("from_GRASSROOTS_CELL", "01/04/2025");
        f.put("to_GRASSROOTS_CELL", "30/06/2025");
        f.put("days_GRASSROOTS_CELL", "1");
        f.put("from_SUBORDINATE_CELL", "01/02/2025");
        f.put("to_SUBORDINATE_CELL", cellsTo);
        f.put("days_SUBORDINATE_CELL", "0,5");
        f.put("pilot", Long.toString(t.id("G2")));
        f.put("follower_" + t.id("G1"), Long.toString(t.follower1));
        f.put("special_" + t.id("G2"), "1");
        f.put("totalDelegates", "40");
        f.put("basePerUnit", "3");
        f.put("exOfficio", "9");
        f.put("appointed", "0");
        return f;
    }

    @Test
    void aCommunePlanIsIssuedFromTheFormAndShown() {
        HttpResponse<String> form = session.get("/plans/new?orgId=" + t.id("X1"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("Ban hành kế hoạch")
                .contains("name=\"from_SUBORDINATE_CELL\"")
                .contains("name=\"follower_" + t.id("G1") + "\"")
                .contains("Chi bộ cơ sở Hai " + t.marker)
                .contains("value=\"2025-2030\"")
                // The interim rulebook holds no thresholds: the form says so.
                .contains("Sổ quy định chưa có ngưỡng đại hội đại biểu");

        HttpResponse<String> posted = session.post("/plans", communeForm("31/03/2025"));
        assertThat(posted.statusCode()).isEqualTo(302);
        String location = WebSession.location(posted);
        assertThat(location).matches(".*/plans/\\d+$");

        HttpResponse<String> page = session.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("03-KH/ĐU")
                .contains("tạo 4 và cập nhật 0 hồ sơ đại hội")
                .contains("/progress/" + t.id("X1"))
                .contains("31/03/2025")
                .contains("Người dùng " + t.username(t.follower1));
        assertThat(t.cases("2025-2030").keySet()).containsExactlyInAnyOrder("G1", "C1", "C2", "G2");

        HttpResponse<String> list = session.get("/plans");
        assertThat(list.body()).contains("03-KH/ĐU").contains("20/01/2025");
        long planId = Long.parseLong(location.replaceAll(".*/", ""));
        assertThat(session.get("/plans/" + planId + "/allocation").body())
                .contains("BẢNG PHÂN BỔ ĐẠI BIỂU")
                .contains("Chi bộ cơ sở Hai " + t.marker);
        assertThat(session.get("/plans/" + planId + "/edit").body())
                .contains("Ban hành lại kế hoạch")
                .as("the delegate numbers are shown for editing")
                .containsPattern("id=\"totalDelegates\"[^>]*value=\"40\"");
    }

    @Test
    void aBadWindowIsShownOnTheFormAndNothingIsWritten() {
        String formPage = "/plans/new?orgId=" + t.id("X1");
        HttpResponse<String> posted = session.post("/plans", communeForm("31/01/2025"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith(formPage + "#plan-form");
        assertThat(session.get(formPage).body())
                .contains(
                        "Thời gian đại hội cấp Chi bộ trực thuộc: ngày kết thúc 31/01/2025 trước ngày bắt đầu 01/02/2025")
                .contains("value=\"03-KH/ĐU\"")
                .contains("value=\"31/01/2025\"");
        assertThat(t.cases("2025-2030")).isEmpty();
    }

    @Test
    void everyBadFieldIsShownBesideItAtOnceWithOneDateWording() {
        String formPage = "/plans/new?orgId=" + t.id("X1");
        Map<String, String> bad = communeForm("31/03/2025");
        bad.put("totalDelegates", "bốn mươi");
        bad.put("issuedOn", "30/02/2025");
        bad.put("from_GRASSROOTS_CELL", "1/4/25x");
        bad.put("title", " ");
        HttpResponse<String> posted = session.post("/plans", bad);
        assertThat(WebSession.location(posted)).endsWith(formPage + "#plan-form");
        String page = session.get(formPage).body();
        assertThat(page)
                .contains("data-error-for=\"totalDelegates\">Ô &quot;Tổng số đại biểu")
                .contains("data-error-for=\"issuedOn\">«Ngày ban hành»: «30/02/2025» không phải ngày hợp lệ")
                .contains("data-error-for=\"from_GRASSROOTS_CELL\">«Từ ngày»: «1/4/25x» không phải ngày hợp lệ")
                .contains("data-error-for=\"title\">Hãy nhập «Trích yếu».")
                .contains("value=\"bốn mươi\"")
                .contains("value=\"1/4/25x\"")
                .containsPattern("id=\"totalDelegates\"|is-invalid\" id=\"totalDelegates\"");
        assertThat(t.cases("2025-2030")).isEmpty();
    }

    @Test
    void theApiIssuesAPlanAndReadsItBack() {
        String json = """
                {"issuerId": %d, "term": "2025-2030", "symbol": "07-KH/ĐU", "issuedOn": "2025-01-20",
                 "title": "Kế hoạch", "dossierLeadDays": 10,
                 "windows": [
                   {"level": "GRASSROOTS_COMMITTEE", "from": "2025-04-01", "to": "2025-06-30", "maxDays": 2},
                   {"level": "GRASSROOTS_CELL", "from": "2025-04-01", "to": "2025-06-30", "maxDays": 1},
                   {"level": "SUBORDINATE_CELL", "from": "2025-01-01", "to": "2025-03-31", "maxDays": 0.5}],
                 "pilots": [%d],
                 "units": [{"orgId": %d, "followerUserId": %d}],
                 "delegates": {"total": 30, "basePerUnit": 2, "exOfficio": 7, "appointed": 1}}
                """.formatted(t.id("X1"), t.id("C1"), t.id("G1"), t.follower2);
        HttpResponse<String> created = WebSession.basic(port, "POST", "/api/plans", t.issuer, PlanTree.PASSWORD, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"created\":4");
        String id = created.body().replaceAll(".*\"planId\":(\\d+).*", "$1");

        HttpResponse<String> read = WebSession.basic(port, "GET", "/api/plans/" + id, t.issuer, PlanTree.PASSWORD);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"symbol\":\"07-KH/ĐU\"").contains("\"to\":\"2025-03-31\"");

        HttpResponse<String> bad = WebSession.basic(
                port,
                "POST",
                "/api/plans",
                t.issuer,
                PlanTree.PASSWORD,
                json.replace("07-KH/ĐU", "08-KH/ĐU").replace("\"2025-01-20\"", "\"20/01/2025\""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Dữ liệu gửi lên không đọc được");

        HttpResponse<String> again = WebSession.basic(port, "POST", "/api/plans", t.issuer, PlanTree.PASSWORD, json);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("đã có kế hoạch đại hội nhiệm kỳ 2025-2030");

        HttpResponse<String> outsider =
                WebSession.basic(port, "POST", "/api/plans", t.outsider, PlanTree.PASSWORD, json);
        assertThat(outsider.statusCode()).isEqualTo(403);
    }

    @Test
    void theAllocationPdfAndWorkbookReadBack() throws Exception {
        session.post("/plans", communeForm("31/03/2025"));
        long planId = jdbc.sql("select id from congress_plan where issuer_id = ?")
                .param(t.id("X1"))
                .query(Long.class)
                .single();
        AllocationTable table = AllocationTable.of(store.detail(planId).orElseThrow());
        // 40 = 9 ex-officio + 2 units × 3 base + 1 special + pool 24 shared 50:45 → 13 and 11.
        assertThat(table.quota() + table.exOfficio() + table.appointed()).isEqualTo(40);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        AllocationExports.pdf(table, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("BẢNG PHÂN BỔ ĐẠI BIỂU")
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("Kèm theo Kế hoạch số 03-KH/ĐU ngày 20/01/2025")
                    .contains("Đảng bộ cơ sở Một " + t.marker)
                    .contains("Tổng số đại biểu: 40 = 31 + 9 + 0.");
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        AllocationExports.xlsx(table, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BẢNG PHÂN BỔ ĐẠI BIỂU");
            Row g1 = sheet.getRow(4);
            assertThat(g1.getCell(2).getStringCellValue()).isEqualTo("Đảng bộ cơ sở Một " + t.marker);
            assertThat(g1.getCell(3).getNumericCellValue()).isEqualTo(50);
            assertThat(g1.getCell(7).getNumericCellValue()).isEqualTo(3 + 13);
            Row g2 = sheet.getRow(5);
            assertThat(g2.getCell(7).getNumericCellValue()).isEqualTo(3 + 11 + 1);
            assertThat(sheet.getRow(9).getCell(2).getStringCellValue()).isEqualTo("Tổng số đại biểu");
            assertThat(sheet.getRow(9).getCell(7).getNumericCellValue()).isEqualTo(40);
        }

        HttpResponse<String> overHttp = session.get("/plans/" + planId + "/allocation.pdf");
        assertThat(overHttp.statusCode()).isEqualTo(200);
        assertThat(overHttp.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(session.get("/plans/" + planId + "/allocation.xlsx").statusCode())
                .isEqualTo(200);
    }
}

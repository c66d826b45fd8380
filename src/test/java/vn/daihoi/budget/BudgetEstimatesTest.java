package vn.daihoi.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.platform.DomainException;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * The budget estimate on the real database: exact totals per group, norms as warnings, the comparison with
 * the previous term's congress, refused lines leaving nothing, and the XLSX and PDF read back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetEstimatesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    BudgetEstimates estimates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    Province province;
    long previousCase;
    long currentCase;

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("bud");
        previousCase = caseOf("2020-2025");
        currentCase = caseOf("2025-2030");
        signIn();
        estimates.addLine(
                previousCase, new NewBudgetLine(BudgetGroup.VENUE, "Thuê hội trường", 2, "ngày", 3_000_000L, null));
        estimates.addLine(
                previousCase, new NewBudgetLine(BudgetGroup.PRINTING, "In văn kiện", 100, "bộ", 50_000L, 60_000L));
        estimates.addLine(
                currentCase,
                new NewBudgetLine(BudgetGroup.VENUE, "Thuê hội trường", 2, "ngày", 4_500_000L, 4_000_000L));
        estimates.addLine(
                currentCase, new NewBudgetLine(BudgetGroup.VENUE, "Âm thanh, ánh sáng", 1, "gói", 1_234_567L, null));
        estimates.addLine(
                currentCase,
                new NewBudgetLine(BudgetGroup.ACCOMMODATION, "Ăn trưa đại biểu", 150, "suất", 120_000L, 150_000L));
        SecurityContextHolder.clearContext();
    }

    long caseOf(String term) {
        return jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, state_changed_at)
                        values (?, ?, 'GRASSROOTS_COMMITTEE', 'PREPARING', now())
                        on conflict (org_id, term) do update set term = excluded.term returning id""")
                .params(province.communeId(), term)
                .query(Long.class)
                .single();
    }

    void signIn() {
        UserDetails u = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void totalsAreExactPerGroupAndOverallAndComparedWithThePreviousCongress() {
        signIn();
        BudgetEstimate e = estimates.view(currentCase);
        // 2 × 4.500.000 + 1 × 1.234.567 = 10.234.567; 150 × 120.000 = 18.000.000
        assertThat(e.groupTotals()).containsEntry(BudgetGroup.VENUE, 10_234_567L);
        assertThat(e.groupTotals()).containsEntry(BudgetGroup.ACCOMMODATION, 18_000_000L);
        assertThat(e.groupTotals()).containsEntry(BudgetGroup.IT, 0L);
        assertThat(e.total()).isEqualTo(28_234_567L);
        assertThat(e.overNorm()).extracting(BudgetEstimate.Line::description).containsExactly("Thuê hội trường");
        assertThat(e.previous()).isNotNull();
        assertThat(e.previous().term()).isEqualTo("2020-2025");
        // previous: 6.000.000 + 5.000.000 = 11.000.000
        assertThat(e.previous().total()).isEqualTo(11_000_000L);
        assertThat(e.previous().change(e, null)).isEqualTo(17_234_567L);
        assertThat(e.previous().change(e, BudgetGroup.PRINTING)).isEqualTo(-5_000_000L);
        // the older congress has nothing before it
        assertThat(estimates.view(previousCase).previous()).isNull();
    }

    @Test
    void aBadLineIsRefusedWithItsNameAndNothingIsAdded() {
        signIn();
        int before = estimates.view(currentCase).lines().size();
        assertThatThrownBy(() -> estimates.addLine(
                        currentCase, new NewBudgetLine(BudgetGroup.IT, "Máy chiếu", 0, "cái", 1_000L, null)))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.messageKey()).isEqualTo("budget.error.quantity");
                    assertThat(ex.arguments()).containsExactly("Máy chiếu", "0");
                });
        assertThatThrownBy(() ->
                        estimates.addLine(currentCase, new NewBudgetLine(BudgetGroup.IT, " ", 1, "cái", 1_000L, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, ex -> assertThat(ex.messageKey()).isEqualTo("budget.error.description"));
        assertThatThrownBy(() -> estimates.addLine(
                        currentCase, new NewBudgetLine(BudgetGroup.IT, "Máy chiếu", 1, "cái", -5L, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, ex -> assertThat(ex.messageKey()).isEqualTo("budget.error.unitPrice"));
        assertThatThrownBy(() -> estimates.removeLine(currentCase, -1L))
                .isInstanceOfSatisfying(
                        DomainException.class, ex -> assertThat(ex.status()).isEqualTo(404));
        assertThat(estimates.view(currentCase).lines()).hasSize(before);
    }

    @Test
    void aRemovedLineLeavesTheTotalsAndIsAudited() {
        signIn();
        long id = estimates.addLine(
                currentCase, new NewBudgetLine(BudgetGroup.OTHER, "Dự phòng", 1, "khoản", 500_000L, null));
        long total = estimates.view(currentCase).total();
        estimates.removeLine(currentCase, id);
        assertThat(estimates.view(currentCase).total()).isEqualTo(total - 500_000L);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'BUDGET_LINE_REMOVE' and entity_id = ?")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void theXlsxReadsBackWithTheLinesAndTotals() throws Exception {
        byte[] bytes = download("/congresses/" + currentCase + "/budget.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Dự toán kinh phí");
            DataFormatter f = new DataFormatter();
            Map<String, Double> amounts = new java.util.HashMap<>();
            for (Row row : sheet) {
                if (row.getCell(1) != null
                        && row.getCell(6) != null
                        && row.getCell(6).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    amounts.put(
                            f.formatCellValue(row.getCell(1)), row.getCell(6).getNumericCellValue());
                }
            }
            assertThat(amounts).containsEntry("Âm thanh, ánh sáng", 1_234_567d);
            assertThat(amounts).containsEntry("Hội trường, địa điểm", 10_234_567d);
            assertThat(amounts).containsEntry("Tổng cộng", 28_234_567d);
            assertThat(amounts).containsEntry("Tổng dự toán đại hội nhiệm kỳ 2020-2025", 11_000_000d);
        }
    }

    @Test
    void thePdfReadsBackInVietnamese() throws Exception {
        byte[] bytes = download("/congresses/" + currentCase + "/budget.pdf");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("DỰ TOÁN KINH PHÍ TỔ CHỨC ĐẠI HỘI")
                    .contains("Ăn trưa đại biểu")
                    .contains("18.000.000 đ")
                    .contains("28.234.567 đ")
                    .contains("Tổng dự toán đại hội nhiệm kỳ 2020-2025: 11.000.000 đ");
        }
    }

    @Test
    void thePageShowsAmountsTheVietnameseWayAndTheApiRefusesUnreadableInput() {
        WebSession s = TestAdmin.session(port);
        var page = s.get("/congresses/" + currentCase + "/budget");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("28.234.567 đ", "vượt định mức 4.000.000 đ", "Ăn, nghỉ");
        var bad = TestAdmin.basic(
                port, "POST", "/api/congresses/" + currentCase + "/budget/items", "{\"group\":\"KHONG_CO\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Nội dung gửi lên không đọc được");
    }

    /** Pages and exports are behind the form login: signs in and sends the session cookie. */
    byte[] download(String path) throws Exception {
        WebSession web = TestAdmin.session(port);
        String cookie = web.cookie("SESSION")
                .map(v -> "SESSION=" + v)
                .orElseGet(() -> "JSESSIONID=" + web.cookie("JSESSIONID").orElseThrow());
        HttpResponse<byte[]> res = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(res.statusCode()).isEqualTo(200);
        return res.body();
    }
}

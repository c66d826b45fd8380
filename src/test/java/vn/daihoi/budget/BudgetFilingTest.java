package vn.daihoi.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.archive.ArchiveIndex;
import vn.daihoi.archive.ArchiveProbe;
import vn.daihoi.archive.ArchiveVerification;
import vn.daihoi.archive.VerificationReport;
import vn.daihoi.files.UploadCheck;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * Filing the estimate into the congress file: the XLSX and PDF stored with their checksums, the archive
 * holding the latest filing under the logistics group and verifying clean, an empty estimate refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetFilingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    BudgetEstimates estimates;

    @Autowired
    BudgetFiling filing;

    @Autowired
    ArchiveVerification verification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    java.time.Clock clock;

    @LocalServerPort
    int port;

    Province province;

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("bfil");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long caseWithLines() {
        long caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "PREPARING", java.time.LocalDate.now(clock));
        ResultsFixtures.signIn(users, "admin");
        estimates.addLine(caseId, new NewBudgetLine(BudgetGroup.VENUE, "Thuê hội trường", 2, "ngày", 3_000_000L, null));
        estimates.addLine(
                caseId, new NewBudgetLine(BudgetGroup.PRINTING, "In văn kiện đại hội", 120, "bộ", 45_000L, null));
        SecurityContextHolder.clearContext();
        return caseId;
    }

    @Test
    void theFiledEstimateIsInTheArchiveUnderLogisticsAndVerifiesClean() throws Exception {
        long caseId = caseWithLines();
        var res = TestAdmin.basic(port, "POST", "/api/congresses/" + caseId + "/budget/filing", "");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("\"number\":1").contains("\"total\":11400000");

        ArchiveProbe.Download archive = ArchiveProbe.download(port, caseId);
        assertThat(archive.status()).isEqualTo(200);
        List<ArchiveIndex.Entry> logistics = archive.index().entries().stream()
                .filter(e -> e.group() == vn.daihoi.files.ArchiveGroup.LOGISTICS)
                .toList();
        assertThat(logistics)
                .extracting(ArchiveIndex.Entry::title)
                .containsExactly(
                        "Dự toán kinh phí đại hội (XLSX), lưu lần 1", "Dự toán kinh phí đại hội (PDF), lưu lần 1");
        for (ArchiveIndex.Entry e : logistics) {
            assertThat(e.path()).startsWith("files/3-");
            byte[] bytes = archive.entries().get(e.path());
            assertThat(UploadCheck.sha256(bytes)).isEqualTo(e.sha256());
            String stored = jdbc.sql("select sha256 from stored_file where id = ?")
                    .param(e.sourceId())
                    .query(String.class)
                    .single();
            assertThat(stored).isEqualTo(e.sha256());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(
                new ByteArrayInputStream(archive.entries().get(logistics.get(0).path())))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Dự toán kinh phí");
        }
        try (PDDocument pdf =
                Loader.loadPDF(archive.entries().get(logistics.get(1).path()))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("In văn kiện đại hội")
                    .contains("11.400.000 đ");
        }

        ResultsFixtures.signIn(users, "admin");
        VerificationReport report = verification.verify(archive.zip());
        assertThat(report.findings()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'BUDGET_FILE' and entity_id = ?")
                        .param(Long.toString(caseId))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void filingAgainKeepsTheEarlierFilingListedAndTheArchiveTakesTheLatest() throws Exception {
        long caseId = caseWithLines();
        ResultsFixtures.signIn(users, "admin");
        BudgetFiling.Filing first = filing.file(caseId);
        estimates.addLine(caseId, new NewBudgetLine(BudgetGroup.IT, "Màn hình LED", 1, "gói", 600_000L, null));
        BudgetFiling.Filing second = filing.file(caseId);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(first.total() + 600_000L);
        assertThat(filing.filings(caseId))
                .extracting(BudgetFiling.Filing::number)
                .containsExactly(2, 1);
        SecurityContextHolder.clearContext();

        ArchiveProbe.Download archive = ArchiveProbe.download(port, caseId);
        Map<String, String> logistics = new java.util.LinkedHashMap<>();
        archive.index().entries().stream()
                .filter(e -> e.group() == vn.daihoi.files.ArchiveGroup.LOGISTICS)
                .forEach(e -> logistics.put(e.title(), e.sha256()));
        assertThat(logistics)
                .containsOnlyKeys(
                        "Dự toán kinh phí đại hội (XLSX), lưu lần 2", "Dự toán kinh phí đại hội (PDF), lưu lần 2");
        assertThat(logistics.values())
                .containsExactlyInAnyOrderElementsOf(second.files().stream()
                        .map(vn.daihoi.files.StoredFile::sha256)
                        .toList());
    }

    @Test
    void anEmptyEstimateIsRefusedWithItsUnitNamedAndNothingIsStored() {
        long caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "PREPARING", java.time.LocalDate.now(clock));
        var res = TestAdmin.basic(port, "POST", "/api/congresses/" + caseId + "/budget/filing", "");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("chưa có khoản chi nào").contains(province.marker());
        assertThat(jdbc.sql("select count(*) from budget_filed_file where case_id = ?")
                        .param(caseId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void thePageFilesTheEstimateAndListsTheFiling() {
        long caseId = caseWithLines();
        WebSession s = TestAdmin.session(port);
        var posted = s.post("/congresses/" + caseId + "/budget/filing", Map.of());
        assertThat(posted.statusCode()).isEqualTo(302);
        var page = s.get("/congresses/" + caseId + "/budget");
        assertThat(page.body())
                .contains("Đã lưu dự toán (Excel và PDF) vào hồ sơ đại hội.")
                .contains("Lần 1 (đang dùng trong hồ sơ)")
                .contains("Lưu vào hồ sơ đại hội");
    }
}

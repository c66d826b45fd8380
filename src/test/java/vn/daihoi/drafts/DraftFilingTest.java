package vn.daihoi.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.UploadCheck;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * Filing a draft into its unit's congress file: the DOCX of the latest version and the synthesis of comments
 * (DOCX and XLSX) under the documents group of the archive, read back and verified; a unit with no congress
 * of the current term is told so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftFilingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Drafts drafts;

    @Autowired
    DraftPublications publications;

    @Autowired
    DraftComments comments;

    @Autowired
    ArchiveVerification verification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    Province province;
    long caseId;
    long draftId;

    @BeforeAll
    void data() {
        province = new Fixtures(context).province("dfil");
        int year = LocalDate.now(clock).getYear();
        int start = year - Math.floorMod(year - 2020, 5);
        caseId = jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, state_changed_at)
                        values (?, ?, 'GRASSROOTS_COMMITTEE', 'PREPARING', now()) returning id""")
                .params(province.communeId(), start + "-" + (start + 5))
                .query(Long.class)
                .single();
        ResultsFixtures.signIn(users, "admin");
        draftId = drafts.create(
                province.communeId(),
                DraftKind.POLITICAL_REPORT,
                "Báo cáo chính trị " + province.marker(),
                "# Đánh giá nhiệm kỳ\nKết quả lãnh đạo thực hiện nghị quyết.\n# Phương hướng\nMục tiêu tổng quát.",
                null);
        drafts.addVersion(
                draftId,
                "# Đánh giá nhiệm kỳ\nKết quả lãnh đạo thực hiện nghị quyết đại hội.\n# Phương hướng\nMục tiêu tổng quát.",
                "Sửa theo góp ý");
        long publication = publications.publish(
                draftId,
                2,
                List.of(province.cellId()),
                null,
                false,
                false,
                LocalDate.now(clock).plusDays(30));
        comments.comment(publication, province.cellId(), null, "Đề nghị bổ sung số liệu " + province.marker());
        comments.forward(publication, province.cellId(), null);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFiledDraftAndItsSynthesisAreInTheArchiveUnderDocumentsAndVerifyClean() throws Exception {
        var res = TestAdmin.basic(port, "POST", "/api/drafts/" + draftId + "/filing", "");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("\"caseId\":" + caseId).contains("\"version\":2");

        ArchiveProbe.Download archive = ArchiveProbe.download(port, caseId);
        assertThat(archive.status()).isEqualTo(200);
        List<ArchiveIndex.Entry> documents = archive.index().entries().stream()
                .filter(e -> e.group() == ArchiveGroup.DOCUMENTS)
                .toList();
        String draft = "Báo cáo chính trị «Báo cáo chính trị " + province.marker() + "», phiên bản 2";
        assertThat(documents)
                .extracting(ArchiveIndex.Entry::title)
                .containsExactly(
                        "Dự thảo " + draft + " (DOCX)",
                        "Tổng hợp ý kiến góp ý " + draft + " (DOCX)",
                        "Tổng hợp ý kiến góp ý " + draft + " (XLSX)");
        for (ArchiveIndex.Entry e : documents) {
            assertThat(e.path()).startsWith("files/1-");
            assertThat(UploadCheck.sha256(archive.entries().get(e.path()))).isEqualTo(e.sha256());
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                        archive.entries().get(documents.get(0).path())));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("BÁO CÁO CHÍNH TRỊ")
                    .contains("phiên bản 2")
                    .contains("1. Đánh giá nhiệm kỳ")
                    .contains("Kết quả lãnh đạo thực hiện nghị quyết đại hội.");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                        archive.entries().get(documents.get(1).path())));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Đề nghị bổ sung số liệu " + province.marker());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(
                new ByteArrayInputStream(archive.entries().get(documents.get(2).path())))) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("Đề nghị bổ sung số liệu " + province.marker());
        }

        ResultsFixtures.signIn(users, "admin");
        VerificationReport report = verification.verify(archive.zip());
        assertThat(report.findings()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DRAFT_FILE' and entity_id = ?")
                        .param(Long.toString(draftId))
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void aUnitWithoutACongressOfTheCurrentTermIsToldSoAndNothingIsStored() {
        ResultsFixtures.signIn(users, "admin");
        long orphan = drafts.create(
                province.orgId(), DraftKind.RESOLUTION, "Nghị quyết " + province.marker(), "Nội dung.", null);
        SecurityContextHolder.clearContext();
        var res = TestAdmin.basic(port, "POST", "/api/drafts/" + orphan + "/filing", "");
        assertThat(res.statusCode()).isEqualTo(409);
        assertThat(res.body()).contains("chưa có hồ sơ đại hội").contains(province.name());
        assertThat(jdbc.sql("select count(*) from draft_filed_file where draft_id = ?")
                        .param(orphan)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void thePageFilesTheDraftAndListsTheFiling() {
        WebSession s = TestAdmin.session(port);
        var posted = s.post("/drafts/" + draftId + "/filing", Map.of());
        assertThat(posted.statusCode()).isEqualTo(302);
        var page = s.get("/drafts/" + draftId);
        assertThat(page.body())
                .contains("Đã lưu dự thảo vào hồ sơ đại hội.")
                .contains("(đang dùng trong hồ sơ)")
                .contains("Lưu vào hồ sơ đại hội");
    }

    @Test
    void termsAreCoveredFromTheirFirstYearToTheYearBeforeTheirLast() {
        assertThat(DraftFiling.covers("2025-2030", 2025)).isTrue();
        assertThat(DraftFiling.covers("2025-2030", 2029)).isTrue();
        assertThat(DraftFiling.covers("2025-2030", 2030)).isFalse();
        assertThat(DraftFiling.covers("nhiem-ky", 2026)).isFalse();
    }
}

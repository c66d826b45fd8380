package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.SelectOption;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.OrganizationScope;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.UnitType;
import vn.daihoi.platform.Dates;
import vn.daihoi.security.TestAdmin;

/**
 * Journey: a commune's office issues its congress plan, sees its three cells appear in the progress page,
 * takes one cell's congress step by step to "closed", sees a third of the cells done, and exports the
 * progress to Excel, which reads back with the same figures.
 */
class CongressSeasonBrowserTest extends BrowserTestBase {

    @Autowired
    OrgOperations operations;

    @Autowired
    OrganizationScope scope;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void aPlanCreatesTheCellsCongressesAndClosingOneMovesTheProgress() throws Exception {
        TreeFixtures fx = new TreeFixtures(operations, scope);
        long province = fx.province("Tỉnh Đông Hải");
        long commune = fx.unit(
                "Đảng bộ xã Phú Mỹ", OrgLevel.GRASSROOTS_COMMITTEE, UnitType.COMMUNE, province, TreeFixtures.OLD_TERM);
        long first = fx.unit(
                "Chi bộ thôn Phú Hòa", OrgLevel.SUBORDINATE_CELL, UnitType.VILLAGE, commune, TreeFixtures.OLD_TERM);
        fx.unit("Chi bộ thôn Mỹ Lợi", OrgLevel.SUBORDINATE_CELL, UnitType.VILLAGE, commune, TreeFixtures.OLD_TERM);
        fx.unit("Chi bộ trường Tiểu học", OrgLevel.SUBORDINATE_CELL, UnitType.SCHOOL, commune, TreeFixtures.OLD_TERM);
        LocalDate today = LocalDate.now(clock);

        loginPage().signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        page.navigate(url("/plans/new?orgId=" + commune));
        page.locator("#term").fill("2025-2030");
        page.locator("#symbol").fill("");
        page.locator("#issuedOn").fill(Dates.format(today));
        page.locator("#title").fill("Kế hoạch tổ chức đại hội các chi bộ trực thuộc");
        page.locator("#from_SUBORDINATE_CELL").fill(Dates.format(today));
        page.locator("#to_SUBORDINATE_CELL").fill(Dates.format(today.plusDays(60)));
        page.locator("#days_SUBORDINATE_CELL").fill("0.5");
        page.getByText("Ban hành kế hoạch").last().click();
        page.waitForURL("**/plans/*");
        assertThat(page.locator("body")).containsText("-KH/ĐU");

        // The three cells are in the progress page, none held yet.
        page.navigate(url("/progress/" + commune));
        assertThat(page.locator("#total-SUBORDINATE_CELL")).containsText("3");
        assertThat(page.locator("#held-pct-SUBORDINATE_CELL")).containsText("0");

        // One cell's congress, step by step, to the closing.
        page.navigate(url("/org/" + first + "/congresses"));
        page.waitForURL("**/congresses/*");
        for (String step : List.of(
                "PREPARING",
                "INTERNAL_ADOPTED",
                "DOSSIER_SUBMITTED",
                "UNDER_APPRAISAL",
                "APPROVAL_MEETING",
                "APPROVED",
                "CONVENED",
                "IN_SESSION",
                "CLOSED")) {
            if (step.equals("APPROVAL_MEETING")) {
                // Not with an empty dossier: refused, naming what is missing; then the unit's files are there.
                page.locator("#step-to").selectOption(new SelectOption().setValue(step));
                page.locator("#step-submit").click();
                assertThat(page.locator("body")).containsText("còn thiếu 9 tài liệu bắt buộc");
                assertThat(page.locator("#case-state")).hasAttribute("data-state", "UNDER_APPRAISAL");
                fileWholeDossier(first);
            }
            page.locator("#step-to").selectOption(new SelectOption().setValue(step));
            if (step.equals("CONVENED")) {
                page.locator("#step-date").fill(Dates.format(today));
            }
            page.locator("#step-submit").click();
            assertThat(page.locator("#case-state")).hasAttribute("data-state", step);
        }
        assertThat(page.locator("#case-history")).containsText("admin");

        page.navigate(url("/progress/" + commune));
        assertThat(page.locator("#held-pct-SUBORDINATE_CELL")).containsText("33,3");

        Download download =
                page.waitForDownload(() -> page.locator("#export-progress").click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(download.path());
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row header = null;
            Row cells = null;
            for (Row row : sheet) {
                String first0 = row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (first0.equals("Cấp")) {
                    header = row;
                }
                if (first0.equals("Chi bộ trực thuộc")) {
                    cells = row;
                }
            }
            assertThat(cells).as("a row for the cells").isNotNull();
            assertThat(header).as("the header row").isNotNull();
            int held = -1;
            int pct = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String h = header.getCell(c).getStringCellValue();
                if (h.equals("Đã tổ chức")) {
                    held = c;
                }
                if (h.equals("Tỷ lệ hoàn thành")) {
                    pct = c;
                }
            }
            assertThat(cells.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(cells.getCell(held).getNumericCellValue()).isEqualTo(1.0);
            assertThat(cells.getCell(pct).getNumericCellValue())
                    .isCloseTo(0.333, org.assertj.core.data.Offset.offset(0.001));
        }
        assertThat(jdbc.sql("select count(*) from congress_case where plan_id is not null and org_id in "
                                + "(select descendant_id from org_closure where ancestor_id = ? and depth > 0)")
                        .param(commune)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }
    /** Every checklist item of the unit's case gets a file, as the unit's uploads would have left it. */
    private void fileWholeDossier(long orgId) {
        long caseId = jdbc.sql("select id from congress_case where org_id = ?")
                .param(orgId)
                .query(Long.class)
                .single();
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long stored = jdbc.sql("""
                        insert into stored_file (filename, content_type, size, sha256, bytes, org_id, stored_at,
                            stored_by)
                        values ('ho-so.pdf', 'application/pdf', ?, ?, ?, ?, now(), 'admin') returning id""")
                .params(pdf.length, vn.daihoi.files.UploadCheck.sha256(pdf), pdf, orgId)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into dossier_file (case_id, item_id, version, stored_file_id, uploaded_at, uploaded_by)
                        select c.id, i.id, 1, ?, now(), 'admin'
                        from congress_case c join dossier_item i on i.level = c.level and i.kind = c.kind and i.active
                        where c.id = ?""").params(stored, caseId).update();
    }
}

package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.OrganizationScope;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.UnitType;
import vn.daihoi.platform.Dates;

/**
 * Journey: a cell drafts its political report, then submits its approval dossier with one document missing
 * and is refused with the item named; it completes it; the commune's assigned standing-committee member returns it with a comment on the
 * personnel proposal; the cell sees the comment, uploads a new version and resubmits; the member declares
 * it ready; the commune's office schedules the approval meeting and issues the conclusion, which approves
 * the congress.
 */
class DossierBrowserTest extends BrowserTestBase {

    static final String PASSWORD = "HoSoDuyet2026";
    static final List<String> ITEMS = List.of(
            "REQUEST",
            "POLITICAL_REPORT",
            "REVIEW_REPORT",
            "PERSONNEL",
            "DELEGATES",
            "AGENDA",
            "PRESIDIUM",
            "ADOPTION_MINUTES",
            "PLAN");

    @Autowired
    OrgOperations operations;

    @Autowired
    OrganizationScope scope;

    @Autowired
    UserAdmin users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    void signInAs(String username) {
        signInAfresh(username, PASSWORD);
    }

    void upload(String code, String filename) {
        byte[] pdf = ("%PDF-1.4\n% " + filename + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        page.locator("#file-" + code).setInputFiles(new FilePayload(filename, "application/pdf", pdf));
        page.locator("#upload-" + code).click();
        assertThat(page.locator("#dossier-notice")).containsText(filename);
    }

    @Test
    void aCellIsRefusedWithTheMissingItemThenReturnedFixedApprovedAndScheduled() {
        TreeFixtures fx = new TreeFixtures(operations, scope);
        long province = fx.province("Tỉnh Hồng Lĩnh");
        long commune = fx.unit(
                "Đảng bộ xã Thạch Hà",
                OrgLevel.GRASSROOTS_COMMITTEE,
                UnitType.COMMUNE,
                province,
                TreeFixtures.OLD_TERM);
        long cell = fx.unit(
                "Chi bộ thôn Đông Tân", OrgLevel.SUBORDINATE_CELL, UnitType.VILLAGE, commune, TreeFixtures.OLD_TERM);
        String tag = fx.tag.toLowerCase(Locale.ROOT);
        String secretary = "bithu." + tag;
        String member = "uyvien." + tag;
        String office = "vanphong." + tag;
        users.create(
                secretary,
                "Lê Văn Tâm",
                cell,
                PASSWORD,
                false,
                List.of(new UserAdmin.Grant(Role.CELL_SECRETARY, cell)));
        long follower = users.create(
                member,
                "Trần Thị Minh Hạnh",
                commune,
                PASSWORD,
                false,
                List.of(new UserAdmin.Grant(Role.ORGANIZATION_BOARD, commune)));
        users.create(
                office,
                "Phan Văn Đức",
                commune,
                PASSWORD,
                false,
                List.of(new UserAdmin.Grant(Role.COMMITTEE_OFFICE, commune)));
        LocalDate today = LocalDate.now(clock);
        long caseId = jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, window_from, window_to,
                            follower_user_id, state_changed_at)
                        values (?, '2025-2030', 'SUBORDINATE_CELL', 'INTERNAL_ADOPTED', ?, ?, ?, now()) returning id""")
                .params(cell, today.minusDays(10), today.plusDays(120), follower)
                .query(Long.class)
                .single();
        String dossier = url("/congresses/" + caseId + "/dossier");
        String planned = Dates.format(today.plusDays(60));

        // The cell drafts its political report (sections and paragraphs, version 1).
        loginPage().signIn(secretary, PASSWORD);
        page.navigate(url("/drafts"));
        page.locator("#title").fill("Dự thảo Báo cáo chính trị chi bộ thôn Đông Tân");
        page.locator("#body")
                .fill("# Kết quả nhiệm kỳ 2020-2025\nChi bộ lãnh đạo hoàn thành các chỉ tiêu của nghị quyết.\n"
                        + "# Phương hướng nhiệm kỳ 2025-2030\nXây dựng chi bộ trong sạch, vững mạnh.");
        page.locator("#draft-create").click();
        page.waitForURL("**/drafts/*");
        assertThat(page.locator("#draft-text")).containsText("hoàn thành các chỉ tiêu");

        // The cell uploads eight of nine documents: submitting is refused and names the missing one.
        page.navigate(dossier);
        for (String code : ITEMS.subList(0, 8)) {
            upload(code, code.toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf");
        }
        page.locator("#plannedOn").fill(planned);
        page.locator("#submit-dossier").click();
        assertThat(page.locator("#submit-form .form-errors")).containsText("còn thiếu 1 tài liệu");
        assertThat(page.locator("#submit-form .form-errors"))
                .containsText("9. Kế hoạch: thời gian, địa điểm, thành phần, kinh phí");
        assertThat(page.locator("#case-state")).hasAttribute("data-state", "INTERNAL_ADOPTED");

        upload("PLAN", "ke-hoach.pdf");
        page.locator("#plannedOn").fill(planned);
        page.locator("#submit-dossier").click();
        assertThat(page.locator("#case-state")).hasAttribute("data-state", "DOSSIER_SUBMITTED");

        // The assigned member returns it with a comment on the personnel proposal.
        signInAs(member);
        page.navigate(dossier);
        page.locator("#comment-body-PERSONNEL").fill("Bổ sung trích ngang của đồng chí dự kiến bí thư chi bộ");
        page.locator("#comment-send-PERSONNEL").click();
        assertThat(page.locator("#case-state")).hasAttribute("data-state", "UNDER_APPRAISAL");
        page.locator("#return-dossier").click();
        assertThat(page.locator("#case-state")).hasAttribute("data-state", "RETURNED_FOR_REVISION");

        // The cell sees what to fix, uploads a second version and resubmits.
        signInAs(secretary);
        page.navigate(dossier);
        assertThat(page.locator("#item-PERSONNEL")).containsText("Bổ sung trích ngang của đồng chí dự kiến bí thư");
        assertThat(page.locator("#dossier-returned")).containsText("4. Đề án nhân sự chi ủy");
        upload("PERSONNEL", "de-an-nhan-su-bo-sung.pdf");
        assertThat(page.locator("#item-PERSONNEL")).containsText("bản 2");
        page.locator("#submit-dossier").click();
        assertThat(page.locator("#case-state")).hasAttribute("data-state", "DOSSIER_SUBMITTED");

        // The member finds it complete.
        signInAs(member);
        page.navigate(dossier);
        page.locator("#ready-dossier").click();
        assertThat(page.locator("#case-state")).hasAttribute("data-state", "APPROVAL_MEETING");

        // The commune's office schedules the approval meeting and issues the conclusion.
        signInAs(office);
        page.navigate(url("/org/" + commune + "/approval-calendar"));
        page.locator("#case-" + caseId).check();
        page.locator("#presenter-" + caseId).fill("Đồng chí Lê Văn Tâm, Bí thư chi bộ");
        page.locator("#meetsOn").fill(Dates.format(today));
        page.locator("#startsAt").fill("08:00");
        page.locator("#endsAt").fill("09:00");
        page.locator("#place").fill("Phòng họp Đảng ủy xã " + fx.tag);
        page.locator("#schedule-meeting").click();
        assertThat(page.locator("#calendar-notice")).containsText("Đã xếp phiên duyệt ngày " + Dates.format(today));
        assertThat(page.locator("body")).containsText("Trình bày: Đồng chí Lê Văn Tâm, Bí thư chi bộ");
        page.locator("#conclusion-text-" + caseId)
                .fill("Đồng ý để chi bộ tổ chức đại hội ngày " + planned + "; chi ủy khóa mới gồm 3 đồng chí.");
        page.locator("#conclude-" + caseId).click();
        assertThat(page.locator("#conclusion-" + caseId)).containsText("-TB/");

        page.navigate(dossier);
        assertThat(page.locator("#case-state")).hasAttribute("data-state", "APPROVED");
    }
}

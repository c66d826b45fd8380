package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.SelectOption;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.daihoi.access.Role;
import vn.daihoi.platform.Dates;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * Journey: a province's office drafts its political report and sends it to a commune and one of its cells;
 * the cell comments and forwards to the commune, the commune comments and forwards to the province, whose
 * synthesis counts two comments from two units and exports a DOCX that reads back with both.
 */
class DraftsBrowserTest extends BrowserTestBase {

    @Autowired
    ApplicationContext app;

    @Autowired
    Clock clock;

    @Test
    void aSuperiorPublishesTwoUnitsCommentOneForwardsAndTheSynthesisCountsThem() throws Exception {
        Fixtures fx = new Fixtures(app);
        Province p = fx.province("bt");
        String office = fx.username(fx.userWithRole(Role.COMMITTEE_OFFICE, p.orgId()));
        String commune = fx.username(fx.userWithRole(Role.CELL_SECRETARY, p.communeId()));
        String cell = fx.username(fx.userWithRole(Role.CELL_SECRETARY, p.cellId()));
        LocalDate today = LocalDate.now(clock);

        signIn(office);
        page.navigate(url("/drafts"));
        page.locator("#title").fill("Dự thảo Báo cáo chính trị " + p.marker());
        page.locator("#body")
                .fill("# Đánh giá nhiệm kỳ\nKinh tế tăng trưởng bình quân 7 phần trăm.\n"
                        + "# Phương hướng\nPhấn đấu tăng trưởng 8 phần trăm.");
        page.locator("#draft-create").click();
        page.waitForURL("**/drafts/*");
        assertThat(page.locator("#draft-text")).containsText("Kinh tế tăng trưởng");
        page.locator("#unitCodes").fill("X-" + p.marker() + ", " + p.cellCode());
        page.locator("#deadline").fill(Dates.format(today.plusDays(14)));
        page.locator("#publish").click();
        page.waitForURL("**/drafts/publications/*");
        String publication = page.url().replaceAll(".*/drafts/publications/(\\d+).*", "$1");
        assertThat(page.locator("#publication-meta")).containsText(Dates.format(today.plusDays(14)));

        signIn(cell);
        page.navigate(url("/drafts/publications/" + publication));
        page.locator("#comment-anchor").selectOption(new SelectOption().setValue("p2"));
        page.locator("#comment-text").fill("Cần nêu rõ nguyên nhân tăng trưởng.");
        page.locator("#comment-send").click();
        assertThat(page.locator("#notice-commented")).isVisible();
        page.locator(".collecting[data-org='" + p.cellId() + "'] button").click();
        assertThat(page.locator("#notice-forwarded")).isVisible();

        signIn(commune);
        page.navigate(url("/drafts/publications/" + publication));
        page.locator("#comment-org").selectOption(new SelectOption().setValue(Long.toString(p.communeId())));
        page.locator("#comment-anchor").selectOption(new SelectOption().setValue("p4"));
        page.locator("#comment-text").fill("Chỉ tiêu 8 phần trăm là cao so với khả năng.");
        page.locator("#comment-send").click();
        assertThat(page.locator(".collecting[data-org='" + p.communeId() + "']"))
                .containsText("Cần nêu rõ nguyên nhân tăng trưởng.");
        page.locator(".collecting[data-org='" + p.communeId() + "'] button").click();
        assertThat(page.locator("#notice-forwarded")).isVisible();

        signIn(office);
        page.navigate(url("/drafts/publications/" + publication + "/synthesis"));
        assertThat(page.locator("#synthesis-totals")).containsText("2 ý kiến của 2 đơn vị, 2 người");
        assertThat(page.locator("#points")).containsText("Chi bộ thử " + p.marker());
        Download download =
                page.waitForDownload(() -> page.locator("#export-docx").click());
        try (InputStream in = Files.newInputStream(download.path());
                XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            org.assertj.core.api.Assertions.assertThat(text.getText())
                    .contains(
                            "Dự thảo Báo cáo chính trị " + p.marker(),
                            "Cần nêu rõ nguyên nhân tăng trưởng.",
                            "Chỉ tiêu 8 phần trăm là cao so với khả năng.");
        }
    }

    /** A fresh browser context signed in as {@code username}. */
    private void signIn(String username) {
        signInAfresh(username, Fixtures.PASSWORD);
    }
}

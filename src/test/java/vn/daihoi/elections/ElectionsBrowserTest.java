package vn.daihoi.elections;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.e2e.BrowserTestBase;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;

/**
 * Journey on a 1366×768 laptop: open a 3-seat committee election from 4 names, enter the counts and the totals
 * counted by hand; a tie at the last seat leads to a run-off round, which is released while the hall's screen
 * (1920×1080) updates by itself; the minutes (PDF and DOCX) read back with the counts; the downloaded record,
 * recounted by {@code daihoi tally}, gives the stored result.
 */
class ElectionsBrowserTest extends BrowserTestBase {

    @Autowired
    ApplicationContext spring;

    @Autowired
    JdbcClient jdbc;

    /** The office's laptop, which downloads the papers. */
    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(1366, 768).setAcceptDownloads(true);
    }

    static void enter(Locator form, Map<String, String> fields) {
        fields.forEach((name, value) -> form.locator("[name=" + name + "]").fill(value));
        form.locator("button").click();
    }

    @Test
    void aTieAtTheLastSeatIsSettledByARunoffAndTheRecordRecounts() throws Exception {
        long cell = new Fixtures(spring).province("eb").cellId();
        long caseId = CongressDay.caseWithRoll(jdbc, cell, 11, 1, 10);
        context.setDefaultTimeout(20_000);
        signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        BrowserContext projector = newContext(super.contextOptions().setViewportSize(1920, 1080));
        projector.setDefaultTimeout(20_000);
        Page hall = signedIn(projector, TestAdmin.USERNAME, TestAdmin.PASSWORD);
        page.navigate(url("/congresses/" + caseId + "/elections"));
        page.locator("#title").fill("Bầu Chi ủy khóa mới");
        page.locator("#body").selectOption("EXECUTIVE_COMMITTEE");
        page.locator("#seats").fill("3");
        page.locator("#ballotForm").selectOption("STRIKE_OUT");
        page.locator("#names").fill("Trần Văn Bình\nNguyễn Thị An\nLê Văn Cường\nPhạm Thị Dung");
        page.locator("#open-submit").click();
        assertThat(page.locator("#elections-notice")).isVisible();
        long electionId = jdbc.sql("select id from election where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
        Locator round1 = page.locator("#round-" + electionId + "-1");
        // the names typed are the convening committee's proposal: the congress approves the list first
        round1.locator(".fix-form button").click();
        assertThat(round1.locator(".round-state")).hasText("Đang bỏ phiếu");
        assertThat(round1.locator(".names li").first()).hasText("Nguyễn Thị An");

        enter(round1.locator(".counts-form"), Map.of("issued", "10", "collected", "10"));
        assertThat(round1.locator(".round-state")).hasText("Đang kiểm phiếu");
        // quick mode is the keying module's page, linked from the round card; a count that does not add up
        // is refused with the engine's reason, and nothing changes
        String electionsPage = page.url();
        round1.locator(".round-totals").click();
        Locator totals = page.locator("#keying-totals");
        enter(totals, Map.of("valid", "10", "votes_1", "11", "votes_2", "8", "votes_3", "6", "votes_4", "5"));
        assertThat(page.locator("#keying-totals .form-errors")).containsText("nhiều hơn số phiếu hợp lệ");
        enter(totals, Map.of("valid", "10", "votes_1", "10", "votes_2", "8", "votes_3", "6", "votes_4", "6"));
        assertThat(page.locator("#keying-notice")).isVisible();
        page.navigate(electionsPage);
        assertThat(round1.locator(".runoff-note")).isVisible();
        assertThat(round1.locator(".elected li")).hasCount(2);

        hall.navigate(url("/congresses/" + caseId + "/hall"));
        assertThat(hall.locator("#hall-election-" + electionId)).containsText("Trần Văn Bình");
        // every name with its count, the elected marked; the tied one is shown but not elected
        assertThat(hall.locator("#hall-election-" + electionId + " tr.hall-line"))
                .hasCount(4);
        assertThat(hall.locator("#hall-election-" + electionId + " tr.hall-elected"))
                .hasCount(2);
        assertThat(hall.locator(
                        "#hall-election-" + electionId + " tr.hall-elected",
                        new Page.LocatorOptions().setHasText("Lê Văn Cường")))
                .hasCount(0);

        round1.locator(".runoff-form button").click();
        Locator round2 = page.locator("#round-" + electionId + "-2");
        assertThat(round2.locator(".names li")).hasText(new String[] {"Lê Văn Cường", "Phạm Thị Dung"});
        enter(round2.locator(".counts-form"), Map.of("issued", "10", "collected", "10"));
        round2.locator(".round-totals").click();
        enter(totals, Map.of("valid", "10", "votes_1", "7", "votes_2", "3"));
        assertThat(page.locator("#keying-notice")).isVisible();
        page.navigate(electionsPage);
        assertThat(round2.locator(".elected li")).containsText(new String[] {"Lê Văn Cường"});
        assertThat(round2.locator(".elected li")).containsText(new String[] {"70,00%"});
        assertThat(page.locator("#election-" + electionId)).containsText("Đã kết thúc");

        // the hall's screen learns of the release from the database and shows the run-off's winner
        assertThat(hall.locator("#hall-election-" + electionId)).containsText("Lê Văn Cường");
        assertThat(hall.locator("#hall-election-" + electionId)).containsText("70,00%");
        hall.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/elections-hall.png")));

        Download pdf =
                page.waitForDownload(() -> round1.locator(".round-minutes-pdf").click());
        assertThat(ElectionPapersTest.pdfText(Files.readAllBytes(pdf.path())))
                .contains("BIÊN BẢN KIỂM PHIẾU", "Nguyễn Thị An", "100,00%", "60,00%");
        Download docx =
                page.waitForDownload(() -> round1.locator(".round-minutes-docx").click());
        assertThat(ElectionPapersTest.docxText(Files.readAllBytes(docx.path())))
                .contains("Phát ra: 10 phiếu; thu vào: 10 phiếu.", "Hợp lệ: 10 phiếu", "60,00%");
        Download minutes =
                page.waitForDownload(() -> page.locator("#election-" + electionId + " .election-minutes-docx")
                        .click());
        assertThat(ElectionPapersTest.docxText(Files.readAllBytes(minutes.path())))
                .contains("BIÊN BẢN BẦU CỬ", "Lần bầu thứ 2", "70,00%");

        for (int round = 1; round <= 2; round++) {
            Locator link = page.locator("#round-" + electionId + "-" + round + " .round-record");
            Download record = page.waitForDownload(link::click);
            String result = jdbc.sql("select result_text from election_round where election_id = ? and round_no = ?")
                    .params(electionId, round)
                    .query(String.class)
                    .single();
            assertThat(ElectionRecordTest.tally(Files.readString(record.path())))
                    .isEqualTo(result.strip());
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/elections-page.png"))
                .setFullPage(true));
    }
}

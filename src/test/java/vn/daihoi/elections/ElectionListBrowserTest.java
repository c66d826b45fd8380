package vn.daihoi.elections;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.e2e.BrowserTestBase;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;

/**
 * Journey on a 1366×768 laptop (elections.md §3): an election opened with the convening committee's proposal,
 * one nomination from the floor admitted by an opinion ballot counted in quick mode on the keying totals page,
 * one name withdrawn by the congress's decision, the list fixed; the ballot PDF holds the admitted name and not
 * the withdrawn one.
 */
class ElectionListBrowserTest extends BrowserTestBase {

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

    /** Submits and waits for the page that comes back with this notice, so no click lands on the old page. */
    static void act(Page page, Runnable submit, String notice) {
        submit.run();
        assertThat(page.locator("#elections-notice")).hasText(notice);
        page.waitForLoadState();
    }

    @Test
    void aFloorNomineeAdmittedByTheOpinionBallotIsOnTheBallotAndAWithdrawnNameIsNot() throws Exception {
        long cell = new Fixtures(spring).province("lb").cellId();
        long caseId = CongressDay.caseWithRoll(jdbc, cell, 10, 0, 10);
        context.setDefaultTimeout(20_000);
        signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        String elections = url("/congresses/" + caseId + "/elections");
        page.navigate(elections);
        page.locator("#title").fill("Bầu đại biểu dự Đại hội cấp trên");
        page.locator("#body").selectOption("DELEGATE");
        page.locator("#seats").fill("3");
        page.locator("#ballotForm").selectOption("STRIKE_OUT");
        page.locator("#names").fill("Trần Văn Bình\nNguyễn Thị An\nLê Văn Cường\nPhạm Thị Dung");
        act(
                page,
                () -> page.locator("#open-submit").click(),
                "Đã mở cuộc bầu cử; danh sách đang lập: bổ sung, xét rút tên rồi chốt danh sách trước khi in phiếu.");
        long electionId = jdbc.sql("select id from election where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
        Locator list = page.locator("#list-" + electionId);
        assertThat(list.locator(".list-entry")).hasCount(4);
        assertThat(page.locator("#round-" + electionId + "-1 .ballot-pdf")).hasCount(0);

        // a nomination from the floor waits for the opinion ballot
        act(
                page,
                () -> enter(
                        list.locator(".nomination-form"),
                        Map.of("fullName", "Võ Văn Đề", "nominatedBy", "Đảng viên 2")),
                "Đã ghi người được giới thiệu; chờ phiếu xin ý kiến.");
        assertThat(list.locator(".list-entry[data-name='Võ Văn Đề']")).hasAttribute("data-status", "PENDING");
        act(page, () -> list.locator(".opinion-form button").click(), "Đã mở phiếu xin ý kiến.");
        Locator opinion = list.locator(".opinion-round");
        assertThat(opinion).containsText("Võ Văn Đề");
        Download ballot =
                page.waitForDownload(() -> opinion.locator(".opinion-ballot").click());
        assertThat(ElectionPapersTest.pdfText(Files.readAllBytes(ballot.path())))
                .contains("PHIẾU XIN Ý KIẾN")
                .contains("Võ Văn Đề");
        act(
                page,
                () -> enter(opinion.locator(".opinion-counts-form"), Map.of("issued", "10", "collected", "10")),
                "Đã ghi số phiếu phát ra và thu vào.");
        list.locator(".opinion-round .opinion-totals").click();

        // quick mode on the keying page: 4 of the 10 present agree, 4 × 10 > 10 × 3
        page.locator("#valid").fill("10");
        page.locator("#votes_1").fill("4");
        page.locator("#keying-totals button").click();
        assertThat(page.locator("#keying-notice")).isVisible();
        page.navigate(elections);
        assertThat(list.locator(".list-entry[data-name='Võ Văn Đề']")).hasAttribute("data-status", "LISTED");

        // the presidium proposes a withdrawal, the congress agrees
        act(
                page,
                () -> enter(
                        list.locator(".list-entry[data-name='Lê Văn Cường'] .withdraw-form"),
                        Map.of("reason", "Xin rút vì lý do sức khỏe")),
                "Đã ghi đề nghị rút khỏi danh sách; chờ đại hội quyết định.");
        Locator decision = list.locator(".withdrawal[data-name='Lê Văn Cường'] .decision-form");
        decision.locator("[name=decisionText]").fill("Đại hội biểu quyết đồng ý 10/10");
        act(page, () -> decision.locator("button.agree").click(), "Đã ghi quyết định của đại hội.");
        assertThat(list.locator(".list-entry[data-name='Lê Văn Cường']")).hasAttribute("data-status", "WITHDRAWN");

        act(
                page,
                () -> list.locator(".fix-form button").click(),
                "Đại hội đã thông qua danh sách; có thể in phiếu bầu.");
        Locator round1 = page.locator("#round-" + electionId + "-1");
        assertThat(round1.locator(".round-state")).hasText("Đang bỏ phiếu");
        assertThat(round1.locator(".names li")).hasCount(4);
        Download paper =
                page.waitForDownload(() -> round1.locator(".ballot-pdf").click());
        assertThat(ElectionPapersTest.pdfText(Files.readAllBytes(paper.path())))
                .contains("PHIẾU BẦU")
                .contains("Võ Văn Đề")
                .doesNotContain("Lê Văn Cường");
    }
}

package vn.daihoi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.drafts.DocxDraftTest;
import vn.daihoi.drafts.DraftKind;
import vn.daihoi.drafts.Drafts;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;

/**
 * The one form pattern in a browser: the browser's own checks speak Vietnamese (not "Please fill out this
 * field."), and a slow import disables its button and says it is working until the answer comes.
 */
class FormsBrowserTest extends BrowserTestBase {

    @Autowired
    ApplicationContext spring;

    @Autowired
    UserDetailsService users;

    @Autowired
    Drafts drafts;

    @Test
    void aWordFileBecomesTheDraftsNextVersionWithItsSections() throws Exception {
        var province = new Fixtures(spring).province("docx");
        ResultsFixtures.signIn(users, "admin");
        long draft = drafts.create(
                province.orgId(), DraftKind.POLITICAL_REPORT, "Báo cáo " + province.marker(), "# Cũ\nĐoạn cũ", "");
        SecurityContextHolder.clearContext();
        loginPage().signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        page.navigate(url("/drafts/" + draft));

        // sent without a file: the server's Vietnamese message beside the field, no error page
        page.locator("#docx-upload").click();
        assertThat(page.locator("[data-error-for=file]").textContent())
                .isEqualTo("Hãy chọn tệp Word (.docx) để tải lên.");

        byte[] docx = DocxDraftTest.docx(
                "H:Đánh giá nhiệm kỳ", "Kinh tế tăng trưởng khá.", "H:Phương hướng", "Giữ vững ổn định.");
        page.locator("#docx-file")
                .setInputFiles(new FilePayload(
                        "bao-cao.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx));
        page.locator("#docx-upload").click();
        page.waitForURL("**/drafts/" + draft + "?v=2");
        assertThat(page.locator("#draft-text h3").allTextContents())
                .containsExactly("1. Đánh giá nhiệm kỳ", "2. Phương hướng");
        assertThat(page.locator("#draft-text").textContent()).contains("Kinh tế tăng trưởng khá.", "Giữ vững ổn định.");
        assertThat(page.locator("#version-body")
                        .evaluate("t => getComputedStyle(t).fontFamily")
                        .toString())
                .doesNotContainIgnoringCase("mono");
    }

    @Test
    void anEmptyRequiredFieldIsRefusedInVietnameseAndASentImportShowsItIsWorking() {
        loginPage().signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        page.navigate(url("/members/import"));

        page.locator("#import-submit").click();
        Object message = page.locator("#import-file").evaluate("f => f.validationMessage");
        assertThat(message).isEqualTo("Hãy chọn một mục.");
        assertThat(page.url()).endsWith("/members/import");

        // the page's own handler runs first; a listener on window, after it, keeps the browser on the page
        // (as a 20,000-row import that takes seconds would) so the page can be looked at meanwhile
        page.evaluate("window.addEventListener('submit', e => e.preventDefault())");
        page.locator("#import-file")
                .setInputFiles(new FilePayload("dang-vien.csv", "text/csv", "a;b\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-file").evaluate("f => f.validationMessage"))
                .isEqualTo("");
        page.locator("#import-submit").click();

        page.waitForCondition(() -> page.locator("#import-submit").isDisabled());
        assertThat(page.locator("#import-submit").textContent()).contains("Đang nhập…");
        assertThat(page.locator("#import-submit .spinner-border").count()).isEqualTo(1);
    }
}

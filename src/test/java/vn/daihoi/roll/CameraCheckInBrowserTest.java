package vn.daihoi.roll;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.e2e.BrowserTestBase;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;

/**
 * Check-in through the camera path of checkin.js on a 1366×768 laptop. Headless Chromium has no
 * BarcodeDetector: the page gets a fake one (addInitScript) that reads whatever badge token the test holds up
 * ({@code window.heldBadge}), and Chromium a fake camera (--use-fake-device-for-media-stream). Nothing is
 * typed into the scanner field: the delegate is checked in only if the page's camera loop sends the token.
 */
class CameraCheckInBrowserTest extends BrowserTestBase {

    /** A BarcodeDetector that "sees" the badge held up, counting the frames it was asked to read. */
    private static final String FAKE_DETECTOR = """
            window.heldBadge = null;
            window.framesRead = 0;
            window.BarcodeDetector = class {
              constructor(options) { this.formats = options.formats; }
              static getSupportedFormats() { return Promise.resolve(["qr_code"]); }
              detect(source) {
                window.framesRead++;
                if (!(source instanceof HTMLVideoElement) || !source.srcObject || !window.heldBadge) {
                  return Promise.resolve([]);
                }
                return Promise.resolve([{ rawValue: window.heldBadge, format: "qr_code" }]);
              }
            };
            """;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected String[] chromiumFlags() {
        return new String[] {"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"};
    }

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(1366, 768);
    }

    @BeforeEach
    void holdUpTheCamera() {
        context.grantPermissions(List.of("camera"), new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
        context.addInitScript(FAKE_DETECTOR);
    }

    private String token(long caseId, int number) {
        return jdbc.sql("select badge_token from roll_entry where case_id = ? and number = ?")
                .param(caseId)
                .param(number)
                .query(String.class)
                .single();
    }

    private boolean checkedIn(long caseId, int number) {
        return jdbc.sql("""
                        select count(*) > 0 from roll_checkin c join roll_entry e on e.id = c.roll_entry_id
                        where e.case_id = ? and e.number = ?""").param(caseId).param(number).query(Boolean.class).single();
    }

    @Test
    void aBadgeHeldUpToTheCameraChecksTheDelegateIn() {
        Fixtures.Province p = new Fixtures(app).province("cam");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")) {
            jdbc.sql("""
                            insert into roll_entry (case_id, number, full_name, kind, badge_token, created_at)
                            values (?, (select coalesce(max(number), 0) + 1 from roll_entry where case_id = ?), ?,
                                'APPOINTED', ?, now())""").params(id, id, name, RollBook.newToken()).update();
        }

        signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        page.navigate(url("/congresses/" + id + "/checkin"));
        java.util.concurrent.atomic.AtomicInteger posts = new java.util.concurrent.atomic.AtomicInteger();
        page.onRequest(r -> {
            if (r.method().equals("POST") && r.url().endsWith("/checkin")) {
                posts.incrementAndGet();
            }
        });

        // the camera button shows only where the browser can read QR codes: here, through the fake detector
        assertThat(page.locator("#checkin-camera")).isVisible();
        page.locator("#checkin-camera").click();
        assertThat(page.locator("#checkin-video")).isVisible();

        page.evaluate("t => window.heldBadge = t", token(id, 2));
        assertThat(page.locator("#answer-ok .display-4")).hasText("2");
        assertThat(page.locator("#answer-ok")).containsText("Trần Thị Bình");
        assertThat(page.locator("#count-present")).hasText("1");
        // the same badge still in front of the camera is not sent again frame after frame
        page.waitForFunction("n => window.framesRead > n + 3", page.evaluate("window.framesRead"));
        assertThat(page.locator("#answer-ok")).isVisible();
        org.assertj.core.api.Assertions.assertThat(posts.get()).isEqualTo(1);

        page.evaluate("t => window.heldBadge = t", token(id, 3));
        assertThat(page.locator("#answer-ok .display-4")).hasText("3");
        assertThat(page.locator("#count-present")).hasText("2");
        org.assertj.core.api.Assertions.assertThat(checkedIn(id, 2)).isTrue();
        org.assertj.core.api.Assertions.assertThat(checkedIn(id, 3)).isTrue();
        org.assertj.core.api.Assertions.assertThat(checkedIn(id, 1)).isFalse();
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("""
                                select c.username from roll_checkin c join roll_entry e on e.id = c.roll_entry_id
                                where e.case_id = ? and e.number = 2""").param(id).query(String.class).single())
                .isEqualTo("admin");
    }
}

package vn.daihoi.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real browser tests: the app on a random port over the test PostgreSQL, driven by Playwright in Debian's
 * chromium (installed by {@code ./daihoi test}). One browser per test class, a fresh context per test.
 * Every test leaves a screenshot of {@link #page} in {@code target/screenshots/}. The base of every browser test,
 * in any package: a class needing another screen size overrides {@link #contextOptions()}, one needing chromium
 * flags (a fake camera) overrides {@link #chromiumFlags()}, and a test needing several users at once opens
 * more contexts with {@link #newContext}, closed with the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    /** The test's own context and its page, opened with {@link #contextOptions()}. */
    protected BrowserContext context;

    protected Page page;

    private String testName;
    private final List<BrowserContext> openContexts = new ArrayList<>();

    /** Chromium flags on top of {@link Chromium}'s, for the whole class (e.g. a fake camera). */
    protected String[] chromiumFlags() {
        return new String[0];
    }

    /** Options of every context the test opens: Vietnamese, 1280×860 unless overridden. */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 860);
    }

    @BeforeEach
    void openPage(TestInfo info) {
        if (browser == null) {
            playwright = Chromium.playwright();
            browser = Chromium.launch(playwright, chromiumFlags());
        }
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("");
        context = newContext(contextOptions());
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/" + testName + ".png"))
                    .setFullPage(true));
        }
        if (context != null && !openContexts.contains(context)) {
            context.close(); // a test that replaced its context
        }
        openContexts.forEach(BrowserContext::close);
        openContexts.clear();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** A new context (another user's browser, another screen), closed after the test. */
    protected BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext opened = browser.newContext(options);
        opened.setDefaultTimeout(15_000);
        openContexts.add(opened);
        return opened;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens /login in {@link #page}. */
    protected LoginPage loginPage() {
        return new LoginPage(page, url("/login"));
    }

    /** Signs {@link #page} in through the login form and waits for the page after it. */
    protected void signIn(String username, String password) {
        loginPage().signIn(username, password);
    }

    /** Starts {@link #page} over in a fresh context (a new session, e.g. another user) signed in. */
    protected void signInAfresh(String username, String password) {
        openContexts.remove(context);
        context.close();
        context = newContext(contextOptions());
        page = context.newPage();
        signIn(username, password);
    }

    /** A new page of {@code in} signed in through the login form. */
    protected Page signedIn(BrowserContext in, String username, String password) {
        Page opened = in.newPage();
        new LoginPage(opened, url("/login")).signIn(username, password);
        return opened;
    }
}

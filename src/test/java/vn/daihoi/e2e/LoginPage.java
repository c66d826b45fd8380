package vn.daihoi.e2e;

import com.microsoft.playwright.Page;

/** Page object of /login. */
public final class LoginPage {

    private final Page page;

    public LoginPage(Page page, String url) {
        this.page = page;
        page.navigate(url);
    }

    public void signIn(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login-submit").click();
        page.waitForLoadState();
    }
}

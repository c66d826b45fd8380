package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.daihoi.access.OrganizationScope;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;

/** Journey: first login with a one-time password, forced change, then normal use with the new one. */
class FirstLoginBrowserTest extends BrowserTestBase {

    @Autowired
    UserAdmin users;

    @Autowired
    OrganizationScope scope;

    @Test
    void firstLoginForcesAPasswordChangeThenTheNewPasswordWorks() {
        String username = "lan." + UUID.randomUUID().toString().substring(0, 8);
        users.create(
                username,
                "Trần Thị Lan",
                scope.rootId(),
                "MotLan2026abc",
                true,
                List.of(new UserAdmin.Grant(Role.VIEWER, scope.rootId())));

        loginPage().signIn(username, "MotLan2026abc");
        assertThat(page).hasURL(url("/account/password"));
        assertThat(page.locator("#password-forced")).isVisible();

        // Any other page sends the user back until the password is changed.
        page.navigate(url("/members"));
        assertThat(page).hasURL(url("/account/password"));

        // A mismatch is refused with a Vietnamese message, and nothing changes.
        page.locator("#current").fill("MotLan2026abc");
        page.locator("#next").fill("HoaSen2026moi");
        page.locator("#confirm").fill("MatKhauKhac2026");
        page.locator("#password-submit").click();
        assertThat(page.locator("[data-error-for=confirm]")).hasText("Hai lần nhập mật khẩu mới không khớp nhau.");

        page.locator("#current").fill("MotLan2026abc");
        page.locator("#next").fill("HoaSen2026moi");
        page.locator("#confirm").fill("HoaSen2026moi");
        page.locator("#password-submit").click();
        assertThat(page.locator("h1")).containsText("Xin chào, Trần Thị Lan");

        // Sign out and back in with the new password: no more detour.
        page.locator("form[action$='/logout'] button").click();
        loginPage().signIn(username, "HoaSen2026moi");
        assertThat(page.locator("h1")).containsText("Xin chào, Trần Thị Lan");

        // The old one-time password no longer works.
        page.locator("form[action$='/logout'] button").click();
        loginPage().signIn(username, "MotLan2026abc");
        assertThat(page.locator("#login-error")).isVisible();
    }
}

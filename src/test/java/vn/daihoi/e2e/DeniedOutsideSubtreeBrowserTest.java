package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.daihoi.access.OrganizationScope;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.UnitType;

/** Journey: a commune office clerk works in their commune and is refused the neighbouring one. */
class DeniedOutsideSubtreeBrowserTest extends BrowserTestBase {

    @Autowired
    OrgOperations operations;

    @Autowired
    OrganizationScope scope;

    @Autowired
    UserAdmin users;

    @Test
    void aClerkSeesTheirCommuneAndIsRefusedTheNeighbour() {
        TreeFixtures fx = new TreeFixtures(operations, scope);
        long province = fx.province("Tỉnh Kim Sơn");
        long mine = fx.unit(
                "Xã Yên Thái", OrgLevel.GRASSROOTS_COMMITTEE, UnitType.COMMUNE, province, TreeFixtures.OLD_TERM);
        long neighbour =
                fx.unit("Xã Yên Mỹ", OrgLevel.GRASSROOTS_COMMITTEE, UnitType.COMMUNE, province, TreeFixtures.OLD_TERM);
        String username = "vanphong." + fx.tag.toLowerCase(Locale.ROOT);
        users.create(
                username,
                "Vũ Thị Thu",
                mine,
                "VanPhong2026",
                false,
                List.of(new UserAdmin.Grant(Role.COMMITTEE_OFFICE, mine)));

        loginPage().signIn(username, "VanPhong2026");
        page.navigate(url("/org/" + mine));
        assertThat(page.locator("#node-name")).containsText("Xã Yên Thái " + fx.tag);

        page.navigate(url("/org/" + neighbour));
        assertThat(page.locator("#error-message")).containsText("403");
        assertThat(page.locator("#error-message")).containsText("Bạn không có quyền");
        assertThat(page.locator("body")).not().containsText("Xã Yên Mỹ");

        // Search does not leak the neighbour either.
        page.navigate(url("/org?q=Yen+My"));
        assertThat(page.locator("body")).not().containsText("Xã Yên Mỹ " + fx.tag);
    }
}

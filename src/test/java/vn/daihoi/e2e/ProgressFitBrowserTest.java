package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.NewUnit;
import vn.daihoi.org.UnitType;
import vn.daihoi.security.TestAdmin;

/**
 * At 1366×768 the progress table of a province whose cells stand in every state fits the page: no
 * horizontal scrolling (it had one column per state), and the share held reads as a bar.
 */
class ProgressFitBrowserTest extends BrowserTestBase {

    @Autowired
    OrgOperations operations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLevelTableFitsA1366PixelScreen() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate founded = LocalDate.of(2020, 1, 1);
        Decision d = new Decision("01-QĐ/TU", founded, founded, null);
        long root = jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
        long province = operations.create(
                new NewUnit(
                        "PF-" + tag,
                        "Tỉnh Vừa Màn Hình " + tag,
                        null,
                        OrgLevel.DIRECTLY_UNDER_CENTRAL,
                        UnitType.PROVINCE,
                        "TU",
                        root,
                        null,
                        false,
                        null),
                d);
        long commune = operations.create(
                NewUnit.of("Đảng bộ xã Rộng " + tag, OrgLevel.SUPERIOR_OF_GRASSROOTS, UnitType.COMMUNE, province), d);
        // every state at once: the old table had a column per state present
        List<String> states = java.util.Arrays.stream(vn.daihoi.season.CongressState.values())
                .map(Enum::name)
                .toList();
        for (int i = 0; i < states.size(); i++) {
            long cell = operations.create(
                    NewUnit.of("Chi bộ số " + i + " " + tag, OrgLevel.SUBORDINATE_CELL, UnitType.VILLAGE, commune), d);
            jdbc.sql("""
                    insert into congress_case (org_id, term, level, state, due_on, state_changed_at,
                                               window_from, window_to, planned_on)
                    select ?, '2025-2030', v.level, ?, null, now(), date '2025-05-01', date '2025-08-31',
                           date '2025-06-15'
                    from org_version v where v.org_id = ? and v.valid_to is null""").params(cell, states.get(i), cell).update();
        }
        page.close();
        context.close();
        context = browser.newContext(
                new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1366, 768));
        page = context.newPage();
        loginPage().signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        page.navigate(url("/progress/" + province));
        assertThat(page.locator("#progress-levels")).isVisible();
        Object overflow = page.evaluate("() => { const w = document.querySelector('#progress-levels').parentElement;"
                + " return [w.scrollWidth, w.clientWidth, document.documentElement.scrollWidth,"
                + " window.innerWidth]; }");
        List<?> widths = (List<?>) overflow;
        int tableWidth = ((Number) widths.get(0)).intValue();
        int boxWidth = ((Number) widths.get(1)).intValue();
        int pageWidth = ((Number) widths.get(2)).intValue();
        int window = ((Number) widths.get(3)).intValue();
        assertThat(tableWidth).as("table scroll width vs its box").isLessThanOrEqualTo(boxWidth);
        assertThat(pageWidth).as("page width vs window").isLessThanOrEqualTo(window);
        assertThat(page.locator("#held-pct-SUBORDINATE_CELL progress")).hasAttribute("max", "100");
        assertThat(page.locator("#states-SUBORDINATE_CELL a[data-state='DOSSIER_SUBMITTED']"))
                .containsText("Đã trình hồ sơ: 1");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/progress-1366.png"))
                .setFullPage(false));
    }
}

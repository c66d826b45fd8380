package vn.daihoi.roll;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.e2e.BrowserTestBase;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;

/**
 * Journey on a 1366×768 laptop: the office builds the roll of an all-member congress from the member records,
 * marks one member absent with a reason (D goes down), then checks members in by typing badge tokens into the
 * scanner field as a USB scanner does (token + Enter) until the live count says the quorum is reached.
 */
class RollBrowserTest extends BrowserTestBase {

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(1366, 768);
    }

    private String token(long caseId, int number) {
        return jdbc.sql("select badge_token from roll_entry where case_id = ? and number = ?")
                .param(caseId)
                .param(number)
                .query(String.class)
                .single();
    }

    @Test
    void theRollIsBuiltAnAbsenceMarkedAndMembersCheckedInByScannerUntilQuorum() {
        Fixtures.Province p = new Fixtures(app).province("rb");
        for (String name : List.of("Nguyễn Thị An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Thị Dung", "Võ Văn Em")) {
            RollFixtures.member(jdbc, p.cellId(), name, "OFFICIAL", "ACTIVE");
        }
        long id = RollFixtures.congress(jdbc, p.communeId(), "ALL_MEMBER");

        signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);

        page.navigate(url("/congresses/" + id + "/roll"));
        assertThat(page.locator("#roll-empty")).isVisible();
        page.locator("#roll-fill").click();
        assertThat(page.locator("#roll-notice")).containsText("Đã cập nhật danh sách triệu tập");
        // six members: the fixture's own and five more, in ballot order (An first)
        assertThat(page.locator("#roll-table tbody tr")).hasCount(6);
        assertThat(page.locator("#entry-1")).containsText("Nguyễn Thị An");
        assertThat(page.locator("#base-d")).hasText("6");

        Locator bình = page.locator("tr", new Page.LocatorOptions().setHasText("Trần Văn Bình"));
        bình.locator("select[name=absence]").selectOption("WITH_REASON");
        bình.locator("input[name=reason]").fill("Điều trị tại bệnh viện tỉnh");
        bình.locator("button[type=submit]").click();
        assertThat(page.locator("#roll-notice")).containsText("Đã ghi vắng mặt");
        assertThat(page.locator("#base-ABSENT_WITH_REASON")).containsText("Điều trị tại bệnh viện tỉnh");
        assertThat(page.locator("#base-d")).hasText("5");
        assertThat(page.locator("#base-needs")).hasText("4");

        page.locator("#roll-checkin-link").click();
        Locator field = page.locator("#checkin-code");
        assertThat(field).isFocused();
        assertThat(page.locator("#count-quorum")).containsText("Chưa đủ: còn thiếu 4 người");
        int checkedIn = 0;
        for (int number = 1; number <= 6 && checkedIn < 4; number++) {
            if (jdbc.sql("select absence is not null from roll_entry where case_id = ? and number = ?")
                    .param(id)
                    .param(number)
                    .query(Boolean.class)
                    .single()) {
                continue;
            }
            // a USB scanner types the token and Enter into the focused field
            page.keyboard().type(token(id, number));
            page.keyboard().press("Enter");
            assertThat(page.locator("#answer-ok .display-4")).hasText(Integer.toString(number));
            assertThat(field).hasValue("");
            checkedIn++;
        }
        // the first badge again: nothing changes, the door says when it came
        page.keyboard().type(token(id, 1));
        page.keyboard().press("Enter");
        assertThat(page.locator("#answer-repeat")).containsText("đã điểm danh lúc");
        page.keyboard().type("DHKHONGCOTHENAY");
        page.keyboard().press("Enter");
        assertThat(page.locator("#answer-unknown")).containsText("Không có thẻ “DHKHONGCOTHENAY”");

        assertThat(page.locator("#count-present")).hasText("4");
        assertThat(page.locator("#count-quorum")).hasText("Đã đủ số lượng để tiến hành đại hội");
    }

    @Test
    void aCheckInOutsideTheCongressDayShowsTheServersMessageInThePage() {
        Fixtures.Province p = new Fixtures(app).province("rx");
        RollFixtures.member(jdbc, p.cellId(), "Nguyễn Thị An", "OFFICIAL", "ACTIVE");
        long id = RollFixtures.congress(jdbc, p.communeId(), "ALL_MEMBER");

        signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        page.navigate(url("/congresses/" + id + "/roll"));
        page.locator("#roll-fill").click();
        assertThat(page.locator("#roll-notice")).containsText("Đã cập nhật danh sách triệu tập");
        page.locator("#roll-checkin-link").click();
        assertThat(page.locator("#checkin-code")).isFocused();

        // the congress closes while the door's page is still open: the server answers 409 with its reason
        jdbc.sql("update congress_case set state = 'CLOSED' where id = ?")
                .param(id)
                .update();
        page.keyboard().type(token(id, 1));
        page.keyboard().press("Enter");
        Locator error = page.locator("#checkin-answer [role=alert]");
        assertThat(error).isVisible();
        assertThat(error).containsText("Điểm danh");
        assertThat(error).containsText("Đã bế mạc");
        assertThat(page.locator("#answer-ok")).hasCount(0);
        assertThat(page.locator("#checkin-code")).hasValue("");
        // and by typed number the same
        page.keyboard().type("1");
        page.keyboard().press("Enter");
        assertThat(error).containsText("Đã bế mạc");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                                "select count(*) from roll_checkin c join roll_entry e on e.id = c.roll_entry_id where e.case_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}

package vn.daihoi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.OrganizationScope;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.UnitType;
import vn.daihoi.security.TestAdmin;

/** Journey: a member file with one bad row is refused whole, and the report says which row and why. */
class ImportBrowserTest extends BrowserTestBase {

    @Autowired
    OrgOperations operations;

    @Autowired
    OrganizationScope scope;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneBadRowIsReportedAndNothingIsImported() {
        TreeFixtures fx = new TreeFixtures(operations, scope);
        long province = fx.province("Tỉnh Hải Đông");
        long commune =
                fx.unit("Xã An Hải", OrgLevel.GRASSROOTS_COMMITTEE, UnitType.COMMUNE, province, TreeFixtures.OLD_TERM);
        long cell = fx.unit(
                "Chi bộ tổ dân phố 3", OrgLevel.SUBORDINATE_CELL, UnitType.VILLAGE, commune, TreeFixtures.OLD_TERM);
        String cellCode = fx.code("Chi bộ tổ dân phố 3");
        long serial = System.nanoTime() % 1_000_000_000L;
        String csv = String.join(
                "\n",
                "STT,Họ,Tên đệm,Tên,Giới tính,Ngày sinh,Dân tộc,Tôn giáo,Số CCCD,Điện thoại,Số thẻ đảng viên,"
                        + "Ngày vào Đảng,Ngày chính thức,Trạng thái,Tình trạng,Mã chi bộ",
                "1,Trần,Văn,Bình,Nam,12/03/1970,Kinh,Không," + String.format("031%09d", serial)
                        + ",,,03/02/1995,03/02/1996,Chính thức,Đang sinh hoạt," + cellCode,
                "2,Phạm,Thị,Hoa,Nữ,31/02/1980,Kinh,Không," + String.format("031%09d", serial + 1)
                        + ",,,19/05/2001,19/05/2002,Chính thức,Đang sinh hoạt," + cellCode,
                "3,Lê,Minh,Tuấn,Nam,07/11/1988,Kinh,Không," + String.format("031%09d", serial + 2)
                        + ",,,02/09/2012,02/09/2013,Chính thức,Đang sinh hoạt," + cellCode);

        loginPage().signIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        page.navigate(url("/members/import"));
        page.locator("#import-file")
                .setInputFiles(new FilePayload("dang-vien.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("#import-submit").click();

        assertThat(page.locator("#import-nothing")).isVisible();
        assertThat(page.locator("#import-report")).containsText("Dòng 3");
        assertThat(page.locator("#import-report")).containsText("Ngày sinh");
        assertThat(page.locator("#import-report")).containsText("31/02/1980");
        assertThat(page.locator("#import-report tbody tr")).hasCount(1);

        long imported = jdbc.sql("select count(*) from member where org_id = ?")
                .param(cell)
                .query(Long.class)
                .single();
        assertThat(imported).isZero();
    }
}

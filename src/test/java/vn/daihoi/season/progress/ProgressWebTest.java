package vn.daihoi.season.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;

/** The JSON API, the pages and the Excel exports, read back; another province is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgressWebTest {

    @LocalServerPort
    int port;

    @Autowired
    OrgOperations ops;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdmin users;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    ProgressFixture f;
    long province;
    long other;
    long commune;
    long overdueCell;
    String viewer;
    LocalDate today;

    @BeforeEach
    void data() {
        f = new ProgressFixture(ops, jdbc);
        today = LocalDate.now(clock);
        province = f.province("Tỉnh Xem Tiến Độ");
        other = f.province("Tỉnh Bên Cạnh");
        commune = f.unit(province, "Đảng bộ xã Tiến Độ", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        viewer = f.user(users, Role.VIEWER, province);
        long follower = f.userId(viewer);
        for (int i = 0; i < 3; i++) {
            long cell = f.unit(commune, "Chi bộ thôn Tiến " + i, OrgLevel.SUBORDINATE_CELL);
            f.congress(cell, i == 0 ? "PREPARING" : "CONFIRMED", i == 0 ? today.minusDays(3) : null, follower);
            if (i == 0) {
                overdueCell = cell;
            }
        }
        f.congress(commune, "APPROVED", today.plusDays(5), null);
        f.congress(other, "PREPARING", today.minusDays(1), null);
    }

    JsonNode api(String path) throws Exception {
        HttpResponse<String> r = new ProgressClient(port).basic(path, viewer);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void progressAsJson() throws Exception {
        JsonNode p = api("/api/organizations/" + province + "/progress");
        assertThat(p.get("asOf").asString()).isEqualTo(today.toString());
        assertThat(p.get("term").asString()).isEqualTo("2025-2030");
        JsonNode cells = null;
        for (JsonNode l : p.get("levels")) {
            if (l.get("level").asString().equals("SUBORDINATE_CELL")) {
                cells = l;
            }
        }
        assertThat(cells).isNotNull();
        assertThat(cells.get("total").asLong()).isEqualTo(3);
        assertThat(cells.get("held").asLong()).isEqualTo(2);
        assertThat(cells.get("heldPercent").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(cells.get("overdue").asLong()).isEqualTo(1);
        assertThat(cells.get("states").get("CONFIRMED").asLong()).isEqualTo(2);
        assertThat(p.get("followers").get(0).get("units").asLong()).isEqualTo(3);
        assertThat(p.get("followers").get(0).get("overdue").asLong()).isEqualTo(1);

        JsonNode past = api("/api/organizations/" + province + "/progress?asOf=" + today.minusDays(1));
        assertThat(past.get("historical").asBoolean()).isTrue();
    }

    @Test
    void casesBelowTheNodeAPageAtATime() throws Exception {
        JsonNode all = api("/api/organizations/" + province + "/congresses?size=2");
        assertThat(all.get("total").asLong()).isEqualTo(4);
        assertThat(all.get("rows")).hasSize(2);
        JsonNode overdue = api("/api/organizations/" + province + "/congresses?filter=overdue");
        assertThat(overdue.get("total").asLong()).isEqualTo(1);
        JsonNode row = overdue.get("rows").get(0);
        assertThat(row.get("orgId").asLong()).isEqualTo(overdueCell);
        assertThat(row.get("dueOn").asString()).isEqualTo(today.minusDays(3).toString());
        assertThat(row.get("windowFrom").asString()).isEqualTo("2025-05-01");
        JsonNode due = api("/api/organizations/" + province + "/congresses?filter=due&dueWithin=7");
        assertThat(due.get("total").asLong()).isEqualTo(1);
        assertThat(due.get("rows").get(0).get("state").asString()).isEqualTo("APPROVED");
    }

    @Test
    void anotherProvinceAndBadInputAreRefused() throws Exception {
        ProgressClient c = new ProgressClient(port);
        assertThat(c.basic("/api/organizations/" + other + "/progress", viewer).statusCode())
                .isEqualTo(403);
        assertThat(c.basic("/api/organizations/" + other + "/congresses", viewer)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> bad = c.basic("/api/organizations/" + province + "/progress?asOf=31-02-2026", viewer);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("không hợp lệ");
        HttpResponse<String> future =
                c.basic("/api/organizations/" + province + "/progress?asOf=" + today.plusDays(1), viewer);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(c.basic("/api/organizations/" + province + "/congresses?filter=late", viewer)
                        .statusCode())
                .isEqualTo(400);
        assertThat(c.basic("/api/organizations/" + province + "/congresses?size=100000", viewer)
                        .statusCode())
                .isEqualTo(400);
        ProgressClient session = new ProgressClient(port).login(viewer);
        assertThat(session.get("/progress/" + other).statusCode()).isEqualTo(403);
        assertThat(session.get("/progress/" + other + ".xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarryStableIdsAndDrillDown() throws Exception {
        ProgressClient c = new ProgressClient(port).login(viewer);
        HttpResponse<String> home = c.get("/progress");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/progress/" + province);
        String page = c.get("/progress/" + province).body();
        assertThat(page)
                .contains("id=\"held-pct-SUBORDINATE_CELL\"")
                .contains("66,7% chi bộ trực thuộc hoàn thành")
                .contains("Xuất Excel")
                .contains("id=\"progress-chart\"")
                .contains("/units?level=SUBORDINATE_CELL&amp;filter=overdue");
        String units = c.get("/progress/" + province + "/units?level=SUBORDINATE_CELL&filter=overdue")
                .body();
        assertThat(units)
                .contains("data-org-id=\"" + overdueCell + "\"")
                .contains("/org/" + overdueCell)
                .contains(vn.daihoi.platform.Dates.format(today.minusDays(3)));
        assertThat(c.get("/progress/" + province + "?asOf=" + vn.daihoi.platform.Dates.format(today.minusDays(1)))
                        .body())
                .contains("id=\"progress-historical\"");
    }

    /**
     * The level table fits 1366 px: one column lists the states present (as links with the case page's wording),
     * not one column per state (21), and the share held is a 0-100 bar.
     */
    @Test
    void theLevelTableFitsAndShowsTheShareHeldAsABar() throws Exception {
        ProgressClient c = new ProgressClient(port).login(viewer);
        String page = c.get("/progress/" + province).body();
        String head = page.substring(page.indexOf("id=\"progress-levels\""), page.indexOf("</thead>"));
        assertThat(head.split("<th[ >]").length - 1).isLessThanOrEqualTo(7);
        assertThat(page)
                .containsPattern("<progress[^>]*max=\"100\"[^>]*value=\"66\\.7")
                .contains("data-total=\"3\"")
                .contains("data-state=\"CONFIRMED\"")
                .contains("Đã chuẩn y: 2")
                .contains("&amp;state=CONFIRMED");
        // the one label of a state: the progress page words it as the case page does (season bundle)
        assertThat(page).doesNotContain("??");
    }

    /** The units list filters by state, deadline, follower and parent unit, and marks the overdue in words. */
    @Test
    void theUnitsListFiltersByFollowerAndParentAndMarksTheOverdue() throws Exception {
        long commune2 = f.unit(province, "Đảng bộ xã Bên Sông", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long lone = f.unit(commune2, "Chi bộ thôn Bến", OrgLevel.SUBORDINATE_CELL);
        f.congress(lone, "PREPARING", today.plusDays(20), null);
        long follower = f.userId(viewer);
        ProgressClient c = new ProgressClient(port).login(viewer);
        String all = c.get("/progress/" + province + "/units").body();
        assertThat(all)
                .contains("id=\"units-filters\"", "name=\"follower\"", "name=\"parent\"")
                .contains("data-org-id=\"" + lone + "\"", "data-org-id=\"" + overdueCell + "\"");
        assertThat(all).containsPattern("data-org-id=\"" + overdueCell + "\"[^>]*data-overdue=\"true\"");
        assertThat(all).containsPattern("data-org-id=\"" + lone + "\"[^>]*data-overdue=\"false\"");
        assertThat(all).contains("units-overdue\">Quá hạn<");

        String byFollower =
                c.get("/progress/" + province + "/units?follower=" + follower).body();
        assertThat(byFollower)
                .contains("data-org-id=\"" + overdueCell + "\"")
                .doesNotContain("data-org-id=\"" + lone + "\"");
        String underCommune2 =
                c.get("/progress/" + province + "/units?parent=" + commune2).body();
        assertThat(underCommune2)
                .contains("data-org-id=\"" + lone + "\"")
                .doesNotContain("data-org-id=\"" + overdueCell + "\"")
                .doesNotContain("data-org-id=\"" + commune2 + "\"");
        String lateUnderCommune = c.get("/progress/" + province + "/units?filter=OVERDUE&parent=" + commune)
                .body();
        assertThat(lateUnderCommune)
                .contains("data-org-id=\"" + overdueCell + "\"")
                .doesNotContain("data-org-id=\"" + lone + "\"");
        // a unit outside the node's subtree filters to nothing, it does not widen the list
        assertThat(c.get("/progress/" + province + "/units?parent=" + other).body())
                .doesNotContain("data-case-id=");
    }

    @Test
    void excelExportsReadBack() throws Exception {
        ProgressClient c = new ProgressClient(port).login(viewer);
        HttpResponse<byte[]> report = c.bytes("/progress/" + province + ".xlsx");
        assertThat(report.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
            Sheet levels = wb.getSheetAt(0);
            assertThat(levels.getSheetName()).isEqualTo("Tiến độ theo cấp");
            Row when = levels.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(when.getCell(1))).isTrue();
            assertThat(when.getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(today);
            assertThat(when.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(levels.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Cấp");
            boolean found = false;
            for (Row r : levels) {
                if (r.getRowNum() > 3 && r.getCell(0).getStringCellValue().equals("Chi bộ trực thuộc")) {
                    assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(3);
                    found = true;
                }
            }
            assertThat(found).isTrue();
            assertThat(wb.getSheetAt(1).getRow(4).getCell(1).getNumericCellValue())
                    .isEqualTo(3);
        }
        HttpResponse<byte[]> list = c.bytes("/progress/" + province + "/units.xlsx?filter=overdue");
        assertThat(list.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(list.body()))) {
            Sheet units = wb.getSheetAt(0);
            assertThat(units.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Tên đơn vị");
            Row first = units.getRow(4);
            assertThat(first.getCell(1).getStringCellValue()).startsWith("Chi bộ thôn Tiến 0");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Đang chuẩn bị");
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(today.minusDays(3));
            assertThat(units.getRow(5)).isNull();
        }
    }
}

package vn.daihoi.org.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.org.tree.TreeFixture.on;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.Renaming;
import vn.daihoi.org.OrgTree;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.org.UnitType;

/** The tree browser and the node page as a committee office user sees them, with their forms. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrgPagesTest {

    static final String PASSWORD = "Vanphong2026x";

    @LocalServerPort
    int port;

    @Autowired
    OrgOperations ops;

    @Autowired
    OrgTree tree;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    PlatformTransactionManager txm;

    @Autowired
    UserAdmin users;

    TreeFixture f;
    long province;
    long other;
    long commune;
    long cell;
    WebClient web;

    @BeforeEach
    void fixture() throws Exception {
        f = new TreeFixture(ops, jdbc, maintenance, txm);
        province = f.province("Tỉnh Trang");
        other = f.province("Tỉnh Ngoài");
        commune = f.unit(province, "Đảng bộ xã Hồng Phong", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        cell = f.unit(commune, "Chi bộ thôn Thượng", OrgLevel.GRASSROOTS_CELL);
        f.member(cell, "Bảo");
        ops.rename(
                commune,
                new Renaming(
                        "Đảng bộ phường Hồng Phong " + f.tag,
                        null,
                        OrgLevel.SUPERIOR_OF_GRASSROOTS,
                        UnitType.WARD,
                        "ĐU",
                        false,
                        null),
                on(2025, 7, 1));
        String user = "vp-" + f.tag;
        users.create(
                user,
                "Văn phòng " + f.tag,
                province,
                PASSWORD,
                false,
                List.of(new UserAdmin.Grant(Role.COMMITTEE_OFFICE, province)));
        web = new WebClient(port).login(user, PASSWORD);
    }

    @Test
    void treeStartsAtTheScopeRootWithCounts() throws Exception {
        var r = web.get("/org");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("id=\"tree\"", "id=\"tree-search\"", "id=\"as-of\"")
                .contains("node-" + province)
                .contains("1 đảng viên · 2 đơn vị trực thuộc")
                .doesNotContain("node-" + other);
    }

    @Test
    void childrenLoadLazilyAndAsOfShowsOldNames() throws Exception {
        var now = web.get("/org/" + province + "/children");
        assertThat(now.body()).contains("Đảng bộ phường Hồng Phong");
        var before = web.get("/org/" + province + "/children?asOf=01/01/2024");
        assertThat(before.body()).contains("Đảng bộ xã Hồng Phong").doesNotContain("phường Hồng Phong");
        var page = web.get("/org?asOf=01/01/2024");
        assertThat(page.body()).contains("id=\"as-of-note\"").contains("Số đảng viên là số hiện nay");
    }

    @Test
    void searchFindsWithoutAccentsOnlyInScope() throws Exception {
        var r = web.get("/org?q=hong+phong+" + f.tag);
        assertThat(r.body()).contains("search-result").contains("Đảng bộ phường Hồng Phong " + f.tag);
        var fragment = web.get("/org/search?q=" + f.tag + "&asOf=2024-01-01");
        assertThat(fragment.body()).contains("Đảng bộ xã Hồng Phong").doesNotContain("Tỉnh Ngoài");
    }

    @Test
    void nodePageShowsBreadcrumbsHistoryAndForms() throws Exception {
        var r = web.get("/org/" + commune);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("id=\"breadcrumbs\"", "id=\"history\"", "id=\"op-rename\"", "id=\"op-move\"")
                .contains("id=\"op-merge\"", "id=\"op-split\"", "id=\"op-dissolve\"", "id=\"op-create\"")
                .contains("Tỉnh Trang " + f.tag)
                .contains("01/07/2025")
                .contains("Đổi tên, loại hình")
                .contains("Thành lập");
    }

    @Test
    void otherProvinceIsForbidden() throws Exception {
        assertThat(web.get("/org/" + other).statusCode()).isEqualTo(403);
        assertThat(web.get("/org/" + other + "/children").statusCode()).isEqualTo(403);
        assertThat(web.get("/org/" + other).body()).doesNotContain("Tỉnh Ngoài");
    }

    @Test
    void refusedOperationIsShownInTheFormWithoutStackTrace() throws Exception {
        Map<String, String> form = new HashMap<>();
        form.put("effectiveFrom", "01/08/2025");
        form.put("decisionNo", "9-QĐ/TU");
        var r = web.post("/org/" + commune + "/dissolve", form);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/org/" + commune + "#op-dissolve");
        assertThat(web.get("/org/" + commune).body())
                .contains("data-form=\"op-dissolve\"")
                .contains("Không thể giải thể")
                .contains("còn 1 đơn vị trực thuộc")
                .containsPattern("id=\"dissolve-decisionNo\"[^>]*value=\"9-QĐ/TU\"")
                .doesNotContain("Exception");

        form.put("effectiveFrom", "31/02/2025");
        var bad = web.post("/org/" + commune + "/dissolve", form);
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(web.get("/org/" + commune).body())
                .contains("data-error-for=\"effectiveFrom\">«Ngày hiệu lực»: «31/02/2025» không phải ngày hợp lệ");
    }

    @Test
    void createAndMoveThroughTheForms() throws Exception {
        var created = web.post(
                "/org/" + province + "/create",
                Map.of(
                        "name",
                        "Đảng bộ xã Mới Lập " + f.tag,
                        "level",
                        "SUPERIOR_OF_GRASSROOTS",
                        "unitType",
                        "COMMUNE",
                        "code",
                        "ML-" + f.tag,
                        "effectiveFrom",
                        "01/08/2025",
                        "decisionNo",
                        "12-QĐ/TU"));
        assertThat(created.statusCode()).isEqualTo(302);
        long id = tree.idOfCode("ML-" + f.tag).orElseThrow();
        var moved = web.post("/org/" + cell + "/move", Map.of("parent", "ML-" + f.tag, "effectiveFrom", "01/09/2025"));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(tree.children(id, java.time.LocalDate.of(2025, 9, 2)))
                .extracting(n -> n.id())
                .containsExactly(cell);

        var outside = web.post(
                "/org/" + cell + "/move", Map.of("parent", Long.toString(other), "effectiveFrom", "01/10/2025"));
        assertThat(outside.statusCode()).isEqualTo(403);
        f.assertDerivedDataMatchesRebuild(province);
    }

    @Test
    void aRenameWithSeveralBadFieldsShowsEveryErrorBesideItsFieldAndChangesNothing() throws Exception {
        Map<String, String> form = new HashMap<>();
        form.put("name", " ");
        form.put("shortName", "Ngắn " + f.tag);
        form.put("level", "KHONG_CO");
        form.put("effectiveFrom", "");
        form.put("decisionDate", "2025-08-01x");
        var r = web.post("/org/" + cell + "/rename", form);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/org/" + cell + "#op-rename");
        String page = web.get("/org/" + cell).body();
        assertThat(page)
                .contains("data-error-for=\"name\">Hãy nhập «Tên tổ chức».")
                .contains("data-error-for=\"level\">")
                .contains("data-error-for=\"effectiveFrom\">Hãy nhập «Ngày hiệu lực».")
                .contains("data-error-for=\"decisionDate\">«Ngày quyết định»: «2025-08-01x» không phải ngày hợp lệ")
                .containsPattern("id=\"rename-shortName\"[^>]*value=\"Ngắn " + f.tag + "\"")
                .containsPattern("id=\"op-rename-body\" class=\"[^\"]*show");
        assertThat(page).doesNotContain("data-form=\"op-move\"");
        assertThat(tree.lastKnown(cell, java.time.LocalDate.of(2025, 12, 1))
                        .orElseThrow()
                        .shortName())
                .isNotEqualTo("Ngắn " + f.tag);
    }
}

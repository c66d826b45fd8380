package vn.daihoi.org.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.daihoi.org.tree.TreeFixture.on;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.Renaming;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.org.UnitType;

/** The JSON API with HTTP Basic: inside the user's scope 200 with counts, outside 403 without data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrgApiTest {

    static final String PASSWORD = "Kiemthu2026x";

    @LocalServerPort
    int port;

    @Autowired
    OrgOperations ops;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    PlatformTransactionManager txm;

    @Autowired
    UserAdmin users;

    @Autowired
    ObjectMapper json;

    TreeFixture f;
    long mine;
    long theirs;
    long commune;
    String viewer;

    @BeforeEach
    void fixture() {
        f = new TreeFixture(ops, jdbc, maintenance, txm);
        mine = f.province("Tỉnh Của Tôi");
        theirs = f.province("Tỉnh Người Khác");
        commune = f.unit(mine, "Đảng bộ xã Cũ API", OrgLevel.SUPERIOR_OF_GRASSROOTS);
        long cell = f.unit(commune, "Chi bộ API", OrgLevel.GRASSROOTS_CELL);
        f.member(cell, "Xuân");
        f.member(commune, "Yến");
        ops.rename(
                commune,
                new Renaming(
                        "Đảng bộ xã Mới API",
                        null,
                        OrgLevel.SUPERIOR_OF_GRASSROOTS,
                        UnitType.COMMUNE,
                        null,
                        false,
                        null),
                on(2025, 7, 1));
        viewer = "xem-" + f.tag;
        users.create(
                viewer, "Người xem " + f.tag, mine, PASSWORD, false, List.of(new UserAdmin.Grant(Role.VIEWER, mine)));
    }

    JsonNode read(String path) throws Exception {
        var r = new WebClient(port).basic(path, viewer, PASSWORD);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void rootsAreTheUsersScope() throws Exception {
        JsonNode roots = read("/api/organizations");
        assertThat(roots).hasSize(1);
        assertThat(roots.get(0).get("id").asLong()).isEqualTo(mine);
    }

    @Test
    void nodeCarriesItsCountsAndDatedName() throws Exception {
        JsonNode node = read("/api/organizations/" + commune);
        assertThat(node.get("name").asString()).isEqualTo("Đảng bộ xã Mới API");
        assertThat(node.get("level").asString()).isEqualTo("SUPERIOR_OF_GRASSROOTS");
        assertThat(node.get("parentId").asLong()).isEqualTo(mine);
        assertThat(node.get("directMembers").asInt()).isEqualTo(1);
        assertThat(node.get("subtreeMembers").asInt()).isEqualTo(2);
        assertThat(node.get("directChildren").asInt()).isEqualTo(1);
        assertThat(node.get("subtreeUnits").asInt()).isEqualTo(1);
        assertThat(node.get("validFrom").asString()).isEqualTo("2025-07-01");

        JsonNode old = read("/api/organizations/" + commune + "?asOf=2024-01-01");
        assertThat(old.get("name").asString()).startsWith("Đảng bộ xã Cũ API");
    }

    @Test
    void childrenAreListed() throws Exception {
        JsonNode children = read("/api/organizations/" + mine + "/children");
        assertThat(children).hasSize(1);
        assertThat(children.get(0).get("id").asLong()).isEqualTo(commune);
        assertThat(read("/api/organizations/" + mine + "/children?asOf=2019-01-01"))
                .isEmpty();
    }

    @Test
    void outsideTheScopeIsForbiddenWithoutData() throws Exception {
        WebClient client = new WebClient(port);
        for (String path : List.of(
                "/api/organizations/" + theirs,
                "/api/organizations/" + theirs + "/children",
                "/api/organizations/" + f.root(),
                "/api/organizations/" + Long.MAX_VALUE)) {
            var r = client.basic(path, viewer, PASSWORD);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.body()).doesNotContain("Người Khác").doesNotContain("Trung ương");
        }
        assertThat(client.basic("/api/organizations/" + mine, viewer, "sai-mat-khau1")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void badDateIsA400ProblemInVietnamese() throws Exception {
        var r = new WebClient(port).basic("/api/organizations/" + mine + "?asOf=31-02-2024", viewer, PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Ngày không hợp lệ");
    }
}

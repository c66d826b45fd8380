package vn.daihoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/** The users pages as a committee office and an administrator use them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserPagesTest {

    static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\">([^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Fixtures fx;
    Province a;
    WebSession office;
    String officeName;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        a = fx.province("u");
        officeName = fx.username(fx.userWithRole(Role.COMMITTEE_OFFICE, a.orgId()));
        office = signedIn(officeName, Fixtures.PASSWORD);
    }

    WebSession signedIn(String user, String password) {
        WebSession s = new WebSession(port);
        assertThat(WebSession.location(s.login(user, password))).doesNotContain("/login");
        return s;
    }

    static String oneTimePassword(HttpResponse<String> page) {
        Matcher m = ONE_TIME.matcher(page.body());
        assertThat(m.find()).as("one-time password shown").isTrue();
        return m.group(1);
    }

    long count(String action, long userId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
                .params(action, Long.toString(userId))
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficeCreatesAUserWhoMustChangeTheOneTimePassword() {
        String name = Fixtures.unique("new");
        HttpResponse<String> created = office.post(
                "/users/new",
                Map.of(
                        "username",
                        name,
                        "fullName",
                        "Trần Thị Mới",
                        "orgId",
                        Long.toString(a.communeId()),
                        "role",
                        "CELL_SECRETARY"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Đã tạo người dùng " + name).contains("chỉ hiển thị một lần");
        String password = oneTimePassword(created);

        long id = jdbc.sql("select id from app_user where username = ? and must_change_password")
                .param(name)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select role from role_assignment where user_id = ? and org_id = ?")
                        .params(id, a.communeId())
                        .query(String.class)
                        .list())
                .containsExactly("CELL_SECRETARY");
        assertThat(jdbc.sql("select actor from audit_entry where action = 'USER_CREATE' and entity_id = ?")
                        .param(Long.toString(id))
                        .query(String.class)
                        .single())
                .isEqualTo(officeName);

        WebSession newcomer = signedIn(name, password);
        assertThat(WebSession.location(newcomer.get("/"))).endsWith("/account/password");
        assertThat(office.get("/users/" + id).body()).as("never shown again").doesNotContain(password);
    }

    @Test
    void thePickerFindsACellThreeLevelsDownByNameOrCodeOnlyInScopeAndTheUserIsCreatedThere() {
        Province other = fx.province("uo");
        String form = office.get("/users/new").body();
        assertThat(form).contains("id=\"node-search\"").doesNotContain("value=\"" + a.cellId() + "\"");

        // by an accent-free part of its name ("Chi bộ thử …"), and by its code
        String byName = office.get("/users/nodes?q=chi+bo+thu+" + a.marker()).body();
        assertThat(byName).contains("value=\"" + a.cellId() + "\"").contains("Chi bộ thử " + a.marker());
        assertThat(byName).contains("thuộc Xã thử " + a.marker());
        assertThat(office.get("/users/nodes?q=" + a.cellCode()).body()).contains("value=\"" + a.cellId() + "\"");
        // another province's cell is not offered, even typed exactly
        String outside = office.get("/users/nodes?q=" + other.cellCode()).body();
        assertThat(outside).doesNotContain("value=\"" + other.cellId() + "\"").contains("Không tìm thấy tổ chức");

        String name = Fixtures.unique("deep");
        HttpResponse<String> created = office.post(
                "/users/new",
                Map.of(
                        "username",
                        name,
                        "fullName",
                        "Lê Văn Chi",
                        "orgId",
                        Long.toString(a.cellId()),
                        "role",
                        "CELL_SECRETARY"));
        assertThat(created.body()).contains("Đã tạo người dùng " + name);
        assertThat(jdbc.sql("select org_id from app_user where username = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isEqualTo(a.cellId());
        assertThat(jdbc.sql("select max(depth) from org_closure where descendant_id = ?")
                        .param(a.cellId())
                        .query(Integer.class)
                        .single())
                .as("the cell is at least three levels below the root")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void badInputIsExplainedBesideEachFieldAtOnceAndNothingIsCreated() {
        String org = Long.toString(a.orgId());
        HttpResponse<String> posted =
                office.post("/users/new", Map.of("username", "Có Dấu", "fullName", " ", "role", "X"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/users/new#user-new-form");
        String page = office.get("/users/new").body();
        assertThat(vn.daihoi.platform.FormPage.errorFor(page, "username"))
                .contains("Tên đăng nhập \"Có Dấu\" không hợp lệ");
        assertThat(vn.daihoi.platform.FormPage.errorFor(page, "fullName")).isEqualTo("Hãy nhập «Họ và tên».");
        assertThat(vn.daihoi.platform.FormPage.errorFor(page, "orgId"))
                .isEqualTo("Hãy chọn tổ chức đảng mà người dùng thuộc về.");
        assertThat(vn.daihoi.platform.FormPage.errorFor(page, "role"))
                .isEqualTo("Vai trò \"X\" không có trong danh mục.");
        assertThat(AccessFormsTest.inputValue(page, "username")).isEqualTo("Có Dấu");

        // a refusal of the service (the name is taken) comes back beside its field, with the node kept
        office.post("/users/new", Map.of("username", a.residentUsername(), "fullName", "B", "orgId", org));
        page = office.get("/users/new").body();
        assertThat(vn.daihoi.platform.FormPage.errorFor(page, "username")).contains("đã tồn tại");
        assertThat(AccessFormsTest.inputValue(page, "fullName")).isEqualTo("B");
        assertThat(page).containsPattern("value=\"" + org + "\"[^>]*checked");
        assertThat(jdbc.sql("select count(*) from app_user where full_name in ('A', ' ', 'B')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theListSearchesWithoutAccentsAndShowsRolesWithNodeNames() {
        String body = office.get("/users?q=cu+dan+" + a.marker()).body();
        assertThat(body).contains(a.residentUsername()).contains("Chỉ xem — Xã thử " + a.marker());
        assertThat(office.get("/users?q=khong-co-ai-" + a.marker()).body()).contains("Không có kết quả.");
        assertThat(office.get("/users?lang=en&q=" + a.marker()).body())
                .contains("Search by username or full name")
                .contains("Read only — Xã thử " + a.marker());
        office.get("/users?lang=vi");
    }

    @Test
    void onlyAnAdministratorMakesAnAdministrator() {
        String resident = "/users/" + a.residentId();
        String org = Long.toString(a.orgId());
        assertThat(office.post(resident + "/roles", Map.of("role", "ADMIN", "orgId", org))
                        .statusCode())
                .isEqualTo(403);
        WebSession admin = signedIn(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        assertThat(WebSession.location(admin.post(resident + "/roles", Map.of("role", "ADMIN", "orgId", org))))
                .endsWith("?done=granted");
        assertThat(count("ROLE_GRANT", a.residentId())).isEqualTo(1);

        // An office cannot take over a more powerful account by resetting its password.
        assertThat(office.post(resident + "/password-reset", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(office.post(resident + "/disable", Map.of()).statusCode()).isEqualTo(403);
        assertThat(office.post(resident + "/roles/revoke", Map.of("role", "ADMIN", "orgId", org))
                        .statusCode())
                .isEqualTo(403);

        assertThat(WebSession.location(admin.post(resident + "/roles/revoke", Map.of("role", "ADMIN", "orgId", org))))
                .endsWith("?done=revoked");
        assertThat(count("ROLE_REVOKE", a.residentId())).isEqualTo(1);
    }

    @Test
    void nobodyGrantsOnANodeOutsideTheirOwnScope() {
        Province b = fx.province("v");
        String resident = "/users/" + a.residentId();
        long root = jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
        for (long node : new long[] {b.orgId(), root}) {
            assertThat(office.post(resident + "/roles", Map.of("role", "VIEWER", "orgId", Long.toString(node)))
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(office.post(resident + "/roles", Map.of("role", "VIEWER", "orgId", "999999999"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(count("ROLE_GRANT", a.residentId())).isZero();
        assertThat(office.get("/users/" + a.residentId()).body())
                .as("the grant form offers only the office's own nodes")
                .doesNotContain(b.name());
    }

    @Test
    void resetDisableEnableAndUnlockAreAudited() {
        long id = a.residentId();
        String resident = a.residentUsername();
        WebSession residentBrowser = signedIn(resident, Fixtures.PASSWORD);

        String password = oneTimePassword(office.post("/users/" + id + "/password-reset", Map.of()));
        assertThat(residentBrowser.get("/").statusCode())
                .as("the reset ends the resident's sessions")
                .isEqualTo(302);
        WebSession again = signedIn(resident, password);
        assertThat(WebSession.location(again.get("/"))).endsWith("/account/password");
        again.post(
                "/account/password", Map.of("current", password, "next", "Datlai2026xyz", "confirm", "Datlai2026xyz"));
        assertThat(again.get("/").statusCode()).isEqualTo(200);

        assertThat(WebSession.location(office.post("/users/" + id + "/disable", Map.of())))
                .endsWith("?done=disabled");
        assertThat(again.get("/").statusCode()).as("sessions end on disable").isEqualTo(302);
        assertThat(WebSession.location(new WebSession(port).login(resident, "Datlai2026xyz")))
                .as("refused like a wrong password")
                .endsWith("/login?error");
        assertThat(office.get("/users/" + id).body()).contains("Đã vô hiệu hóa");

        office.post("/users/" + id + "/enable", Map.of());
        WebSession guesser = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            guesser.login(resident, "Saimatkhau123");
        }
        assertThat(office.get("/users/" + id).body()).contains("Đang bị tạm khóa");
        assertThat(WebSession.location(new WebSession(port).login(resident, "Datlai2026xyz")))
                .endsWith("/login?error");
        office.post("/users/" + id + "/unlock", Map.of());
        signedIn(resident, "Datlai2026xyz");

        for (String action :
                new String[] {"PASSWORD_RESET", "PASSWORD_CHANGE", "USER_DISABLE", "USER_ENABLE", "USER_UNLOCK"}) {
            assertThat(count(action, id)).as(action).isEqualTo(1);
        }
    }

    @Test
    void nobodyDisablesThemselves() {
        long self = jdbc.sql("select id from app_user where username = ?")
                .param(officeName)
                .query(Long.class)
                .single();
        assertThat(office.post("/users/" + self + "/disable", Map.of()).body())
                .contains("Bạn không thể tự vô hiệu hóa tài khoản của mình.");
        assertThat(jdbc.sql("select enabled from app_user where id = ?")
                        .param(self)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void thePermissionCatalogueListsEveryRoleAndPermission() {
        String body = office.get("/users/permissions").body();
        assertThat(body)
                .contains("Văn phòng cấp ủy")
                .contains("Quản lý người dùng")
                .contains("Kiểm tra chuỗi nhật ký");
        for (Permission p : Permission.values()) {
            assertThat(body).contains("id=\"permission-" + p.name() + "\"");
        }
        for (Role r : Role.values()) {
            assertThat(body).contains("id=\"role-" + r.name() + "\"");
        }
    }

    @Test
    void anUnknownUserIsNotFound() {
        HttpResponse<String> r = office.get("/users/999999999");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Không tìm thấy người dùng có mã số 999999999");
    }
}

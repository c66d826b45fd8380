package vn.daihoi.org.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.security.TestAdmin;

/** The member pages and JSON API over HTTP, signed in as a browser (form login, CSRF) or a script (Basic). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberWebTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UserAdmin users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    java.time.Clock clock;

    MemberFixtures fx;
    String cellCode;
    long cellId;
    HttpClient browser;

    @BeforeEach
    void setUp() throws Exception {
        fx = new MemberFixtures(jdbc, tx, users, userDetails);
        long committee = fx.node(
                MemberFixtures.unique("GRASSROOTS_COMMITTEE"),
                "Đảng bộ xã Hòa Bình",
                "GRASSROOTS_COMMITTEE",
                fx.root());
        cellCode = MemberFixtures.unique("CB");
        cellId = fx.cell(cellCode, committee);
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String loginPage = get("/login").body();
        Matcher m = CSRF.matcher(loginPage);
        assertThat(m.find()).isTrue();
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(TestAdmin.loginForm(m.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a file as the import form does, with the CSRF token as a form field. */
    HttpResponse<String> upload(String path, String fileName, byte[] content, String csrf, String basic)
            throws Exception {
        String boundary = "----daihoi" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (basic != null) {
            b.header("Authorization", basic(basic));
        }
        HttpClient client = basic != null ? HttpClient.newHttpClient() : browser;
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> api(String path, String userAndPassword) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Authorization", basic(userAndPassword))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private String pageCsrf(String path) throws Exception {
        Matcher m = META_CSRF.matcher(get(path).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void importPageReportsEveryBadRowAndImportsNothing() throws Exception {
        assertThat(get("/members/import").body()).contains("id=\"member-import-form\"");
        Sheets bad = new Sheets()
                .row("Nguyễn", "Văn", "Ân", cellCode)
                .row("Trần", "Thị", "Bình", cellCode)
                .set(MemberColumn.BIRTH_DATE, "31/02/2020")
                .row("Lê", "Văn", "", cellCode);

        HttpResponse<String> r = upload("/members/import", "loi.csv", bad.csv(), pageCsrf("/members/import"), null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("id=\"import-report\"")
                .contains("Không có dòng nào được nhập")
                .contains("Dòng 3")
                .contains("Ngày sinh")
                .contains("Dòng 4")
                .contains("31/02/2020");
        assertThat(fx.directMembers(cellId)).isZero();

        Sheets good = new Sheets().row("Nguyễn", "Văn", "Ân", cellCode).row("Trần", "Thị", "Bình", cellCode);
        HttpResponse<String> ok = upload("/members/import", "tot.xlsx", good.xlsx(), pageCsrf("/members/import"), null);
        assertThat(ok.body()).contains("id=\"import-success\"").contains("Đã nhập 2 đảng viên");
        assertThat(fx.directMembers(cellId)).isEqualTo(2);
    }

    @Test
    void templateDownloadIsAnEmptyXlsxWithTheHeaders() throws Exception {
        HttpResponse<byte[]> r = browser.send(
                HttpRequest.newBuilder(uri("/members/import/template.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            var header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(header.getCell(MemberColumn.CELL_CODE.ordinal()).getStringCellValue())
                    .isEqualTo("Mã chi bộ");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void listDetailAndExportPages() throws Exception {
        upload(
                "/members/import",
                "mot.csv",
                new Sheets().row("Hoàng", "Thị", "Yến", cellCode).csv(),
                pageCsrf("/members/import"),
                null);
        HttpResponse<String> list = get("/members?q=hoang+thi+yen&org=" + cellId);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"member-search\"").contains("Hoàng Thị Yến");
        HttpResponse<String> fragment = browser.send(
                HttpRequest.newBuilder(uri("/members/results?q=yen&org=" + cellId))
                        .header("HX-Request", "true")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.body()).contains("Hoàng Thị Yến").doesNotContain("<nav class=\"navbar");

        long id = jdbc.sql("select id from member where org_id = ?")
                .param(cellId)
                .query(Long.class)
                .single();
        HttpResponse<String> detail = get("/members/" + id);
        assertThat(detail.body())
                .contains("Hoàng Thị Yến")
                .contains("id=\"member-assignments\"")
                .contains("Nhập từ tệp")
                .contains("id=\"member-edit-form\"")
                .contains("17/05/1980");

        HttpResponse<byte[]> export = browser.send(
                HttpRequest.newBuilder(uri("/members/export?org=" + cellId)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            assertThat(wb.getSheetAt(0)
                            .getRow(1)
                            .getCell(MemberColumn.GIVEN_NAME.ordinal())
                            .getStringCellValue())
                    .isEqualTo("Yến");
        }
    }

    /** Every reason the database accepts for an assignment has its label: no ??member.reason.X?? on the page. */
    @Test
    void everyAssignmentReasonIsLabelledOnTheMemberPage() throws Exception {
        upload(
                "/members/import",
                "mot.csv",
                new Sheets().row("Lê", "Văn", "Tám", cellCode).csv(),
                pageCsrf("/members/import"),
                null);
        long id = jdbc.sql("select id from member where org_id = ?")
                .param(cellId)
                .query(Long.class)
                .single();
        String check = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint"
                        + " where conname = 'member_assignment_reason_known'")
                .query(String.class)
                .single();
        Matcher quoted = Pattern.compile("'([A-Z_]+)'").matcher(check);
        java.util.List<String> reasons = new java.util.ArrayList<>();
        while (quoted.find()) {
            reasons.add(quoted.group(1));
        }
        assertThat(reasons).contains("ADMISSION", "CREATE", "IMPORT", "TRANSFER");
        for (String reason : reasons) {
            jdbc.sql("update member_assignment set reason = ? where member_id = ?")
                    .params(reason, id)
                    .update();
            for (String lang : new String[] {"vi", "en"}) {
                String page = get("/members/" + id + "?lang=" + lang).body();
                assertThat(page)
                        .as(reason + " in " + lang)
                        .contains("id=\"member-assignments\"")
                        .doesNotContain("??");
            }
        }
        get("/members/" + id + "?lang=vi");
    }

    @Test
    void apiSearchesReadsAndImportsWithinScope() throws Exception {
        HttpResponse<String> refused = upload(
                "/api/members/import",
                "loi.csv",
                new Sheets().row("", "Văn", "An", cellCode).csv(),
                null,
                TestAdmin.CREDENTIALS);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"row\":2").contains("\"column\":\"Họ\"");

        HttpResponse<String> ok = upload(
                "/api/members/import",
                "tot.csv",
                new Sheets().row("Vũ", "Đình", "Khiêm", cellCode).csv(),
                null,
                TestAdmin.CREDENTIALS);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"imported\":1");

        HttpResponse<String> found = api("/api/members?q=vu+dinh+khiem&org=" + cellId, TestAdmin.CREDENTIALS);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Vũ Đình Khiêm");
        long id = jdbc.sql("select id from member where org_id = ?")
                .param(cellId)
                .query(Long.class)
                .single();
        assertThat(api("/api/members/" + id, TestAdmin.CREDENTIALS).body()).contains("\"fullName\":\"Vũ Đình Khiêm\"");

        String stranger = MemberFixtures.unique("ngoai").toLowerCase(Locale.ROOT);
        long elsewhere = fx.cell(MemberFixtures.unique("CB"), fx.root());
        fx.user(stranger, Role.VIEWER, elsewhere);
        String cred = stranger + ":" + MemberFixtures.PASSWORD;
        assertThat(api("/api/members/" + id, cred).statusCode()).isEqualTo(403);
        HttpResponse<String> none = api("/api/members?q=vu+dinh+khiem", cred);
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).doesNotContain("Khiêm");
        assertThat(api("/api/members?q=khiem&org=" + cellId, cred).statusCode()).isEqualTo(403);
    }

    HttpResponse<String> postForm(String path, String form) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String form(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            sb.append(sb.isEmpty() ? "" : "&")
                    .append(pairs[i])
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    @Test
    void createEditAndMoveThroughThePages() throws Exception {
        String csrf = pageCsrf("/members/new");
        String[] fields = {
            "familyName",
            "Lý",
            "middleName",
            "Thị",
            "givenName",
            "Hương",
            "sex",
            "FEMALE",
            "birthDate",
            "02/09/1985",
            "nationalId",
            MemberFixtures.nationalId(),
            "admissionDate",
            "19/05/2010",
            "officialDate",
            "19/05/2011",
            "status",
            "OFFICIAL",
            "situation",
            "ACTIVE"
        };
        String[] create = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(fields), java.util.stream.Stream.of("orgCode", cellCode, "_csrf", csrf))
                .toArray(String[]::new);
        HttpResponse<String> created = postForm("/members", form(create));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/members/").endsWith("?created");
        String path = URI.create(location).getPath();
        assertThat(fx.directMembers(cellId)).isEqualTo(1);

        String[] bad = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(fields),
                        java.util.stream.Stream.of("officialDate", "01/01/2009", "version", "0", "_csrf", csrf))
                .toArray(String[]::new);
        HttpResponse<String> refused = postForm(path, form(bad).replace("officialDate=19%2F05%2F2011&", ""));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(path + "#member-edit-form");
        assertThat(get(path).body())
                .containsPattern("data-error-for=\"officialDate\">[^<]*trước ngày vào Đảng")
                .containsPattern("id=\"officialDate\"[^>]*value=\"01/01/2009\"");

        String[] edit = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(fields), java.util.stream.Stream.of("version", "0", "_csrf", csrf))
                .toArray(String[]::new);
        HttpResponse<String> saved = postForm(path, form(edit).replace("situation=ACTIVE", "situation=EXEMPT"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(get(path).body()).contains("Miễn sinh hoạt");

        String other = MemberFixtures.unique("CB");
        long otherId = fx.cell(
                other,
                jdbc.sql("select parent_id from org_version where org_id = ?")
                        .param(cellId)
                        .query(Long.class)
                        .single());
        String today = vn.daihoi.platform.Dates.format(java.time.LocalDate.now(clock));
        HttpResponse<String> moved = postForm(
                path + "/move", form("toCode", other, "validFrom", today, "decisionNo", "5-QĐ/ĐU", "_csrf", csrf));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(fx.directMembers(cellId)).isZero();
        assertThat(fx.directMembers(otherId)).isEqualTo(1);
        assertThat(get(path).body()).contains("5-QĐ/ĐU").contains(today);

        HttpResponse<String> unknown =
                postForm(path + "/move", form("toCode", "KHONG-CO", "validFrom", today, "_csrf", csrf));
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(get(path).body())
                .containsPattern("data-error-for=\"toCode\">[^<]*KHONG-CO")
                .containsPattern("id=\"toCode\"[^>]*value=\"KHONG-CO\"");
    }

    @Test
    void aNewMemberWithSeveralBadFieldsShowsEveryErrorBesideItsFieldAndCreatesNothing() throws Exception {
        String csrf = pageCsrf("/members/new");
        long before = fx.directMembers(cellId);
        HttpResponse<String> refused = postForm(
                "/members",
                form(
                        "orgCode", "KHONG-CO-" + cellCode,
                        "familyName", " ",
                        "givenName", "Hoa",
                        "sex", "FEMALE",
                        "birthDate", "31/02/1985",
                        "admissionDate", "19-05-2010x",
                        "status", "OFFICIAL",
                        "situation", "ACTIVE",
                        "_csrf", csrf));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/members/new#member-new-form");
        String page = get("/members/new").body();
        assertThat(page)
                .containsPattern("data-error-for=\"orgCode\">[^<]*KHONG-CO-" + cellCode)
                .contains("data-error-for=\"familyName\">Không được để trống.")
                .contains("data-error-for=\"birthDate\">«Ngày sinh»: «31/02/1985» không phải ngày hợp lệ")
                .contains("data-error-for=\"admissionDate\">«Ngày vào Đảng»: «19-05-2010x» không phải ngày hợp lệ")
                .containsPattern("id=\"birthDate\"[^>]*value=\"31/02/1985\"")
                .containsPattern("id=\"givenName\"[^>]*value=\"Hoa\"")
                .containsPattern("<option value=\"FEMALE\" selected");
        assertThat(fx.directMembers(cellId)).isEqualTo(before);
    }
}

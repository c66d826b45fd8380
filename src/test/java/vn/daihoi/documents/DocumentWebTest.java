package vn.daihoi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/** The register's pages and JSON API over HTTP: forms, uploads, proposals and Vietnamese errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentWebTest {

    static final String ADMIN = "admin";
    static final String PASSWORD = TestAdmin.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    UserDetailsService users;

    long commune;
    String communeCode;
    WebSession web;

    @BeforeEach
    void setUp() {
        DocumentTree tree = new DocumentTree(jdbc, tx, maintenance, users);
        long province = tree.node("Tỉnh ủy Web", "DIRECTLY_UNDER_CENTRAL", "PROVINCE", null, tree.root());
        commune = tree.node("Đảng ủy phường Hòa Bình", "SUPERIOR_OF_GRASSROOTS", "WARD", null, province);
        communeCode = jdbc.sql("select code from org_unit where id = ?")
                .param(commune)
                .query(String.class)
                .single();
        web = new WebSession(port);
        assertThat(WebSession.location(web.login(ADMIN, PASSWORD))).doesNotContain("error");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    long documents() {
        return jdbc.sql("select count(*) from document where issuer_org_id = ?")
                .param(commune)
                .query(Long.class)
                .single();
    }

    /** Posts the form as multipart/form-data, the way the page's form sends a file. */
    HttpResponse<String> postMultipart(Map<String, String> fields, String filename, byte[] file) throws Exception {
        String boundary = "----daihoi" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", web.csrfToken());
        for (var e : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                            + e.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String cookie = web.cookie("SESSION")
                .map(v -> "SESSION=" + v)
                .orElseGet(() -> "JSESSIONID=" + web.cookie("JSESSIONID").orElseThrow());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Map<String, String> plan(String subject) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("issuerCode", communeCode);
        f.put("direction", "OUTGOING");
        f.put("type", "KE_HOACH");
        f.put("organ", "BTV");
        f.put("issuedOn", "10/01/2026");
        f.put("place", "Hòa Bình");
        f.put("subject", subject);
        f.put("body", "Nội dung kế hoạch.");
        f.put("recipients", "Các chi bộ trực thuộc");
        return f;
    }

    @Test
    void theFormIssuesANumberAndTheDetailOffersTheDownloads() throws Exception {
        HttpResponse<String> created = postMultipart(
                plan("Tổ chức đại hội chi bộ"), "ke-hoach.pdf", "%PDF-1.4 bản ký".getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = WebSession.location(created);
        assertThat(location).contains("/documents/").contains("created");
        String detail = web.get(location.replaceFirst("^https?://[^/]+", "")).body();
        assertThat(detail)
                .contains("01-KH/ĐU")
                .contains("Tổ chức đại hội chi bộ")
                .contains("10/01/2026")
                .contains(".pdf")
                .contains(".docx")
                .contains("ke-hoach.pdf");
        long id = Long.parseLong(location.replaceAll(".*/documents/(\\d+).*", "$1"));
        HttpResponse<String> pdf = web.get("/documents/" + id + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).contains("application/pdf");
        assertThat(web.get("/documents/" + id + ".docx").statusCode()).isEqualTo(200);
        assertThat(web.get("/documents/" + id + "/file").body()).startsWith("%PDF-1.4");
        String list = web.get("/documents?issuerCode=" + communeCode + "&from=01/01/2026&to=31/01/2026")
                .body();
        assertThat(list)
                .contains("01-KH/ĐU")
                .contains("Đảng ủy phường Hòa Bình")
                .contains("10/01/2026");
    }

    /** Issue 13: a PDF polyglot named ".html" is stored and served as the PDF it is, as an attachment. */
    @Test
    void aPdfPolyglotNamedHtmlIsStoredAndServedAsPdf() throws Exception {
        byte[] polyglot = "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = postMultipart(plan("Kế hoạch đa dạng"), "bao-cao.html", polyglot);
        assertThat(created.statusCode()).isEqualTo(302);
        long id = Long.parseLong(WebSession.location(created).replaceAll(".*/documents/(\\d+).*", "$1"));
        assertThat(jdbc.sql("select filename from document_file where document_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("bao-cao.pdf");

        HttpResponse<String> served = web.get("/documents/" + id + "/file");

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(served.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .contains("bao-cao.pdf")
                .doesNotContain(".html");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aFileThatIsNoPdfIsRefusedAndNothingIsStored() throws Exception {
        long before = documents();
        HttpResponse<String> res = postMultipart(
                plan("Kế hoạch có tệp xấu"), "ke-hoach.pdf", "MZ\u0090 chương trình".getBytes(StandardCharsets.UTF_8));
        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(res)).endsWith("/documents/new#document-form");
        String page = web.get("/documents/new").body();
        assertThat(page)
                .containsPattern("data-error-for=\"file\"[^>]*>[^<]*không phải PDF")
                .contains("ke-hoach.pdf")
                .contains("không có gì được lưu")
                .contains("Kế hoạch có tệp xấu"); // what was typed is kept
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aBadDateIsNamedInTheForm() {
        Map<String, String> f = plan("Kế hoạch ngày sai");
        f.put("issuedOn", "31/02/2026");
        HttpResponse<String> res = web.post("/documents", f);
        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(res)).endsWith("/documents/new#document-form");
        assertThat(web.get("/documents/new").body())
                .contains("data-error-for=\"issuedOn\">«Ngày ban hành»: «31/02/2026» không phải ngày hợp lệ."
                        + " Ghi ngày theo dạng dd/MM/yyyy, ví dụ 15/01/2027.")
                .contains("value=\"31/02/2026\"");
    }

    @Test
    void aSummaryLongerThan500CharactersIsRefusedInTheFormTheApiAndTheSchema() {
        long before = documents();
        String tooLong = "Kế hoạch tổ chức đại hội ".repeat(21); // 525 characters
        Map<String, String> f = plan(tooLong);
        HttpResponse<String> form = web.post("/documents", f);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(web.get("/documents/new").body())
                .contains("data-error-for=\"subject\">«Trích yếu» dài quá 500 ký tự.")
                .contains("Kế hoạch tổ chức đại hội"); // what was typed is still in the form

        String json = "{\"issuerId\":" + commune + ",\"type\":\"HUONG_DAN\",\"organ\":\"BTV\","
                + "\"issuedOn\":\"2026-01-12\",\"subject\":\"" + tooLong + "\"}";
        HttpResponse<String> api = WebSession.basic(port, "POST", "/api/documents", ADMIN, PASSWORD, json);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("Trường \\\"Trích yếu\\\" dài quá 500 ký tự (đang có 525 ký tự)");
        assertThat(documents()).as("nothing stored").isEqualTo(before);

        HttpResponse<String> recipients = WebSession.basic(
                port,
                "POST",
                "/api/documents",
                ADMIN,
                PASSWORD,
                json.replace(tooLong, "Hướng dẫn").replace("}", ",\"recipients\":\"" + "x".repeat(2001) + "\"}"));
        assertThat(recipients.statusCode()).isEqualTo(400);
        assertThat(recipients.body()).contains("Nơi nhận").contains("2.000 ký tự");

        // every writer, not only the service: the schema holds the same limits
        assertThat(web.post("/documents", plan("Kế hoạch hợp lệ")).statusCode()).isEqualTo(302);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("update document set subject = repeat('x', 501) where issuer_org_id = ?")
                                .param(commune)
                                .update())
                .hasMessageContaining("document_subject_len");
    }

    @Test
    void theFormProposesTheNextNumber() {
        web.post("/documents", plan("Kế hoạch một"));
        String hint = web.get("/documents/next-number?issuerCode=" + communeCode + "&type=KE_HOACH&issuedOn="
                        + enc("15/01/2026"))
                .body();
        assertThat(hint).contains("02-KH/ĐU").contains("2025-2030");
    }

    @Test
    void theApiIssuesProposesParsesAndRefusesDuplicatesInVietnamese() {
        String json = "{\"issuerId\":" + commune + ",\"type\":\"HUONG_DAN\",\"organ\":\"BTV\","
                + "\"issuedOn\":\"2026-01-12\",\"subject\":\"Hướng dẫn đại hội\"}";
        HttpResponse<String> first = WebSession.basic(port, "POST", "/api/documents", ADMIN, PASSWORD, json);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"number\":1").contains("01-HD/ĐU");
        HttpResponse<String> next = WebSession.basic(
                port,
                "GET",
                "/api/documents/next-number?issuerId=" + commune + "&type=HUONG_DAN&date=2026-01-12",
                ADMIN,
                PASSWORD);
        assertThat(next.body()).contains("\"number\":2").contains("02-HD/ĐU").contains("2025-2030");
        HttpResponse<String> dup = WebSession.basic(
                port, "POST", "/api/documents", ADMIN, PASSWORD, json.replace("}", ",\"number\":\"1\"}"));
        assertThat(dup.statusCode()).isEqualTo(409);
        assertThat(dup.body()).contains("\"detail\"").contains("Số 01-HD/ĐU đã được dùng trong nhiệm kỳ 2025-2030");
        HttpResponse<String> parsed = WebSession.basic(
                port,
                "GET",
                "/api/documents/symbols/parse?symbol=" + enc("Số 01 - HD/ĐU") + "&date=2026-01-12&contextOrgId="
                        + commune,
                ADMIN,
                PASSWORD);
        assertThat(parsed.statusCode()).isEqualTo(200);
        assertThat(parsed.body())
                .contains("HUONG_DAN")
                .contains("Đảng ủy phường Hòa Bình")
                .contains("Hướng dẫn đại hội");
        HttpResponse<String> unreadable = WebSession.basic(
                port, "GET", "/api/documents/symbols/parse?symbol=" + enc("15/2020/NĐ-CP"), ADMIN, PASSWORD);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("Không đọc được số, ký hiệu");
        HttpResponse<String> badJson = WebSession.basic(port, "POST", "/api/documents", ADMIN, PASSWORD, "{nope");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).contains("JSON");
        HttpResponse<String> badType =
                WebSession.basic(port, "POST", "/api/documents", ADMIN, PASSWORD, json.replace("HUONG_DAN", "THU_TU"));
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("Thể loại văn bản").contains("THU_TU");
    }
}

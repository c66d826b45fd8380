package vn.daihoi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.platform.Dates;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/** The audit page shows each reader the part of the log under their nodes, filtered and paged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogPageTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog log;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    Province a;
    Province b;
    String actor;
    WebSession auditorA;
    WebSession admin;

    @BeforeEach
    void setUp() {
        Fixtures fx = new Fixtures(context);
        a = fx.province("la");
        b = fx.province("lb");
        actor = Fixtures.unique("actor");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            log.record(actor, AuditLog.Change.of("TEST_A", "test", "a1", a.communeId(), "Mục của A " + a.marker()));
            log.record(actor, AuditLog.Change.of("TEST_B", "test", "b1", b.orgId(), "Mục của B " + b.marker()));
            log.record(actor, AuditLog.Change.of("TEST_GLOBAL", "test", "g1", null, "Mục chung " + actor));
        });
        auditorA = signedIn(fx.username(fx.userWithRole(Role.AUDITOR, a.orgId())));
        admin = TestAdmin.session(port);
    }

    WebSession signedIn(String user) {
        WebSession s = new WebSession(port);
        assertThat(WebSession.location(s.login(user, Fixtures.PASSWORD))).doesNotContain("/login");
        return s;
    }

    @Test
    void aProvincialAuditorSeesOnlyTheirSubtree() {
        String body = auditorA.get("/audit?actor=" + actor).body();
        assertThat(body).contains("Mục của A " + a.marker());
        assertThat(body).doesNotContain(b.marker()).doesNotContain("Mục chung");
    }

    @Test
    void theRootAdministratorSeesEverythingIncludingGlobalEntries() {
        String body = admin.get("/audit?actor=" + actor).body();
        assertThat(body)
                .contains("Mục của A " + a.marker())
                .contains("Mục của B " + b.marker())
                .contains("Mục chung " + actor);
    }

    @Test
    void filtersNarrowTheList() {
        assertThat(admin.get("/audit?actor=" + actor + "&action=TEST_B").body())
                .contains(b.marker())
                .doesNotContain("Mục của A");
        assertThat(admin.get("/audit?actor=" + actor + "&entityType=test&entityId=g1")
                        .body())
                .contains("Mục chung")
                .doesNotContain(b.marker());
        String today = Dates.format(LocalDate.now(clock));
        String tomorrow = Dates.format(LocalDate.now(clock).plusDays(1));
        assertThat(admin.get("/audit?actor=" + actor + "&from=" + today + "&to=" + today)
                        .body())
                .contains(b.marker());
        assertThat(admin.get("/audit?actor=" + actor + "&from=" + tomorrow).body())
                .doesNotContain(b.marker())
                .contains("Không có kết quả.");
    }

    @Test
    void aBadDateIsExplained() {
        String body = admin.get("/audit?from=31/02/2026").body();
        assertThat(body)
                .contains("«Từ ngày»: «31/02/2026» không phải ngày hợp lệ. Ghi ngày theo dạng dd/MM/yyyy, ví dụ"
                        + " 15/01/2027.")
                .contains("value=\"31/02/2026\"");
        assertThat(admin.get("/audit?from=02/01/2026&to=01/01/2026").body()).contains("Khoảng ngày không hợp lệ");
    }

    @Test
    void longListsArePaged() {
        String many = Fixtures.unique("many");
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            for (int i = 1; i <= 55; i++) {
                log.record(many, AuditLog.Change.of("TEST_PAGE", "test", i, a.orgId(), "Trang thử số " + i + "."));
            }
        });
        String first = auditorA.get("/audit?actor=" + many).body();
        assertThat(first)
                .contains("Trang thử số 55.")
                .contains("Trang thử số 6.")
                .doesNotContain("Trang thử số 5.");
        assertThat(first).contains("id=\"audit-next\"");
        String second = auditorA.get("/audit?actor=" + many + "&page=2").body();
        assertThat(second)
                .contains("Trang thử số 5.")
                .contains("Trang thử số 1.")
                .doesNotContain("id=\"audit-next\"");
    }

    @Test
    void theChainCheckReportsAnIntactLog() {
        String body = verified(auditorA.post("/audit/verify", Map.of()));
        assertThat(body).containsPattern("Chuỗi nhật ký toàn vẹn: [0-9.]+ mục");
        // the result was for that check: opened again, the page sends back to the log
        assertThat(WebSession.location(auditorA.get("/audit/verify"))).endsWith("/audit");
    }

    @Test
    void theChainCheckReportsMissingEntriesAgainstAHeadWrittenDown() {
        ChainVerification now = log.verify();
        String body = verified(auditorA.post(
                "/audit/verify",
                Map.of(
                        "entries",
                        Long.toString(now.checked() + 1000),
                        "head",
                        now.lastHash().substring(0, 10))));
        // other tests may append meanwhile: the entries missing are at most the 1000 claimed beyond the head
        assertThat(body).containsPattern("Chuỗi nhật ký thiếu [0-9.]+ mục cuối so với đầu chuỗi đã ghi");
    }

    /** A bad head written down comes back on the form: each error beside its field, what was typed kept. */
    @Test
    void aBadHeadComesBackOnTheFormWithEachErrorBesideItsField() {
        var posted = auditorA.post("/audit/verify", Map.of("entries", "năm", "head", "xyz"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/audit#verify-form");
        String page = auditorA.get("/audit").body();
        assertThat(page)
                .containsPattern("data-error-for=\"entries\"[^>]*>[^<]*«năm» không phải là một số nguyên không âm")
                .containsPattern("data-error-for=\"head\"[^>]*>[^<]*«xyz» không hợp lệ")
                .containsPattern(
                        "id=\"audit-expected-entries\"[^>]*value=\"năm\"|value=\"năm\"[^>]*id=\"audit-expected-entries\"")
                .contains("value=\"xyz\"");
        // one of the two alone is not a head
        auditorA.post("/audit/verify", Map.of("entries", "12", "head", ""));
        assertThat(auditorA.get("/audit").body())
                .containsPattern("data-error-for=\"head\"[^>]*>[^<]*hãy nhập cả số mục và mã đầu chuỗi");
    }

    /** The chain check's result page, reached by the redirect after the post. */
    private String verified(java.net.http.HttpResponse<String> posted) {
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(posted)).endsWith("/audit/verify");
        return auditorA.get("/audit/verify").body();
    }

    /** Actions read as words, objects are named and link to their page, and only for a reader who may open it. */
    @Test
    void actionsAreLabelledAndObjectsLinkedWhereTheReaderMayOpenThem() {
        String who = Fixtures.unique("links");
        long caseId = vn.daihoi.results.ResultsFixtures.caseIn(
                context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class),
                a.communeId(),
                "PREPARING",
                LocalDate.now(clock));
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            log.record(
                    who, AuditLog.Change.of("ARCHIVE_EXPORT", "congress_case", caseId, a.communeId(), "Xuất " + who));
            log.record(
                    who, AuditLog.Change.of("ORG_RENAME", "organization", a.communeId(), a.communeId(), "Đổi " + who));
        });
        String asAdmin = admin.get("/audit?actor=" + who).body();
        assertThat(asAdmin)
                .contains(">Xuất hồ sơ lưu trữ đại hội<", ">Đổi tên tổ chức đảng<")
                .contains("href=\"/congresses/" + caseId + "\"", ">Đại hội — Xã thử " + a.marker() + " (")
                .contains("href=\"/org/" + a.communeId() + "\"", ">Tổ chức đảng — Xã thử " + a.marker() + "<")
                .doesNotContain(">ARCHIVE_EXPORT<", "congress_case " + caseId, "??");
        // the auditor may read the tree but not the congress: the case is text, the node a link
        String asAuditor = auditorA.get("/audit?actor=" + who).body();
        assertThat(asAuditor)
                .contains(">Đại hội — Xã thử " + a.marker() + " (", "href=\"/org/" + a.communeId() + "\"")
                .doesNotContain("href=\"/congresses/" + caseId + "\"");
        assertThat(auditorA.get("/org/" + a.communeId()).statusCode()).isEqualTo(200);
    }

    /** Every action the code writes to the log has its label in both languages. */
    @Test
    void everyActionWrittenHasALabel() throws Exception {
        java.util.regex.Pattern call = java.util.regex.Pattern.compile(
                "(?:Change\\.of|Change|\\baudit)\\(\\s*(?:[a-z]\\w*,\\s*)?\"([A-Z][A-Z0-9_]+)\"");
        java.util.Set<String> actions = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = call.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    actions.add(m.group(1));
                }
            }
        }
        assertThat(actions).hasSizeGreaterThan(80).contains("ARCHIVE_EXPORT", "LIST_ADD");
        for (String lang : new String[] {"", "_en"}) {
            java.util.Properties p = new java.util.Properties();
            try (var r = java.nio.file.Files.newBufferedReader(
                    java.nio.file.Path.of("src/main/resources/i18n/audit" + lang + ".properties"))) {
                p.load(r);
            }
            assertThat(actions)
                    .as("actions without audit.action.* in audit" + lang)
                    .allMatch(a -> p.containsKey("audit.action." + a));
        }
    }
}

package vn.daihoi.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.archive.VerificationReport.Problem;
import vn.daihoi.files.UploadCheck;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.results.ResultsReports;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;
import vn.daihoi.security.TestAdmin;

/**
 * The archive round trip: export a congress with its results files and a document of its own sequence, read
 * the ZIP, its index and its PDF back, verify it intact, then tamper with it and see every change named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CongressArchiveTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CongressArchive archive;

    @Autowired
    ArchiveVerification verification;

    @Autowired
    ResultsReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    Province province;
    long caseId;
    long documentId;

    @BeforeAll
    void congress() {
        province = new Fixtures(context).province("lt");
        LocalDate today = LocalDate.now(clock);
        caseId = ResultsFixtures.caseIn(jdbc, province.communeId(), "CLOSED", today);
        ResultsFixtures.signIn(users, "admin");
        reports.submit(caseId, ResultsFixtures.report(today, province.marker()));
        SecurityContextHolder.clearContext();
        // A resolution numbered in the congress's own sequence, with no attachment: printed for the archive.
        documentId = jdbc.sql("""
                        insert into document (issuer_org_id, registrar_org_id, organ, type, number_series, number,
                            symbol, congress_case_id, issued_on, subject, direction, created_by, created_at)
                        values (?, ?, 'CONGRESS', 'NGHI_QUYET', '*', 1, '01-NQ/ĐH', ?, ?, ?, 'OUTGOING', 'test', now())
                        returning id""")
                .params(
                        province.communeId(),
                        province.communeId(),
                        caseId,
                        today,
                        "Nghị quyết đại hội " + province.marker())
                .query(Long.class)
                .single();
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] rezip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    byte[] tampered(byte[] zip, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return rezip(change.apply(new LinkedHashMap<>(unzip(zip))));
    }

    @Test
    void theArchiveHoldsEveryFileGroupedWithAnIndexThatReadsBack() throws IOException {
        CongressArchive.Export export = archive.export(caseId);
        Map<String, byte[]> entries = unzip(export.bytes());

        ArchiveIndex index = CongressArchive.JSON.readValue(entries.get("index.json"), ArchiveIndex.class);
        assertThat(index.congressCaseId()).isEqualTo(caseId);
        assertThat(index.entries()).hasSize(4);
        assertThat(index.entries())
                .extracting(e -> e.group().name())
                .containsExactly("DOCUMENTS", "PERSONNEL", "OFFICE", "COUNTING");
        assertThat(index.entries().getFirst().source()).isEqualTo(ArchiveIndex.Source.DOCUMENT_RENDERED);
        assertThat(index.entries().getFirst().sourceId()).isEqualTo(documentId);
        for (ArchiveIndex.Entry e : index.entries()) {
            assertThat(entries).containsKey(e.path());
            assertThat(UploadCheck.sha256(entries.get(e.path()))).isEqualTo(e.sha256());
            assertThat((long) entries.get(e.path()).length).isEqualTo(e.size());
        }
        assertThat(entries.keySet()).hasSize(index.entries().size() + 2);
        assertThat(entries.get("files/2-personnel/001-Danh-sach-trung-cu.png"))
                .isEqualTo(ResultsFixtures.png(province.marker().length()));
        assertThat(pdfText(entries.get("files/1-documents/001-01-NQ-DH.pdf")))
                .contains("Nghị quyết đại hội " + province.marker());

        String pdf = pdfText(entries.get("index.pdf")).replaceAll("\\s+", " ");
        String flat = pdf.replaceAll("\\s+", "");
        assertThat(pdf).contains("MỤC LỤC HỒ SƠ ĐẠI HỘI").contains("Văn kiện").contains("Nhân sự");
        assertThat(pdf).contains("Bầu cử, kiểm phiếu");
        for (ArchiveIndex.Entry e : index.entries()) {
            assertThat(flat).contains(e.sha256()).contains(e.path());
        }
        assertThat(export.filename()).endsWith(".zip");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ARCHIVE_EXPORT' and entity_id = ?")
                        .param(Long.toString(caseId))
                        .query(Integer.class)
                        .single())
                .isPositive();

        VerificationReport intact = verification.verify(export.bytes());
        assertThat(intact.findings()).isEmpty();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.filesChecked()).isEqualTo(4);
    }

    @Test
    void aTamperedArchiveIsCaughtFileByFile() throws IOException {
        byte[] zip = archive.export(caseId).bytes();
        ArchiveIndex index = CongressArchive.JSON.readValue(unzip(zip).get("index.json"), ArchiveIndex.class);
        String minutes = index.entries().stream()
                .filter(e -> e.group().name().equals("OFFICE"))
                .findFirst()
                .orElseThrow()
                .path();
        String list = index.entries().get(1).path();

        byte[] bad = tampered(zip, m -> {
            m.put(minutes, ResultsFixtures.pdf("bien ban da bi sua"));
            m.remove(list);
            m.put("files/4-office/099-them.pdf", ResultsFixtures.pdf("them"));
            m.put("../../etc/cron.d/x", new byte[] {1});
            return m;
        });
        VerificationReport report = verification.verify(bad);

        assertThat(report.intact()).isFalse();
        assertThat(report.findings())
                .extracting(VerificationReport.Finding::problem, VerificationReport.Finding::path)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Problem.UNSAFE_NAME, "../../etc/cron.d/x"),
                        org.assertj.core.groups.Tuple.tuple(Problem.ALTERED, minutes),
                        org.assertj.core.groups.Tuple.tuple(Problem.MISSING, list),
                        org.assertj.core.groups.Tuple.tuple(Problem.EXTRA, "files/4-office/099-them.pdf"));

        // An index rewritten to match an altered file still disagrees with the database.
        byte[] forged = ResultsFixtures.pdf("gia mao");
        int originalSize = unzip(zip).get(minutes).length;
        byte[] rewritten = tampered(zip, m -> {
            m.put(minutes, forged);
            String json = new String(m.get("index.json"), StandardCharsets.UTF_8)
                    .replace(
                            index.entries().stream()
                                    .filter(e -> e.path().equals(minutes))
                                    .findFirst()
                                    .orElseThrow()
                                    .sha256(),
                            UploadCheck.sha256(forged))
                    .replace("\"size\" : " + originalSize, "\"size\" : " + forged.length);
            m.put("index.json", json.getBytes(StandardCharsets.UTF_8));
            return m;
        });
        assertThat(verification.verify(rewritten).findings())
                .extracting(VerificationReport.Finding::problem)
                .containsExactly(Problem.DIFFERS_FROM_DATABASE);

        assertThatThrownBy(() -> verification.verify(tampered(zip, m -> {
                    m.remove("index.json");
                    return m;
                })))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("archive.error.noIndex"));
    }

    @Test
    void theApiServesTheZipAndVerifiesItBack() throws Exception {
        String basic = TestAdmin.basicHeader();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> zip = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/congresses/" + caseId + "/archive"))
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(unzip(zip.body())).containsKeys("index.json", "index.pdf");

        HttpResponse<String> verified = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/archives/verify"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(zip.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("\"intact\":true").contains("\"filesChecked\":4");

        byte[] altered = tampered(zip.body(), m -> {
            m.put(
                    m.keySet().stream()
                            .filter(k -> k.startsWith("files/"))
                            .findFirst()
                            .orElseThrow(),
                    ResultsFixtures.pdf("sua"));
            return m;
        });
        HttpResponse<String> caught = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/archives/verify"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/zip")
                        .header("Accept-Language", "vi")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(altered))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(caught.body()).contains("\"intact\":false").contains("đã bị thay đổi");

        HttpResponse<String> notZip = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/archives/verify"))
                        .header("Authorization", basic)
                        .header("Accept-Language", "vi")
                        .POST(HttpRequest.BodyPublishers.ofString("xin chào"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(notZip.statusCode()).isEqualTo(400);
        assertThat(notZip.body()).contains("không phải tệp ZIP");
    }
}

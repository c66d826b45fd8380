package vn.daihoi.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.daihoi.access.Role;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * Issue 13, uploads that cannot take the server down: ZIP and XLSX bombs posted through the real endpoints by
 * the users who may post them are refused early with 413/400 and a Vietnamese message naming what and where,
 * the app keeps answering, and the test JVM's 1 GB heap survives (an OutOfMemoryError would fail the run).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadBombsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    HeavyUploads uploads;

    final HttpClient http = HttpClient.newHttpClient();
    Province province;
    String clerk;
    String board;

    @BeforeAll
    void users() {
        Fixtures fx = new Fixtures(context);
        province = fx.province("bom");
        clerk = fx.username(fx.userWithRole(Role.COUNTING_CLERK, province.communeId()));
        board = fx.username(fx.userWithRole(Role.ORGANIZATION_BOARD, province.communeId()));
    }

    @AfterAll
    void slotsAreAllBack() {
        assertThat(uploads.available()).isEqualTo(2);
    }

    String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> verify(byte[] zip) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/archives/verify"))
                        .header("Authorization", basic(clerk))
                        .header("Content-Type", "application/zip")
                        .header("Accept-Language", "vi")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> importMembers(String filename, byte[] file) throws IOException, InterruptedException {
        String boundary = "----daihoi" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/members/import"))
                        .header("Authorization", basic(board))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept-Language", "vi")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A normal request right after: a small ZIP without an index is read and answered as such. */
    void stillAnswers() throws IOException, InterruptedException {
        HttpResponse<String> normal = verify(UploadCheckTest.zip("ghi-chu.txt", "xin chao"));
        assertThat(normal.statusCode()).isEqualTo(400);
        assertThat(normal.body()).contains("không có mục lục index.json");
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void aGigabyteOfZerosIsRefusedWith413NamingTheEntry() throws Exception {
        byte[] bomb = Bombs.zeros("files/4-office/001-bien-ban.pdf", 1024);

        HttpResponse<String> r = verify(bomb);

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body())
                .contains("files/4-office/001-bien-ban.pdf")
                .contains("giải nén ra quá 25 MB")
                .contains("bom nén")
                .doesNotContain("Exception");
        stillAnswers();
    }

    @Test
    void aHundredThousandTinyEntriesAreRefusedWith413() throws Exception {
        HttpResponse<String> r = verify(Bombs.manyTinyEntries(100_000));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("mục nén bên trong");
        stillAnswers();
    }

    @Test
    void randomAndZeroEntriesAreRefusedAtTheTotalWith413() throws Exception {
        // 20 pairs of 1 MB of noise and 20 MB of zeros: each under the 25 MB entry cap, 420 MB together
        byte[] bomb = Bombs.randomAndZeros(20);
        assertThat(bomb.length).isLessThan(30 * (int) Bombs.MB);

        HttpResponse<String> r = verify(bomb);

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("giải nén ra quá 400 MB").contains("files/4-office/019-so-khong.pdf");
        stillAnswers();
    }

    /**
     * The report's case: several clerks post bombs at once. Each one unpacks to 420 MB in entries under the
     * per-entry cap; held in memory, three of them would not fit a 1 GB heap.
     */
    @Test
    void threeBombsAtOnceAreEachRefusedAndTheHeapHolds() throws Exception {
        byte[] bomb = Bombs.randomAndZeros(20);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            java.util.concurrent.Callable<HttpResponse<String>> post = () -> verify(bomb);
            java.util.List<java.util.concurrent.Future<HttpResponse<String>>> answers =
                    pool.invokeAll(java.util.List.of(post, post, post));
            for (var answer : answers) {
                HttpResponse<String> r = answer.get();
                // 413 once read; 503 if no slot freed up within the wait
                assertThat(r.statusCode()).isIn(413, 503);
                assertThat(r.body()).containsAnyOf("giải nén ra quá 400 MB", "Máy chủ đang xử lý nhiều tệp lớn");
            }
        } finally {
            pool.shutdown();
        }
        stillAnswers();
    }

    @Test
    void aBrokenZipIsRefusedWith400NamingTheEntry() throws Exception {
        HttpResponse<String> r = verify(Bombs.truncated());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("hỏng ở mục").contains("files/4-office/001-cat-cut.pdf");
        stillAnswers();
    }

    @Test
    void anXlsxBombJustAboveOnePercentIsRefusedBeforePoiOpensIt() throws Exception {
        Bombs.Xlsx bomb = Bombs.xlsx(UploadCheckTest.xlsx(), 1536);
        // it would pass POI's own check (inflate ratio at least 1 %) and fits the 20 MB upload limit
        assertThat(bomb.ratio()).isGreaterThan(0.01).isLessThan(0.015);
        assertThat(bomb.bytes().length).isLessThan(20 * (int) Bombs.MB);
        long before = members();

        HttpResponse<String> r = importMembers("danh-sach.xlsx", bomb.bytes());

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body())
                .contains("danh-sach.xlsx")
                .contains("giải nén ra quá 300 MB")
                .contains("xl/worksheets/sheet1.xml");
        assertThat(members()).isEqualTo(before);
        stillAnswers();
    }

    @Test
    void whenEverySlotIsTakenTheNextLargeUploadWaitsThenGets503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> uploads.run(() -> {
                    holding.countDown();
                    return release.await(60, TimeUnit.SECONDS);
                }));
            }
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> busy = verify(UploadCheckTest.zip("ghi-chu.txt", "xin chao"));
            HttpResponse<String> busyImport = importMembers("danh-sach.xlsx", UploadCheckTest.xlsx());

            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.body()).contains("Máy chủ đang xử lý nhiều tệp lớn, vui lòng thử lại sau ít phút.");
            assertThat(busyImport.statusCode()).isEqualTo(503);
        } finally {
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        stillAnswers();
    }

    long members() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from member")
                .query(Long.class)
                .single();
    }
}

package vn.daihoi.keying;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.archive.ArchiveIndex;
import vn.daihoi.archive.ArchiveProbe;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.UploadCheck;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * "Lưu nhật ký vào hồ sơ": the printed entry log of a released round is stored with its checksum, listed in the
 * archive ZIP under "Bầu cử, kiểm phiếu" with that checksum, audited; a round not yet released and a log already
 * filed are refused with a Vietnamese message and nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogFilingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    BallotEntry entry;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Autowired
    KeyingTeams members;

    Fixtures.Province province;

    @BeforeAll
    void tree() {
        province = new Fixtures(context).province("klf");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A 3-seat strike-out round on 4 names, 6 ballots keyed by one team; released when {@code release}. */
    private long round(long caseId, boolean release) {
        ResultsFixtures.signIn(users, "admin");
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 6, 6);
        entry.setTeams(roundId, 1);
        members.assign(roundId, 1, "admin");
        for (String ballot : List.of("4", "4", "3", "1", "2", "/7")) {
            entry.key(roundId, 1, UUID.randomUUID(), ballot, false);
            if (release) {
                reconciliation.afterEntry(roundId);
            }
        }
        SecurityContextHolder.clearContext();
        return roundId;
    }

    private long filings(long roundId) {
        return jdbc.sql("select count(*) from keying_log_filing where round_id = ?")
                .param(roundId)
                .query(Long.class)
                .single();
    }

    @Test
    void theFiledLogIsInTheArchiveUnderCountingWithItsChecksum() throws Exception {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = round(caseId, true);
        long storedBefore =
                jdbc.sql("select count(*) from stored_file").query(Long.class).single();

        var res = TestAdmin.basic(port, "POST", "/api/rounds/" + roundId + "/log/filing");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("\"number\":1").contains("\"sha256\"");
        String sha = jdbc.sql("""
                        select s.sha256 from keying_log_filing f join stored_file s on s.id = f.stored_file_id
                        where f.round_id = ?""").param(roundId).query(String.class).single();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'KEYING_LOG_FILED' and entity_id = ?")
                        .param(String.valueOf(roundId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the same log again: refused in Vietnamese, nothing more stored
        var again = TestAdmin.basic(port, "POST", "/api/rounds/" + roundId + "/log/filing");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("đã được lưu vào hồ sơ (lần 1");
        assertThat(filings(roundId)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from stored_file")
                        .query(Long.class)
                        .single())
                .isEqualTo(storedBefore + 1);

        ArchiveProbe.Download archive = ArchiveProbe.download(port, caseId);
        assertThat(archive.status()).isEqualTo(200);
        List<ArchiveIndex.Entry> counting = archive.index().entries().stream()
                .filter(e -> e.group() == ArchiveGroup.COUNTING && e.title().startsWith("Nhật ký nhập phiếu"))
                .toList();
        assertThat(counting).hasSize(1);
        ArchiveIndex.Entry filed = counting.getFirst();
        assertThat(filed.sha256()).isEqualTo(sha);
        byte[] bytes = archive.entries().get(filed.path());
        assertThat(UploadCheck.sha256(bytes)).isEqualTo(sha);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("NHẬT KÝ NHẬP PHIẾU BẦU", "toàn vẹn", "Công bố kết quả");
        }
    }

    @Test
    void aRoundNotYetReleasedIsNotFiled() {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = round(caseId, false);
        var res = TestAdmin.basic(port, "POST", "/api/rounds/" + roundId + "/log/filing");
        assertThat(res.statusCode()).isEqualTo(409);
        assertThat(res.body()).contains("chưa công bố kết quả");
        assertThat(filings(roundId)).isZero();
    }

    @Test
    void theVerifyApiChecksThePrintedHead() {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = round(caseId, true);
        record Head(int logSeq, String logHead) {}
        Head head = jdbc.sql("select log_seq, log_head from keying_round where round_id = ?")
                .param(roundId)
                .query(Head.class)
                .single();
        String path = "/api/rounds/" + roundId + "/log/verify";
        var ok = TestAdmin.basic(
                port,
                "GET",
                path + "?entries=" + head.logSeq() + "&head=" + head.logHead().substring(0, 12));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"intact\":true").contains("\"missingTail\":0");
        // a head printed on paper beyond what the table holds: the tail is missing
        var short_ = TestAdmin.basic(port, "GET", path + "?entries=" + (head.logSeq() + 4) + "&head=abcdef12");
        assertThat(short_.body()).contains("\"intact\":false").contains("\"missingTail\":4");
        var bad = TestAdmin.basic(port, "GET", path + "?entries=3&head=zz");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Đầu chuỗi cần đối chiếu không hợp lệ");

        // the page says the same in words, from the check code printed on the minutes
        WebSession admin = TestAdmin.session(port);
        String page = "/rounds/" + roundId + "/log/verify";
        assertThat(admin.get(page).body()).contains("Nhật ký nhập phiếu toàn vẹn: " + head.logSeq() + " mục");
        assertThat(admin.get(page + "?entries=" + (head.logSeq() + 2) + "&head=abcdef12")
                        .body())
                .contains("Nhật ký nhập phiếu thiếu 2 mục cuối so với đầu chuỗi đã ghi");
    }
}

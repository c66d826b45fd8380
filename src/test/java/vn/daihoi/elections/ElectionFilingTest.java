package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.internal.ElectionFiling;
import vn.daihoi.elections.internal.RoundDecisions;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.UploadCheck;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.TestAdmin;
import vn.daihoi.security.WebSession;

/**
 * "Lưu biên bản vào hồ sơ": a closed election's counting minutes (each round) and election minutes, PDF and
 * DOCX, stored and found in the archive under "bầu cử, kiểm phiếu" with checksums matching the index; filing
 * again keeps the earlier filing and the archive takes the latest; an open election is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionFilingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    RoundDecisions decisions;

    @Autowired
    ElectionFiling filing;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    Fixtures.Province province;

    @BeforeAll
    void tree() {
        province = new Fixtures(context).province("ef");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A committee of 3 decided in two rounds (a tie at the last seat, then the run-off). */
    private long closedElection(long caseId) {
        ResultsFixtures.signIn(users, "admin");
        long round1 = elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Cường", "Phạm Thị Dung")));
        rounds.recordCounts(round1, 10, 10);
        rounds.release(
                round1,
                new EnteredCount.Keyed(
                        RoundDecisionsTest.ballots(4, "c01,c02,c03", 4, "c01,c02,c04", 2, "c01,c03,c04"), 3, "x"));
        long round2 = decisions.openRunoff(round1);
        rounds.recordCounts(round2, 10, 10);
        rounds.release(round2, new EnteredCount.Keyed(RoundDecisionsTest.ballots(6, "c01", 4, "c02"), 3, "x"));
        long electionId = rounds.sheet(round2).electionId();
        SecurityContextHolder.clearContext();
        return electionId;
    }

    private HttpResponse<String> post(String path) {
        return TestAdmin.basic(port, "POST", path, "");
    }

    @Test
    void theMinutesOfAClosedElectionAreInTheArchiveWithTheirChecksums() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 11, 1, 10);
        long electionId = closedElection(caseId);
        HttpResponse<String> res = post("/api/elections/" + electionId + "/filing");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("\"number\":1");

        ArchiveProbe.Download archive = ArchiveProbe.download(port, caseId);
        assertThat(archive.status()).isEqualTo(200);
        List<ArchiveIndex.Entry> counting = archive.index().entries().stream()
                .filter(e -> e.group() == ArchiveGroup.COUNTING)
                .toList();
        assertThat(counting)
                .extracting(ArchiveIndex.Entry::title)
                .containsExactly(
                        "Bầu Chi ủy — biên bản kiểm phiếu lần bầu thứ 1 (PDF), lưu lần 1",
                        "Bầu Chi ủy — biên bản kiểm phiếu lần bầu thứ 1 (DOCX), lưu lần 1",
                        "Bầu Chi ủy — biên bản kiểm phiếu lần bầu thứ 2 (PDF), lưu lần 1",
                        "Bầu Chi ủy — biên bản kiểm phiếu lần bầu thứ 2 (DOCX), lưu lần 1",
                        "Bầu Chi ủy — biên bản bầu cử (PDF), lưu lần 1",
                        "Bầu Chi ủy — biên bản bầu cử (DOCX), lưu lần 1");
        for (ArchiveIndex.Entry e : counting) {
            byte[] bytes = archive.entries().get(e.path());
            assertThat(UploadCheck.sha256(bytes)).isEqualTo(e.sha256());
            assertThat(jdbc.sql("select sha256 from stored_file where id = ?")
                            .param(e.sourceId())
                            .query(String.class)
                            .single())
                    .isEqualTo(e.sha256());
        }
        assertThat(ElectionPapersTest.pdfText(
                        archive.entries().get(counting.get(4).path())))
                .contains("BIÊN BẢN BẦU CỬ", "Lê Văn Cường");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                        archive.entries().get(counting.get(1).path())));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("BIÊN BẢN KIỂM PHIẾU", "Nguyễn Thị An");
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ELECTION_FILE' and entity_id = ?")
                        .param(Long.toString(electionId))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        WebSession web = TestAdmin.session(port);
        String page = "/congresses/" + caseId + "/elections";
        assertThat(web.get(page).body()).contains("Lưu biên bản vào hồ sơ");
        HttpResponse<String> filed = web.post("/elections/" + electionId + "/filing", java.util.Map.of());
        assertThat(WebSession.location(filed)).endsWith(page);
        assertThat(web.get(page).body()).contains("Đã lưu biên bản kiểm phiếu và biên bản bầu cử");
        assertThat(jdbc.sql("select max(filing) from election_filing where election_id = ?")
                        .param(electionId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void filingAgainKeepsEveryFilingAndTheArchiveTakesTheLatest() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 11, 1, 10);
        long electionId = closedElection(caseId);
        ResultsFixtures.signIn(users, "admin");
        filing.file(electionId);
        ElectionFiling.Filing second = filing.file(electionId);
        assertThat(second.number()).isEqualTo(2);
        assertThat(filing.filings(electionId))
                .extracting(ElectionFiling.Filing::number)
                .containsExactly(2, 1);
        SecurityContextHolder.clearContext();

        ArchiveProbe.Download archive = ArchiveProbe.download(port, caseId);
        List<ArchiveIndex.Entry> counting = archive.index().entries().stream()
                .filter(e -> e.group() == ArchiveGroup.COUNTING)
                .toList();
        assertThat(counting).hasSize(6).allSatisfy(e -> assertThat(e.title()).endsWith("lưu lần 2"));
        assertThat(counting.stream().map(ArchiveIndex.Entry::sha256).collect(Collectors.toSet()))
                .isEqualTo(second.files().stream()
                        .map(ElectionFiling.FiledFile::sha256)
                        .collect(Collectors.toSet()));
    }

    @Test
    void anOpenElectionIsRefusedAndNothingIsStored() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 5, 0, 5);
        ResultsFixtures.signIn(users, "admin");
        long round = elections.open(
                caseId,
                new NewElection(
                        "Bầu Bí thư Chi bộ",
                        Body.SECRETARY,
                        1,
                        BallotForm.AGREE_DISAGREE,
                        CongressDay.names("Nguyễn Thị An")));
        long electionId = rounds.sheet(round).electionId();
        SecurityContextHolder.clearContext();
        HttpResponse<String> res = post("/api/elections/" + electionId + "/filing");
        assertThat(res.statusCode()).isEqualTo(409);
        assertThat(res.body()).contains("Bầu Bí thư Chi bộ", "chưa kết thúc");
        assertThat(jdbc.sql("select count(*) from election_filing where election_id = ?")
                        .param(electionId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}

package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.elections.internal.RoundDecisions;
import vn.daihoi.elections.paper.ElectionPapers;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/** The ballot and the minutes, read back: the ballot carries no distinguishing mark, the minutes the counts. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionPapersTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    RoundDecisions decisions;

    @Autowired
    ElectionPapers papers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Fixtures.Province province;

    @BeforeAll
    void tree() {
        province = new Fixtures(context).province("ep");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText().replaceAll("\\s+", " ");
        }
    }

    @Test
    void theBallotListsTheNamesInOrderWithBirthDatesOnlyForIdenticalNamesAndNoSerial() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 10, 0, 10);
        long roundId = elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy khóa mới",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        // a committee list needs a surplus: 4 names for 3 seats (elections.md §3)
                        List.of(
                                new NewElection.ListedName(null, "Nguyễn Văn An", LocalDate.of(1980, 5, 2)),
                                new NewElection.ListedName(null, "Nguyễn Văn An", LocalDate.of(1975, 1, 9)),
                                new NewElection.ListedName(null, "Trần Thị Bình", LocalDate.of(1970, 3, 3)),
                                new NewElection.ListedName(null, "Võ Văn Cư", LocalDate.of(1971, 4, 4)))));
        long electionId = rounds.sheet(roundId).electionId();
        byte[] one = papers.ballotPdf(electionId, 1);
        String text = pdfText(one);
        assertThat(text)
                .contains("PHIẾU BẦU", "Bầu Chi ủy khóa mới", "Dấu của cấp ủy triệu tập", "số lượng bầu: 3")
                .containsSubsequence(
                        "1 Nguyễn Văn An (sinh ngày 09/01/1975)",
                        "2 Nguyễn Văn An (sinh ngày 02/05/1980)",
                        "3 Trần Thị Bình",
                        "4 Võ Văn Cư")
                .doesNotContain("1970");
        // two prints are the same ballot: nothing numbers or dates one copy apart from another
        assertThat(pdfText(papers.ballotPdf(electionId, 1))).isEqualTo(text);
        assertThat(text).doesNotContainIgnoringCase("số phiếu:").doesNotContain("Seri");
        assertThatThrownBy(() -> papers.ballotPdf(electionId, 2)).isInstanceOf(DomainException.class);
    }

    @Test
    void theMinutesCarryTheCountsInPdfAndDocx() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 11, 1, 10);
        long round1 = elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Cường", "Phạm Thị Dung")));
        long electionId = rounds.sheet(round1).electionId();
        assertThatThrownBy(() -> papers.countingMinutesPdf(electionId, 1)).isInstanceOf(DomainException.class);
        rounds.recordCounts(round1, 10, 10);
        rounds.release(
                round1,
                new EnteredCount.Totals(new ElectionRecord.Tally(
                        9,
                        Map.of(InvalidReason.OVERVOTE, 1),
                        Map.of("c01", 8, "c02", 7, "c03", 6, "c04", 6),
                        Map.of())));
        long round2 = decisions.openRunoff(round1);
        rounds.recordCounts(round2, 10, 10);
        rounds.release(
                round2,
                new EnteredCount.Totals(new ElectionRecord.Tally(10, Map.of(), Map.of("c01", 7, "c02", 3), Map.of())));

        // one paper in both formats: the one daihoi tally prints, with the congress's decision after the round
        String overvote = vn.daihoi.platform.CodeLabels.vi(InvalidReason.OVERVOTE);
        for (String counting : List.of(
                pdfText(papers.countingMinutesPdf(electionId, 1)),
                docxText(papers.countingMinutesDocx(electionId, 1)))) {
            assertThat(counting)
                    .contains(
                            "BIÊN BẢN KIỂM PHIẾU",
                            "Nguyễn Thị An",
                            "Phát ra: 10 phiếu; thu vào: 10 phiếu.",
                            "Hợp lệ: 9 phiếu; không hợp lệ: 1 phiếu.",
                            Character.toUpperCase(overvote.charAt(0)) + overvote.substring(1) + ": 1 phiếu.",
                            "80,00%",
                            "60,00%",
                            "Bằng phiếu ở vị trí cuối: Lê Văn Cường, Phạm Thị Dung",
                            "Đại hội bầu lại giữa những người bằng phiếu.",
                            "TRƯỞNG BAN KIỂM PHIẾU");
        }
        for (String election : List.of(
                pdfText(papers.electionMinutesPdf(electionId)), docxText(papers.electionMinutesDocx(electionId)))) {
            assertThat(election)
                    .contains("BIÊN BẢN BẦU CỬ", "Lần bầu thứ 1", "Lần bầu thứ 2", "TM. ĐOÀN CHỦ TỊCH", "70,00%")
                    .contains("Đại hội bầu lại giữa những người bằng phiếu");
        }
    }

    @Test
    void theMinutesOfACongressHeldInThePastCarryTheSessionDateNotTodays() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 10, 0, 10);
        // a congress held on 23/07/2025 whose result is recorded and printed today
        jdbc.sql("update congress_case set opened_on = ?, closed_on = ? where id = ?")
                .params(LocalDate.of(2025, 7, 23), LocalDate.of(2025, 7, 23), caseId)
                .update();
        long round = elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Cường", "Phạm Thị Dung")));
        long electionId = rounds.sheet(round).electionId();
        rounds.recordCounts(round, 10, 10);
        rounds.release(
                round,
                new EnteredCount.Totals(new ElectionRecord.Tally(
                        10, Map.of(), Map.of("c01", 8, "c02", 7, "c03", 6, "c04", 3), Map.of())));

        LocalDate today = LocalDate.now(vn.daihoi.platform.Dates.ZONE);
        String todayShort = vn.daihoi.platform.Dates.format(today);
        String todayLong =
                "ngày %02d tháng %02d năm %d".formatted(today.getDayOfMonth(), today.getMonthValue(), today.getYear());
        String pdf = pdfText(papers.countingMinutesPdf(electionId, 1));
        assertThat(pdf).contains("ngày 23 tháng 07 năm 2025").doesNotContain(todayLong, todayShort);
        String docx = docxText(papers.countingMinutesDocx(electionId, 1));
        assertThat(docx).contains("23/07/2025").doesNotContain(todayShort);
        for (String election : List.of(
                pdfText(papers.electionMinutesPdf(electionId)), docxText(papers.electionMinutesDocx(electionId)))) {
            assertThat(election).contains("23/07/2025").doesNotContain(todayShort, todayLong);
        }
    }

    @Test
    void theMinutesOfARoundCountedDuringTheSessionCarryThatDayAndHour() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 10, 0, 10);
        LocalDate today = LocalDate.now(vn.daihoi.platform.Dates.ZONE);
        // in session since today, not closed yet
        jdbc.sql("update congress_case set opened_on = ?, closed_on = null, max_days = 1 where id = ?")
                .params(today, caseId)
                .update();
        long round = elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Cường", "Phạm Thị Dung")));
        long electionId = rounds.sheet(round).electionId();
        rounds.recordCounts(round, 10, 10);
        rounds.release(
                round,
                new EnteredCount.Totals(new ElectionRecord.Tally(
                        10, Map.of(), Map.of("c01", 8, "c02", 7, "c03", 6, "c04", 3), Map.of())));
        for (String counting : List.of(
                pdfText(papers.countingMinutesPdf(electionId, 1)),
                docxText(papers.countingMinutesDocx(electionId, 1)))) {
            assertThat(counting)
                    .containsPattern("Biên bản lập xong lúc \\d{2}:\\d{2} ngày "
                            + java.util.regex.Pattern.quote(vn.daihoi.platform.Dates.format(today)));
        }
    }
}

package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.daihoi.counting.Mark;
import vn.daihoi.counting.Status;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;
import vn.daihoi.tally.RecordJson;
import vn.daihoi.tally.TallyCommand;

/**
 * The record of a released round is the one the engine counted: exported, read back and recounted by the
 * {@code daihoi tally} code path, it gives byte for byte the stored result JSON.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionRecordTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    ElectionBook book;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Fixtures.Province province;

    @BeforeAll
    void tree() {
        province = new Fixtures(context).province("er");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static String tally(String record) throws Exception {
        Path file = Files.createTempFile("record", ".json");
        Files.writeString(file, record);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TallyCommand.tally(
                List.of(file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Files.delete(file);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void theExportedKeyedRecordRecountsToTheStoredResult() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 12, 1, 11);
        long roundId = elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy khóa mới",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Cường", "Phạm Thị Dung")));
        rounds.recordCounts(roundId, 11, 11);
        List<ElectionRecord.Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ballots.add(new ElectionRecord.Ballot.Kept(List.of("c01", "c02", i < 7 ? "c03" : "c04")));
        }
        ballots.add(new ElectionRecord.Ballot.Invalid(InvalidReason.ALL_STRUCK_OUT));
        rounds.release(roundId, new EnteredCount.Keyed(ballots, 3, "d1g3st"));
        long electionId = rounds.sheet(roundId).electionId();

        String record = book.record(electionId, 1);
        ElectionRecord read = RecordJson.read(record);
        assertThat(read.ballots()).isEqualTo(ballots);
        assertThat(read.base().summoned()).isEqualTo(12);
        assertThat(read.base().present()).isEqualTo(11);
        assertThat(record).contains("\"format\" : \"daihoi-election-record/1\"", "\"countingMode\" : \"KEYED\"");
        assertThat(tally(record)).isEqualTo(book.result(electionId, 1).strip());

        ElectionBook.ElectionView view = book.ofCase(caseId).getFirst();
        assertThat(view.state()).isEqualTo("CLOSED");
        ElectionBook.RoundView round = view.rounds().getFirst();
        assertThat(round.status()).isEqualTo(Status.DECIDED);
        assertThat(round.base()).isEqualTo(11);
        assertThat(round.elected())
                .extracting(ElectionBook.Elected::name)
                .containsExactly("Nguyễn Thị An", "Trần Văn Bình", "Lê Văn Cường");
        assertThat(round.elected().getFirst().percentOfBase()).isEqualTo("90.91");
    }

    @Test
    void aRecordOfTotalsCountedByHandRecountsToo() throws Exception {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 9, 0, 9);
        long roundId = elections.open(
                caseId,
                new NewElection(
                        "Bầu Bí thư chi bộ",
                        Body.SECRETARY,
                        1,
                        BallotForm.AGREE_DISAGREE,
                        CongressDay.names("Nguyễn Thị An")));
        rounds.recordCounts(roundId, 9, 9);
        rounds.release(
                roundId,
                new EnteredCount.Totals(new ElectionRecord.Tally(
                        8, Map.of(InvalidReason.NO_CLEAR_CHOICE, 1), Map.of("c01", 7), Map.of("c01", 1))));
        long electionId = rounds.sheet(roundId).electionId();
        assertThat(tally(book.record(electionId, 1)))
                .isEqualTo(book.result(electionId, 1).strip());
        assertThat(book.result(electionId, 1)).contains("\"disagree\" : 1");
    }

    @Test
    void agreeDisagreeMarksSurviveTheRoundTrip() {
        ElectionRecord.Ballot marked = new ElectionRecord.Ballot.Marked(Map.of("c01", Mark.AGREE, "c02", Mark.BOTH));
        ElectionRecord record = new ElectionRecord(
                new ElectionRecord.Election("Bầu", Body.DEPUTY_SECRETARY, null, 2, 1, false, BallotForm.AGREE_DISAGREE),
                new ElectionRecord.Base(vn.daihoi.counting.BaseKind.COMMITTEE_MEETING, null, Map.of(), 7, null),
                List.of(new ElectionRecord.Candidate("c01", "A"), new ElectionRecord.Candidate("c02", "B")),
                new ElectionRecord.Counts(1, 1),
                List.of(marked),
                null,
                null);
        ElectionRecord back = RecordJson.read(RecordJson.write(record));
        assertThat(back).isEqualTo(record);
    }

    @Test
    void anUnreleasedRoundHasNoRecord() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 3, 0, 3);
        long roundId = elections.open(
                caseId,
                new NewElection(
                        "Bầu Bí thư", Body.SECRETARY, 1, BallotForm.AGREE_DISAGREE, CongressDay.names("Lê Văn Cường")));
        long electionId = rounds.sheet(roundId).electionId();
        assertThatThrownBy(() -> book.record(electionId, 1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.getMessage()).contains("notReleased"));
        // An unknown election is refused like one out of scope (issue 13: the answer must not tell which exist).
        assertThatThrownBy(() -> book.record(Long.MAX_VALUE, 1))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}

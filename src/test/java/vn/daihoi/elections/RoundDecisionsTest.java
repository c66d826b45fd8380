package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.Status;
import vn.daihoi.elections.internal.RoundDecisions;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/**
 * After a round: a tie at the last seat leads to a run-off among the tied; vacancies to the congress's
 * decision (another round or stop); delegates before alternates; the first meeting's base is the committee.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundDecisionsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    RoundDecisions decisions;

    @Autowired
    ElectionBook book;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Fixtures.Province province;

    @BeforeAll
    void tree() {
        province = new Fixtures(context).province("rd");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static List<ElectionRecord.Ballot> ballots(Object... timesAndKept) {
        List<ElectionRecord.Ballot> out = new ArrayList<>();
        for (int i = 0; i < timesAndKept.length; i += 2) {
            for (int n = 0; n < (Integer) timesAndKept[i]; n++) {
                out.add(new ElectionRecord.Ballot.Kept(List.of(((String) timesAndKept[i + 1]).split(","))));
            }
        }
        return out;
    }

    private CountResult release(long roundId, List<ElectionRecord.Ballot> ballots) {
        rounds.recordCounts(roundId, ballots.size(), ballots.size());
        return rounds.release(roundId, new EnteredCount.Keyed(ballots, 3, "x"));
    }

    /** D = 10, all present; the committee of 3 from An, Bình, Cường, Dung (ballot order c01..c04). */
    private long committee(long caseId) {
        return elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Cường", "Phạm Thị Dung")));
    }

    @Test
    void aTieAtTheLastSeatLeadsToARunoffAmongTheTied() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 11, 1, 10);
        long round1 = committee(caseId);
        assertThatThrownBy(() -> decisions.openRunoff(round1)).isInstanceOf(DomainException.class);
        CountResult first = release(round1, ballots(4, "c01,c02,c03", 4, "c01,c02,c04", 2, "c01,c03,c04"));
        assertThat(first.status()).isEqualTo(Status.RUNOFF_REQUIRED);
        assertThatThrownBy(() -> decisions.stop(round1, "Dừng")).isInstanceOf(DomainException.class);

        long round2 = decisions.openRunoff(round1);
        RoundSheet sheet = rounds.sheet(round2);
        assertThat(sheet.runoff()).isTrue();
        assertThat(sheet.roundNo()).isEqualTo(2);
        assertThat(sheet.seats()).isEqualTo(1);
        assertThat(sheet.names())
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Lê Văn Cường", "Phạm Thị Dung");
        assertThatThrownBy(() -> decisions.openRunoff(round1)).isInstanceOf(DomainException.class);

        CountResult second = release(round2, ballots(6, "c01", 4, "c02"));
        assertThat(second.status()).isEqualTo(Status.DECIDED);
        ElectionBook.ElectionView view = book.ofCase(caseId).getFirst();
        assertThat(view.state()).isEqualTo("CLOSED");
        assertThat(view.rounds()).extracting(ElectionBook.RoundView::decision).containsExactly("RUNOFF", null);
        assertThat(view.rounds().getFirst().runoffCandidates()).containsExactly("c03", "c04");
        assertThat(view.rounds().get(1).elected())
                .extracting(ElectionBook.Elected::name)
                .containsExactly("Lê Văn Cường");
    }

    @Test
    void vacanciesAreDecidedByTheCongressAnotherRoundThenStop() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 11, 1, 10);
        long round1 = committee(caseId);
        CountResult first = release(round1, ballots(5, "c01,c02,c03", 3, "c01,c02,c04", 2, "c01"));
        assertThat(first)
                .isInstanceOfSatisfying(
                        CountResult.Counted.class,
                        c -> assertThat(c.vacancies()).isEqualTo(1));
        assertThatThrownBy(() -> decisions.anotherRound(round1, List.of(), " ")).isInstanceOf(DomainException.class);
        long round2 = decisions.anotherRound(
                round1,
                List.of(new NewElection.ListedName(null, "Hoàng Văn Em", null)),
                "Đại hội biểu quyết bầu tiếp 1 ủy viên, bổ sung 1 người do đại hội giới thiệu");
        RoundSheet sheet = rounds.sheet(round2);
        assertThat(sheet.runoff()).isFalse();
        assertThat(sheet.seats()).isEqualTo(1);
        assertThat(sheet.names())
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em");

        CountResult second = release(round2, ballots(4, "c01", 3, "c02", 3, "c03"));
        assertThat(second)
                .isInstanceOfSatisfying(
                        CountResult.Counted.class,
                        c -> assertThat(c.vacancies()).isEqualTo(1));
        decisions.stop(round2, "Đại hội biểu quyết dừng bầu, để trống 1 chỗ");
        ElectionBook.ElectionView view = book.ofCase(caseId).getFirst();
        assertThat(view.state()).isEqualTo("CLOSED");
        assertThat(view.rounds()).extracting(ElectionBook.RoundView::decision).containsExactly("ANOTHER_ROUND", "STOP");
        assertThatThrownBy(() -> decisions.stop(round2, "lại")).isInstanceOf(DomainException.class);
    }

    @Test
    void alternatesComeAfterTheDelegates() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 5, 0, 5);
        NewElection alternates = new NewElection(
                "Bầu đại biểu dự khuyết",
                Body.ALTERNATE_DELEGATE,
                1,
                BallotForm.STRIKE_OUT,
                CongressDay.names("Lê Văn Cường", "Phạm Thị Dung"));
        assertThatThrownBy(() -> elections.open(caseId, alternates))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("elections.error.delegatesFirst"));
        long delegates = elections.open(
                caseId,
                new NewElection(
                        "Bầu đại biểu chính thức",
                        Body.DELEGATE,
                        1,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Nguyễn Thị An", "Trần Văn Bình")));
        release(delegates, ballots(4, "c01", 1, "c02"));
        assertThat(elections.open(caseId, alternates)).isPositive();
    }

    @Test
    void theFirstMeetingVotesOnTheCommitteesOwnBaseInOrder() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 11, 1, 10);
        NewElection secretary = new NewElection(
                "Bầu Bí thư", Body.SECRETARY, 1, BallotForm.AGREE_DISAGREE, CongressDay.names("Nguyễn Thị An"));
        assertThatThrownBy(() -> elections.openFirstMeeting(caseId, secretary))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("elections.error.committeeFirst"));
        release(committee(caseId), ballots(7, "c01,c02,c03", 3, "c01,c02,c04"));

        long round = elections.openFirstMeeting(caseId, secretary);
        rounds.recordCounts(round, 3, 3);
        CountResult result = rounds.release(
                round,
                new EnteredCount.Totals(new ElectionRecord.Tally(3, Map.of(), Map.of("c01", 2), Map.of("c01", 1))));
        assertThat(result).isInstanceOfSatisfying(CountResult.Counted.class, c -> {
            assertThat(c.base()).isEqualTo(3);
            assertThat(c.elected()).containsExactly("c01");
        });
        assertThat(book.ofCase(caseId))
                .filteredOn(e -> e.meeting().equals("FIRST_MEETING"))
                .singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo("CLOSED"));
        NewElection standing = new NewElection(
                "Bầu Ban Thường vụ",
                Body.STANDING_COMMITTEE,
                1,
                BallotForm.STRIKE_OUT,
                CongressDay.names("Nguyễn Thị An", "Trần Văn Bình"));
        assertThatThrownBy(() -> elections.openFirstMeeting(caseId, standing))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("elections.error.firstMeetingOrder"));
        assertThatThrownBy(() -> elections.openFirstMeeting(
                        caseId,
                        new NewElection("Bầu", Body.DELEGATE, 1, BallotForm.STRIKE_OUT, CongressDay.names("A B"))))
                .isInstanceOf(DomainException.class);
    }
}

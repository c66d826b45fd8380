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
import vn.daihoi.counting.Exclusion;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.roll.Roll;
import vn.daihoi.roll.VotingBase;
import vn.daihoi.security.Fixtures;

/**
 * The congress day's spine on the real database: the roll gives D and the quorum, an election opens with its
 * list in ballot order, the counts are entered and the round is released through the counting engine; a
 * count that does not add up is refused and changes nothing.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionReleaseTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    Roll roll;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Fixtures.Province province;

    @BeforeAll
    void tree() {
        province = new Fixtures(context).province("bc");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Ten members summoned, one on temporary transfer, eight checked in: D = 9, quorum needs 6. */
    private long caseWithRoll() {
        return CongressDay.caseWithRoll(jdbc, province.cellId(), 10, 1, 8);
    }

    @Test
    void theRollGivesTheBaseAndTheQuorum() {
        VotingBase base = roll.base(caseWithRoll());
        assertThat(base.summoned()).isEqualTo(10);
        assertThat(base.excluded()).isEqualTo(Map.of(Exclusion.TEMPORARY_TRANSFER, 1));
        assertThat(base.d()).isEqualTo(9);
        assertThat(base.present()).isEqualTo(8);
        assertThat(base.quorumNeeds()).isEqualTo(6);
        assertThat(base.quorum()).isTrue();
    }

    @Test
    void aRoundIsReleasedThroughTheEngineWithTheListInBallotOrder() {
        long caseId = caseWithRoll();
        long roundId = elections.open(
                caseId,
                new NewElection(
                        "Bầu Chi ủy khóa mới",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        List.of(
                                new NewElection.ListedName(null, "Trần Văn Bình", null),
                                new NewElection.ListedName(null, "Nguyễn Thị An", null),
                                new NewElection.ListedName(null, "Lê Văn Cường", null),
                                new NewElection.ListedName(null, "Phạm Thị Dung", null))));
        RoundSheet sheet = rounds.sheet(roundId);
        assertThat(sheet.names())
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Nguyễn Thị An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Thị Dung");

        rounds.recordCounts(roundId, 8, 8);
        List<ElectionRecord.Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ballots.add(new ElectionRecord.Ballot.Kept(List.of("c01", "c02", i < 5 ? "c03" : "c04")));
        }
        ballots.add(new ElectionRecord.Ballot.Invalid(vn.daihoi.counting.InvalidReason.OVERVOTE));
        CountResult result = rounds.release(roundId, new EnteredCount.Keyed(ballots, 3, "abc"));

        assertThat(result).isInstanceOfSatisfying(CountResult.Counted.class, c -> {
            assertThat(c.base()).isEqualTo(9);
            // c03 has 5 of D = 9: 2 × 5 > 9, elected; c04 has 2
            assertThat(c.elected()).containsExactly("c01", "c02", "c03");
        });
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.RELEASED);
        assertThatThrownBy(() -> rounds.release(roundId, new EnteredCount.Keyed(ballots, 3, "abc")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aCountThatDoesNotAddUpIsRefusedAndChangesNothing() {
        long caseId = caseWithRoll();
        long roundId = elections.open(
                caseId,
                new NewElection(
                        "Bầu Bí thư chi bộ",
                        Body.SECRETARY,
                        1,
                        BallotForm.AGREE_DISAGREE,
                        List.of(new NewElection.ListedName(null, "Nguyễn Thị An", null))));
        assertThatThrownBy(() -> rounds.recordCounts(roundId, 8, 9)).isInstanceOf(DomainException.class);
        rounds.recordCounts(roundId, 8, 8);
        ElectionRecord.Tally tally = new ElectionRecord.Tally(7, Map.of(), Map.of("c01", 9), Map.of());
        assertThatThrownBy(() -> rounds.release(roundId, new EnteredCount.Totals(tally)))
                .isInstanceOf(DomainException.class);
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.COUNTING);
    }
}

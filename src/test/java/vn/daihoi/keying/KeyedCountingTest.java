package vn.daihoi.keying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.elections.RoundState;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/**
 * Keyed counting on the real database: ballots stored once under their client ids, positions dense per team,
 * undo and corrections, input refused whole, the teams compared position by position and the round released
 * only when they agree, the entry log chained and append-only, and the quick totals.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyedCountingTest {

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
    QuickCount quick;

    @Autowired
    EntryLog log;

    @Autowired
    EntryLogPdf pdf;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UserDetailsService users;

    @Autowired
    KeyingTeams members;

    Fixtures fixtures;

    Fixtures.Province province;

    /** The accounts on the teams of each round. */
    TeamStaff staff;

    @BeforeAll
    void tree() {
        fixtures = new Fixtures(context);
        province = fixtures.province("ky");
        staff = new TeamStaff(fixtures, members, users, province.cellId());
    }

    /** One account per team (the cell's secretary role: keys, and may release when the counts agree). */
    private void staff(long roundId, int teams) {
        staff.staff(roundId, teams);
    }

    /** Signs in as the account on {@code team} of the round. */
    private void as(long roundId, int team) {
        staff.as(roundId, team);
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A 3-seat strike-out round on 5 names with D = 6 and 6 ballots collected. */
    private long round(int teams) {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 6, 6);
        entry.setTeams(roundId, teams);
        staff(roundId, teams);
        return roundId;
    }

    private BallotEntry.Ack key(long roundId, int team, String input) {
        as(roundId, team);
        BallotEntry.Ack ack = entry.key(roundId, team, UUID.randomUUID(), input, false);
        reconciliation.afterEntry(roundId);
        return ack;
    }

    @Test
    void aRetriedBallotIsStoredOnceAndPositionsAreDensePerTeam() {
        long roundId = round(2);
        UUID id = UUID.randomUUID();
        as(roundId, 1);
        BallotEntry.Ack first = entry.key(roundId, 1, id, "4", false);
        BallotEntry.Ack again = entry.key(roundId, 1, id, "4", false);
        assertThat(again.position()).isEqualTo(first.position()).isEqualTo(1);
        assertThat(again.content()).isEqualTo("1 2 3");
        assertThat(key(roundId, 1, "3 4").position()).isEqualTo(2);
        assertThat(key(roundId, 2, "1").position()).isEqualTo(1);
        assertThat(entry.ballots(roundId, 1))
                .extracting(BallotEntry.Stored::position)
                .containsExactly(1, 2);
        // the same id sent for another team is not a retry
        as(roundId, 2);
        assertThatThrownBy(() -> entry.key(roundId, 2, id, "4", false)).isInstanceOf(DomainException.class);
    }

    @Test
    void badInputIsRefusedWholeAndNothingIsStored() {
        long roundId = round(1);
        as(roundId, 1);
        for (String bad : List.of("5", "2 2", "abc", "", "/9", "0 2")) {
            assertThatThrownBy(() -> entry.key(roundId, 1, UUID.randomUUID(), bad, false))
                    .as(bad)
                    .isInstanceOf(DomainException.class);
        }
        assertThatThrownBy(() -> entry.key(roundId, 4, UUID.randomUUID(), "1", false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("keying.error.team"));
        assertThat(entry.ballots(roundId, 1)).isEmpty();
        assertThat(log.entries(roundId))
                .extracting(EntryLog.Entry::action)
                .containsExactly(EntryLog.Action.COUNTS_SET, EntryLog.Action.TEAMS_SET, EntryLog.Action.TEAM_ASSIGNED);
    }

    @Test
    void undoTakesBackTheLastBallotOnlyAndARetriedUndoChangesNothing() {
        long roundId = round(1);
        BallotEntry.Ack a = key(roundId, 1, "1");
        BallotEntry.Ack b = key(roundId, 1, "2");
        as(roundId, 1);
        assertThatThrownBy(() -> entry.undo(roundId, 1, a.clientId())).isInstanceOf(DomainException.class);
        entry.undo(roundId, 1, b.clientId());
        entry.undo(roundId, 1, b.clientId());
        assertThat(key(roundId, 1, "3").position()).isEqualTo(2);
        assertThat(entry.ballots(roundId, 1))
                .extracting(s -> s.ballot().content())
                .containsExactly("2 3 4", "1 2 4");
        assertThat(log.entries(roundId))
                .filteredOn(e -> e.action() == EntryLog.Action.UNDO)
                .hasSize(1);
    }

    @Test
    void threeAgreeingTeamsReleaseTheRoundThroughTheEngine() throws IOException {
        long roundId = round(3);
        // kept sets: 4 names, 3 seats; one ballot keeps all 4 (struck nothing): the engine calls it an over-vote
        List<String> pile = List.of("4", "4", "3", "0", "/7", "2");
        for (int team = 1; team <= 3; team++) {
            for (String ballot : pile) {
                key(roundId, team, ballot);
            }
        }
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.RELEASED);
        String result = jdbc.sql("select result_json::text from election_round where id = ?")
                .param(roundId)
                .query(String.class)
                .single();
        assertThat(result)
                .contains("\"OVERVOTE\": 1")
                .contains("\"UNREADABLE\": 1")
                .contains("\"valid\": 4");
        List<EntryLog.Entry> entries = log.entries(roundId);
        assertThat(entries.getLast().action()).isEqualTo(EntryLog.Action.RELEASE);
        assertThat(entries)
                .filteredOn(e -> e.action() == EntryLog.Action.COUNTS_COMPARED)
                .hasSize(1);
        assertThat(log.verify(roundId).intact()).isTrue();
        assertThatThrownBy(() -> key(roundId, 1, "1")).isInstanceOf(DomainException.class);

        try (PDDocument doc = Loader.loadPDF(pdf.render(roundId))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("NHẬT KÝ NHẬP PHIẾU BẦU")
                    .contains("toàn vẹn")
                    .contains("Công bố kết quả")
                    .contains("Đối chiếu các tổ")
                    // who keyed each team, by name and account
                    .contains("Tổ 1 do Người thử " + staff.of(roundId, 1))
                    .contains("Tổ 3 do Người thử " + staff.of(roundId, 3));
        }
    }

    @Test
    void aMistypedBallotShowsInTheReconciliationAndItsCorrectionReleases() {
        long roundId = round(3);
        List<String> pile = List.of("4", "4", "3", "1", "2", "3");
        for (int team = 1; team <= 3; team++) {
            for (int i = 0; i < pile.size(); i++) {
                key(roundId, team, team == 2 && i == 4 ? "3" : pile.get(i));
            }
        }
        Reconciliation.Comparison c = reconciliation.compare(roundId);
        assertThat(c.complete()).isTrue();
        assertThat(c.agreed()).isFalse();
        assertThat(c.differences()).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(5);
            assertThat(d.byTeam().get(2)).contains("gạch 3. ");
        });
        assertThatThrownBy(() -> reconciliation.release(roundId))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("keying.error.differ"));
        as(roundId, 2);
        entry.correct(roundId, 2, 5, UUID.randomUUID(), "2", false);
        assertThat(reconciliation.afterEntry(roundId).released()).isTrue();
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.RELEASED);
        assertThat(log.entries(roundId))
                .extracting(EntryLog.Entry::action)
                .contains(EntryLog.Action.CORRECTION)
                .endsWith(EntryLog.Action.COUNTS_COMPARED, EntryLog.Action.RELEASE);
        assertThat(log.verify(roundId).intact()).isTrue();
    }

    @Test
    void theEntryLogIsAppendOnlyAndATamperedEntryBreaksTheChain() {
        long roundId = round(1);
        key(roundId, 1, "1");
        key(roundId, 1, "2");
        assertThatThrownBy(() -> jdbc.sql("update keying_log set content = 'x' where round_id = ?")
                        .param(roundId)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from keying_log where round_id = ?")
                        .param(roundId)
                        .update())
                .hasMessageContaining("append-only");
        // a tamperer with the power to drop the trigger is still caught by the chain (rolled back here)
        tx.executeWithoutResult(status -> {
            jdbc.sql("alter table keying_log disable trigger keying_log_no_change")
                    .update();
            jdbc.sql("update keying_log set content = '#2 KEPT 1 2 3 4' where round_id = ? and seq = 3")
                    .param(roundId)
                    .update();
            EntryLog.Verification v = log.verify(roundId);
            assertThat(v.intact()).isFalse();
            assertThat(v.brokenAt()).isEqualTo(3);
            status.setRollbackOnly();
        });
        assertThat(log.verify(roundId).intact()).isTrue();
    }

    @Test
    void quickModeReleasesHandTotalsAndTheEnginesRefusalChangesNothing() {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = elections.open(
                caseId,
                new NewElection(
                        "Bầu Bí thư chi bộ",
                        Body.SECRETARY,
                        1,
                        BallotForm.AGREE_DISAGREE,
                        List.of(new NewElection.ListedName(null, "Trần Thị Hoa", null))));
        rounds.recordCounts(roundId, 6, 6);
        Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
        invalid.put(InvalidReason.NO_CLEAR_CHOICE, 1);
        assertThatThrownBy(
                        () -> quick.release(roundId, new QuickCount.HandTotals(5, invalid, Map.of(1, 7), Map.of(1, 0))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("elections.error.refused"));
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.COUNTING);
        // only the counts are logged (issue 13: every change of the counts is in the entry log)
        assertThat(log.entries(roundId)).extracting(EntryLog.Entry::action).containsExactly(EntryLog.Action.COUNTS_SET);
        assertThatThrownBy(() -> quick.release(roundId, new QuickCount.HandTotals(5, invalid, new HashMap<>(), null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("keying.totals.missing"));

        CountResult result = quick.release(roundId, new QuickCount.HandTotals(5, invalid, Map.of(1, 4), Map.of(1, 1)));
        assertThat(result)
                .isInstanceOfSatisfying(
                        CountResult.Counted.class, c -> assertThat(c.elected()).containsExactly("c01"));
        assertThat(log.entries(roundId))
                .extracting(EntryLog.Entry::action)
                .containsExactly(EntryLog.Action.COUNTS_SET, EntryLog.Action.TOTALS_ENTERED, EntryLog.Action.RELEASE);
        assertThat(log.verify(roundId).intact()).isTrue();
    }

    @Test
    void anAgreeDisagreeBallotIsKeyedByTheDisagreeNumbers() {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 4);
        long roundId = elections.open(
                caseId,
                new NewElection(
                        "Bầu Phó Bí thư",
                        Body.DEPUTY_SECRETARY,
                        2,
                        BallotForm.AGREE_DISAGREE,
                        List.of(
                                new NewElection.ListedName(null, "Trần Thị Hoa", null),
                                new NewElection.ListedName(null, "Lê Văn Nam", null))));
        rounds.recordCounts(roundId, 4, 4);
        entry.setTeams(roundId, 1);
        staff(roundId, 1);
        assertThat(key(roundId, 1, "0").content()).isEmpty();
        assertThat(key(roundId, 1, "2").content()).isEqualTo("D2");
        assertThat(key(roundId, 1, "x1 o2").content()).isEqualTo("B1 N2");
        assertThat(key(roundId, 1, "/1").content()).isEqualTo("NOT_ISSUED");
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.RELEASED);
        String result = jdbc.sql("select result_json::text from election_round where id = ?")
                .param(roundId)
                .query(String.class)
                .single();
        // Hoa (c01): agree on ballots 1 and 2; Nam (c02): agree on ballot 1, disagree on ballot 2
        assertThat(result).contains("\"valid\": 3").contains("\"NOT_ISSUED\": 1");
    }
}

package vn.daihoi.keying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/**
 * Issue 13: the counts of ballots issued and collected cannot go below the ballots already keyed and every change
 * is in the entry log; elections are opened and their ballots keyed only while the congress sits, and a release on
 * an empty roll says so in Vietnamese instead of naming the engine's fields.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountsAndSessionTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    BallotEntry entry;

    @Autowired
    KeyingTeams members;

    @Autowired
    QuickCount quick;

    @Autowired
    EntryLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MessageSource messages;

    @Autowired
    TransactionTemplate tx;

    Fixtures fixtures;
    Fixtures.Province province;

    @BeforeAll
    void tree() {
        fixtures = new Fixtures(context);
        province = fixtures.province("kcs");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String text(DomainException e) {
        return messages.getMessage(e, Locale.forLanguageTag("vi"));
    }

    private String clerkOn(long roundId, int team) {
        String clerk = fixtures.username(fixtures.userWithRole(Role.COUNTING_CLERK, province.cellId()));
        members.assign(roundId, team, clerk);
        return clerk;
    }

    @Test
    void collectedCannotGoBelowTheKeyedBallotsAndEveryChangeIsLogged() {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 60);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 60, 40);
        entry.setTeams(roundId, 2);
        String clerk = clerkOn(roundId, 2);
        ResultsFixtures.signIn(users, clerk);
        for (int i = 0; i < 36; i++) {
            entry.key(roundId, 2, UUID.randomUUID(), String.valueOf(i % 4 + 1), false);
        }
        ResultsFixtures.signIn(users, "admin");
        assertThatThrownBy(() -> rounds.recordCounts(roundId, 60, 35))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(text(e)).contains("tổ 2 đã nhập 36 phiếu").contains("35");
                });
        assertThat(rounds.sheet(roundId).collected()).isEqualTo(40);
        // down to the keyed ballots, and up again: both allowed, both in the entry log and the audit log
        rounds.recordCounts(roundId, 60, 36);
        rounds.recordCounts(roundId, 61, 41);
        assertThat(log.entries(roundId))
                .filteredOn(e -> e.action() == EntryLog.Action.COUNTS_SET)
                .extracting(EntryLog.Entry::content)
                .containsExactly("phát 60, thu 40", "phát 60, thu 36", "phát 61, thu 41");
        assertThat(log.verify(roundId).intact()).isTrue();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'ROUND_COUNTS' and entity_id = ?""")
                        .param(String.valueOf(roundId))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aBallotWaitingWhileTheCountsAreLoweredIsHeldToTheNewCount() throws Exception {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 6, 6);
        entry.setTeams(roundId, 1);
        String clerk = clerkOn(roundId, 1);
        ResultsFixtures.signIn(users, clerk);
        for (int i = 0; i < 3; i++) {
            entry.key(roundId, 1, UUID.randomUUID(), "4", false);
        }
        // the committee lowers collected to 3 and holds its transaction open while the clerk sends a 4th ballot
        CountDownLatch lowered = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // two threads of their own: the common pool may have a single thread on a small machine
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> committee = CompletableFuture.runAsync(
                () -> {
                    ResultsFixtures.signIn(users, "admin");
                    try {
                        tx.executeWithoutResult(status -> {
                            rounds.recordCounts(roundId, 6, 3);
                            lowered.countDown();
                            try {
                                commit.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                },
                threads);
        assertThat(lowered.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Throwable> fourth = CompletableFuture.supplyAsync(
                () -> {
                    ResultsFixtures.signIn(users, clerk);
                    try {
                        entry.key(roundId, 1, UUID.randomUUID(), "4", false);
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                },
                threads);
        // the clerk's request has read the sheet (collected 6) and waits for the round's entry lock
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like '%keying_round%'""").query(Long.class).single() == 0) {
            assertThat(System.nanoTime())
                    .as("the 4th ballot waits for the lock")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        commit.countDown();
        committee.get(30, TimeUnit.SECONDS);
        assertThat(fourth.get(30, TimeUnit.SECONDS))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("keying.error.full"));
        assertThat(entry.ballots(roundId, 1)).hasSize(3);
        threads.shutdown();
    }

    @Test
    void noElectionIsOpenedOrKeyedOutsideTheCongressSession() {
        long convened = ResultsFixtures.caseIn(jdbc, province.cellId(), "CONVENED", LocalDate.of(2026, 11, 20));
        NewElection committee = new NewElection(
                "Bầu Chi ủy " + UUID.randomUUID().toString().substring(0, 6),
                Body.EXECUTIVE_COMMITTEE,
                3,
                BallotForm.STRIKE_OUT,
                KeyingFixtures.names(4));
        for (Runnable open : List.<Runnable>of(
                () -> elections.open(convened, committee),
                () -> elections.openList(convened, committee),
                () -> elections.openFirstMeeting(convened, committee))) {
            assertThatThrownBy(open::run).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(text(e)).contains("đang ở bước \"Đã triệu tập");
            });
        }
        assertThat(jdbc.sql("select count(*) from election where case_id = ?")
                        .param(convened)
                        .query(Long.class)
                        .single())
                .isZero();

        // opened in session, then the congress closes: its ballots are no longer keyed
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 6, 6);
        entry.setTeams(roundId, 1);
        String clerk = clerkOn(roundId, 1);
        jdbc.sql("update congress_case set state = 'CLOSED' where id = ?")
                .param(caseId)
                .update();
        ResultsFixtures.signIn(users, clerk);
        assertThatThrownBy(() -> entry.key(roundId, 1, UUID.randomUUID(), "4", false))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(text(e)).contains("Nhập phiếu bầu").contains("đang ở bước"));
        assertThat(entry.ballots(roundId, 1)).isEmpty();
        // nor are hand totals entered
        ResultsFixtures.signIn(users, "admin");
        assertThatThrownBy(() -> quick.release(roundId, new QuickCount.HandTotals(6, Map.of(), Map.of(), Map.of())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("elections.error.wrongStep"));
    }

    @Test
    void aReleaseWithNobodyCheckedInSaysSoInVietnamese() {
        // in session, a roll of 5 summoned, none checked in
        long caseId = ResultsFixtures.caseIn(jdbc, province.cellId(), "IN_SESSION", LocalDate.of(2026, 11, 20));
        for (int i = 1; i <= 5; i++) {
            jdbc.sql("""
                            insert into roll_entry (case_id, number, full_name, kind, badge_token, created_at)
                            values (?, ?, ?, 'MEMBER', ?, now())""")
                    .params(caseId, i, "Đảng viên " + i, UUID.randomUUID().toString())
                    .update();
        }
        long roundId = elections.open(
                caseId,
                new NewElection(
                        "Bầu Bí thư chi bộ",
                        Body.SECRETARY,
                        1,
                        BallotForm.AGREE_DISAGREE,
                        List.of(new NewElection.ListedName(null, "Trần Thị Hoa", null))));
        rounds.recordCounts(roundId, 5, 5);
        assertThatThrownBy(() ->
                        quick.release(roundId, new QuickCount.HandTotals(5, Map.of(), Map.of(1, 4), Map.of(1, 1))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("elections.error.noneCheckedIn");
                    assertThat(text(e))
                            .contains("chưa có đại biểu nào điểm danh")
                            .doesNotContain("base.");
                });
    }
}

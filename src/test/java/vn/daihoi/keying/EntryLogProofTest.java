package vn.daihoi.keying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.counting.CountResult;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.elections.RoundState;
import vn.daihoi.elections.paper.ElectionPapers;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/**
 * The entry log proves the ballots (issue 13): the chain carries each ballot's content, verification replays it
 * into the teams' piles and names every row of {@code keyed_ballot} that differs, the release counts only what the
 * log proves, a chain recomputed without the server secret fails, and a deleted tail shows against the MAC'd head,
 * the head anchored at release and the head printed on the counting minutes. Tampering runs in transactions that
 * are rolled back, with the append-only trigger disabled as a database superuser would.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryLogProofTest {

    private static final List<String> PILE = List.of("4", "4", "3", "1", "2", "3");

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    ElectionPapers papers;

    @Autowired
    BallotEntry entry;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    EntryLog log;

    @Autowired
    EntryLogPdf logPdf;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UserDetailsService users;

    @Autowired
    List<JavaMigration> migrations;

    @Autowired
    DataSource dataSource;

    @Autowired
    KeyingTeams members;

    Fixtures fixtures;

    Fixtures.Province province;

    TeamStaff staff;

    @BeforeAll
    void tree() {
        fixtures = new Fixtures(context);
        province = fixtures.province("kc");
        staff = new TeamStaff(fixtures, members, users, province.cellId());
    }

    /** Sets the number of teams and puts one new account on each. */
    private void teams(long roundId, int teams) {
        entry.setTeams(roundId, teams);
        staff.staff(roundId, teams);
    }

    /** Keys one ballot as the account on {@code team}, then signs the admin back in. */
    private void key(long roundId, int team, String ballot) {
        staff.as(roundId, team);
        try {
            entry.key(roundId, team, UUID.randomUUID(), ballot, false);
        } finally {
            ResultsFixtures.signIn(users, "admin");
        }
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A 3-seat strike-out round on 4 names, 6 ballots collected, every team keyed (not yet released). */
    private long keyedRound(int teams) {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 6, 6);
        teams(roundId, teams);
        for (int team = 1; team <= teams; team++) {
            for (String ballot : PILE) {
                key(roundId, team, ballot);
            }
        }
        return roundId;
    }

    private record HeadRow(int logSeq, String logHead, String logMac) {}

    private HeadRow headRow(long roundId) {
        return jdbc.sql("select log_seq, log_head, log_mac from keying_round where round_id = ?")
                .param(roundId)
                .query(HeadRow.class)
                .single();
    }

    private void restore(long roundId, HeadRow h) {
        jdbc.sql("update keying_round set log_seq = ?, log_head = ?, log_mac = ? where round_id = ?")
                .params(h.logSeq(), h.logHead(), h.logMac(), roundId)
                .update();
    }

    private void disableTrigger() {
        jdbc.sql("alter table keying_log disable trigger keying_log_no_change").update();
    }

    @Test
    void anEditedBallotRowIsNamedAndTheReleaseIsRefusedUntilTheTableIsWhatTheLogProves() throws Exception {
        long roundId = keyedRound(2);
        assertThat(log.verify(roundId).intact()).isTrue();
        // both teams' third ballot edited alike, so the teams still agree on the table
        jdbc.sql(
                        "update keyed_ballot set content = '1 2 3' where round_id = ? and pile_position = 3 and not superseded")
                .param(roundId)
                .update();
        assertThat(reconciliation.compare(roundId).agreed()).isTrue();

        EntryLog.Verification v = log.verify(roundId);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAt()).isNull();
        assertThat(v.ballots())
                .extracting(
                        EntryLog.BallotFinding::team,
                        EntryLog.BallotFinding::position,
                        EntryLog.BallotFinding::problem,
                        EntryLog.BallotFinding::logged,
                        EntryLog.BallotFinding::stored)
                .containsExactly(
                        tuple(1, 3, EntryLog.BallotProblem.CHANGED, "KEPT 1 2 4", "KEPT 1 2 3"),
                        tuple(2, 3, EntryLog.BallotProblem.CHANGED, "KEPT 1 2 4", "KEPT 1 2 3"));
        assertThat(pdfText(logPdf.render(roundId)))
                .contains("BẢNG PHIẾU KHÁC NHẬT KÝ ở 2 vị trí")
                .contains("Tổ 1, vị trí 3: nhật ký ghi KEPT 1 2 4; cơ sở dữ liệu lưu KEPT 1 2 3.");
        assertThatThrownBy(() -> reconciliation.release(roundId)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("keying.error.tableDiffers");
            assertThat(e.arguments()).containsExactly(1, 3, 2);
        });
        assertThat(rounds.sheet(roundId).state()).isNotEqualTo(RoundState.RELEASED);

        // put back as the log proves it: the release counts the proven ballots
        jdbc.sql(
                        "update keyed_ballot set content = '1 2 4' where round_id = ? and pile_position = 3 and not superseded")
                .param(roundId)
                .update();
        CountResult result = reconciliation.release(roundId);
        assertThat(result)
                .isInstanceOfSatisfying(
                        CountResult.Counted.class, c -> assertThat(c.valid()).isEqualTo(6));
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.RELEASED);
    }

    @Test
    void insertedDeletedAndRevivedRowsAreEachNamed() {
        long roundId = keyedRound(2);
        // team 1 undoes its last ballot and keys it again: the undone row stays, superseded
        UUID last = jdbc.sql("""
                        select client_id from keyed_ballot
                        where round_id = ? and team = 1 and pile_position = 6 and not superseded""").param(roundId).query(UUID.class).single();
        staff.as(roundId, 1);
        entry.undo(roundId, 1, last);
        ResultsFixtures.signIn(users, "admin");
        key(roundId, 1, "1");
        assertThat(log.verify(roundId).intact()).isTrue();

        // the undone ballot brought back in place of the re-keyed one
        jdbc.sql("""
                        update keyed_ballot set superseded = true
                        where round_id = ? and team = 1 and pile_position = 6 and not superseded""").param(roundId).update();
        jdbc.sql("update keyed_ballot set superseded = false where client_id = ?")
                .param(last)
                .update();
        // team 2's second ballot deleted, and a ballot slipped in at position 7
        jdbc.sql("delete from keyed_ballot where round_id = ? and team = 2 and pile_position = 2")
                .param(roundId)
                .update();
        jdbc.sql("""
                        insert into keyed_ballot (round_id, team, pile_position, client_id, kind, content)
                        values (?, 2, 7, ?, 'KEPT', '1 2 3')""").params(roundId, UUID.randomUUID()).update();

        EntryLog.Verification v = log.verify(roundId);
        assertThat(v.intact()).isFalse();
        assertThat(v.ballots())
                .extracting(
                        EntryLog.BallotFinding::team, EntryLog.BallotFinding::position, EntryLog.BallotFinding::problem)
                .containsExactly(
                        tuple(1, 6, EntryLog.BallotProblem.CHANGED),
                        tuple(2, 2, EntryLog.BallotProblem.MISSING_FROM_TABLE),
                        tuple(2, 7, EntryLog.BallotProblem.NOT_IN_LOG));
    }

    @Test
    void aChainRecomputedWithPlainSha256WithoutTheSecretFailsVerification() {
        long roundId = keyedRound(1);
        assertThat(log.verify(roundId).intact()).isTrue();
        tx.executeWithoutResult(status -> {
            disableTrigger();
            // the attacker rewrites ballot 1 in the table and in the log, recomputing every hash after it as the
            // old rule did; without the secret the MACs are left out (or guessed)
            List<EntryLog.Entry> entries = log.entries(roundId);
            jdbc.sql("delete from keying_log where round_id = ?").param(roundId).update();
            String prev = EntryLog.GENESIS;
            for (EntryLog.Entry e : entries) {
                String content = e.seq() == 2 ? "#1 KEPT 2 3 4" : e.content();
                String hash = EntryLog.hash(prev, e.seq(), e.team(), e.action(), content, e.username(), e.at());
                jdbc.sql("""
                                insert into keying_log (round_id, seq, team, action, content, username, at,
                                                        prev_hash, hash, mac)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, null)""")
                        .params(
                                roundId,
                                e.seq(),
                                e.team(),
                                e.action().name(),
                                content,
                                e.username(),
                                Timestamp.from(e.at()),
                                prev,
                                hash)
                        .update();
                prev = hash;
            }
            jdbc.sql("update keyed_ballot set content = '2 3 4' where round_id = ? and pile_position = 1")
                    .param(roundId)
                    .update();
            jdbc.sql("update keying_round set log_head = ?, log_mac = null where round_id = ?")
                    .params(prev, roundId)
                    .update();

            EntryLog.Verification v = log.verify(roundId);
            assertThat(v.intact()).isFalse();
            assertThat(v.brokenAt()).isEqualTo(1);
            assertThat(v.problem()).isEqualTo(EntryLog.Problem.MAC);
            assertThatThrownBy(() -> reconciliation.release(roundId))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("keying.error.logBroken"));
            status.setRollbackOnly();
        });
        assertThat(log.verify(roundId).intact()).isTrue();
    }

    @Test
    void aDeletedTailFallsShortOfTheMacdHead() {
        long roundId = keyedRound(1);
        int entries = log.entries(roundId).size();
        tx.executeWithoutResult(status -> {
            disableTrigger();
            jdbc.sql("delete from keying_log where round_id = ? and seq > ?")
                    .params(roundId, entries - 2)
                    .update();
            EntryLog.Verification v = log.verify(roundId);
            assertThat(v.intact()).isFalse();
            assertThat(v.missingTail()).isEqualTo(2);
            // lowering the head without the secret is seen too
            jdbc.sql("update keying_round set log_seq = ?, log_head = ? where round_id = ?")
                    .params(entries - 2, log.entries(roundId).getLast().hash(), roundId)
                    .update();
            assertThat(log.verify(roundId).problem()).isEqualTo(EntryLog.Problem.HEAD);
            status.setRollbackOnly();
        });
        assertThat(log.verify(roundId).intact()).isTrue();
    }

    @Test
    void anOldHeadPutBackIsCaughtByThePrintedHead() {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 6, 6);
        teams(roundId, 1);
        key(roundId, 1, "1");
        HeadRow earlier = headRow(roundId);
        key(roundId, 1, "2");
        key(roundId, 1, "3");
        HeadRow printed = headRow(roundId);
        tx.executeWithoutResult(status -> {
            disableTrigger();
            jdbc.sql("delete from keying_log where round_id = ? and seq > ?")
                    .params(roundId, earlier.logSeq())
                    .update();
            jdbc.sql("delete from keyed_ballot where round_id = ? and pile_position > 1")
                    .param(roundId)
                    .update();
            // a head copied earlier carries a valid MAC: the table alone cannot tell
            restore(roundId, earlier);
            EntryLog.Verification v = log.verify(
                    roundId,
                    new EntryLog.ExpectedHead(
                            printed.logSeq(), printed.logHead().substring(0, 16)));
            assertThat(v.intact()).isFalse();
            assertThat(v.missingTail()).isEqualTo(2);
            status.setRollbackOnly();
        });
        EntryLog.Verification now = log.verify(roundId, new EntryLog.ExpectedHead(printed.logSeq(), printed.logHead()));
        assertThat(now.intact()).isTrue();
        // a printed head that is not the log's own is reported, not taken as intact
        assertThat(log.verify(roundId, new EntryLog.ExpectedHead(printed.logSeq(), "0123456789abcdef"))
                        .problem())
                .isEqualTo(EntryLog.Problem.HEAD);
    }

    @Test
    void theReleaseAnchorsTheHeadAndTheMinutesPrintIt() throws Exception {
        long roundId = keyedRound(1);
        HeadRow before = headRow(roundId);
        reconciliation.release(roundId);
        RoundSheet sheet = rounds.sheet(roundId);
        List<EntryLog.Entry> entries = log.entries(roundId);
        assertThat(entries.getLast().action()).isEqualTo(EntryLog.Action.RELEASE);
        assertThat(before.logSeq()).isEqualTo(entries.size() - 1);

        String line = "Mã kiểm chứng nhật ký nhập phiếu: số mục " + before.logSeq() + ", đầu chuỗi " + before.logHead();
        assertThat(pdfText(papers.countingMinutesPdf(sheet.electionId(), sheet.roundNo())))
                .contains(line);
        assertThat(docxText(papers.countingMinutesDocx(sheet.electionId(), sheet.roundNo())))
                .contains(line);
        assertThat(log.verify(roundId, new EntryLog.ExpectedHead(before.logSeq(), before.logHead()))
                        .intact())
                .isTrue();

        tx.executeWithoutResult(status -> {
            disableTrigger();
            // the release entry deleted and the head (MAC'd, copied before the release) put back: the head anchored
            // in the audit log at release still shows the missing entry
            jdbc.sql("delete from keying_log where round_id = ? and seq = ?")
                    .params(roundId, entries.size())
                    .update();
            restore(roundId, before);
            EntryLog.Verification v = log.verify(roundId);
            assertThat(v.intact()).isFalse();
            assertThat(v.missingTail()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(log.verify(roundId).intact()).isTrue();
    }

    @Test
    void rowsWrittenBeforeTheKeyVerifyOnlyInsideTheSealedPrefix() {
        long roundId = keyedRound(1);
        List<EntryLog.Entry> entries = log.entries(roundId);
        JavaMigration seal = migrations.stream()
                .filter(m -> m.getVersion().getVersion().equals("2026.12.07.21"))
                .findFirst()
                .orElseThrow();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where version = '2026.12.07.21' and success")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        tx.executeWithoutResult(status -> {
            disableTrigger();
            // the round as it was before chains were keyed: no MAC on its entries nor on its head
            jdbc.sql("update keying_log set mac = null where round_id = ?")
                    .param(roundId)
                    .update();
            jdbc.sql("update keying_round set log_mac = null where round_id = ?")
                    .param(roundId)
                    .update();
            // unsealed, such a chain is what an attacker without the key would write
            assertThat(log.verify(roundId).problem()).isEqualTo(EntryLog.Problem.MAC);
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                seal.migrate(new Context() {
                    @Override
                    public Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public Connection getConnection() {
                        return connection;
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertThat(log.verify(roundId).intact()).isTrue();

            // an entry without a MAC after the sealed prefix is refused
            EntryLog.Entry last = entries.getLast();
            int seq = last.seq() + 1;
            String hash = EntryLog.hash(last.hash(), seq, 1, EntryLog.Action.UNDO, "#6 KEPT 1 2 4", "admin", last.at());
            jdbc.sql("""
                            insert into keying_log (round_id, seq, team, action, content, username, at, prev_hash, hash)
                            values (?, ?, 1, 'UNDO', '#6 KEPT 1 2 4', 'admin', ?, ?, ?)""")
                    .params(roundId, seq, Timestamp.from(last.at()), last.hash(), hash)
                    .update();
            EntryLog.Verification v = log.verify(roundId);
            assertThat(v.brokenAt()).isEqualTo(seq);
            assertThat(v.problem()).isEqualTo(EntryLog.Problem.MAC);
            status.setRollbackOnly();
        });
        assertThat(log.verify(roundId).intact()).isTrue();
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
}

package vn.daihoi.keying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.RoundState;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/**
 * Issue 13, counting that is really independent: the counting committee puts accounts on the teams, an account
 * keys for its own team only, a release is refused when the entry log shows one person keying two teams or
 * someone keying a team they are not on, and the entry log and the minutes name who keyed each team.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndependentTeamsTest {

    private static final List<String> PILE = List.of("4", "4", "3", "0", "/7", "2");

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
    KeyingTeams members;

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
    MessageSource messages;

    Fixtures fixtures;
    Fixtures.Province province;

    @BeforeAll
    void tree() {
        fixtures = new Fixtures(context);
        province = fixtures.province("kit");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A 3-seat strike-out round on 4 names, D = 6, 6 ballots collected, keyed by 3 teams. */
    private long round() {
        long caseId = KeyingFixtures.caseWithRoll(jdbc, province.cellId(), 6);
        long roundId = KeyingFixtures.strikeOutRound(elections, caseId, 3, 4);
        rounds.recordCounts(roundId, 6, 6);
        entry.setTeams(roundId, 3);
        return roundId;
    }

    private String clerk() {
        return fixtures.username(fixtures.userWithRole(Role.COUNTING_CLERK, province.cellId()));
    }

    private String text(DomainException e) {
        return messages.getMessage(e, Locale.forLanguageTag("vi"));
    }

    @Test
    void oneAccountCannotHaveBallotsAcceptedForTwoTeamsOfARound() {
        long roundId = round();
        String lan = clerk();
        members.assign(roundId, 1, lan);
        // the committee cannot put her on a second team: refused by the service, and by the database underneath
        assertThatThrownBy(() -> members.assign(roundId, 2, lan)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(text(e)).contains("đã ở tổ 1").contains("mỗi người chỉ nhập phiếu cho một tổ");
        });
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into keying_team_member (round_id, team, username, assigned_by, assigned_at)
                        values (?, 2, ?, 'admin', now())""").params(roundId, lan).update()).isInstanceOf(DuplicateKeyException.class);

        // one account keys teams 1, 2 and 3: every ballot for the second and third team is refused
        ResultsFixtures.signIn(users, lan);
        for (String ballot : PILE) {
            entry.key(roundId, 1, UUID.randomUUID(), ballot, false);
        }
        for (int team = 2; team <= 3; team++) {
            int t = team;
            for (String ballot : PILE) {
                assertThatThrownBy(() -> entry.key(roundId, t, UUID.randomUUID(), ballot, false))
                        .isInstanceOfSatisfying(DomainException.class, e -> {
                            assertThat(e.status()).isEqualTo(409);
                            assertThat(text(e)).contains("thuộc tổ 1").contains("không nhập phiếu cho tổ " + t);
                        });
            }
            assertThatThrownBy(() -> entry.join(roundId, t)).isInstanceOf(DomainException.class);
            assertThat(entry.ballots(roundId, t)).isEmpty();
        }
        // an account on no team (the administrator included) keys nothing either
        ResultsFixtures.signIn(users, "admin");
        assertThatThrownBy(() -> entry.key(roundId, 2, UUID.randomUUID(), "4", false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(text(e)).contains("chưa được Ban kiểm phiếu phân công"));
        assertThat(entry.ballots(roundId, 2)).isEmpty();
        assertThat(log.entries(roundId))
                .filteredOn(
                        e -> e.action() == EntryLog.Action.BALLOT_KEYED || e.action() == EntryLog.Action.BALLOT_INVALID)
                .allSatisfy(e -> assertThat(e.team()).isEqualTo(1));
        assertThat(log.entries(roundId))
                .filteredOn(e -> e.action() == EntryLog.Action.TEAM_ASSIGNED)
                .singleElement()
                .satisfies(e -> assertThat(e.content()).contains(lan).startsWith("tổ 1"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'KEYING_TEAM_ASSIGN' and entity_id = ?")
                        .param(String.valueOf(roundId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReleaseWithForgedKeyersIsRefusedAndThreeDifferentClerksRelease() throws IOException {
        long roundId = round();
        List<String> clerks = List.of(clerk(), clerk(), clerk());
        for (int team = 1; team <= 3; team++) {
            members.assign(roundId, team, clerks.get(team - 1));
        }
        for (int team = 1; team <= 3; team++) {
            ResultsFixtures.signIn(users, clerks.get(team - 1));
            for (String ballot : PILE) {
                entry.key(roundId, team, UUID.randomUUID(), ballot, false);
            }
            // clerks may not release: the counts are compared, the round waits for the committee
            reconciliation.afterEntry(roundId);
        }
        ResultsFixtures.signIn(users, "admin");
        assertThat(reconciliation.compare(roundId).agreed()).isTrue();

        // the log rewritten so that team 1's clerk appears to have keyed team 2 as well: refused
        tx.executeWithoutResult(status -> {
            jdbc.sql("alter table keying_log disable trigger keying_log_no_change")
                    .update();
            jdbc.sql("update keying_log set username = ? where round_id = ? and team = 2 and action = 'BALLOT_KEYED'")
                    .params(clerks.get(0), roundId)
                    .update();
            assertThatThrownBy(() -> reconciliation.release(roundId))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("keying.teams.error.sameKeyer");
                        assertThat(text(e)).contains(clerks.get(0)).contains("1, 2");
                    });
            status.setRollbackOnly();
        });
        // a team keyed by someone not on it: refused
        tx.executeWithoutResult(status -> {
            jdbc.sql("alter table keying_log disable trigger keying_log_no_change")
                    .update();
            jdbc.sql("update keying_log set username = 'admin' where round_id = ? and team = 3 and seq = ("
                            + "select max(seq) from keying_log where round_id = ? and team = 3)")
                    .params(roundId, roundId)
                    .update();
            assertThatThrownBy(() -> reconciliation.release(roundId))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("keying.teams.error.notAssignedKeyer"));
            status.setRollbackOnly();
        });
        // a team's pile with no keyer on record (ballots written around the app): refused
        tx.executeWithoutResult(status -> {
            jdbc.sql("alter table keying_log disable trigger keying_log_no_change")
                    .update();
            jdbc.sql("delete from keying_log where round_id = ? and team = 3 and action like 'BALLOT_%'")
                    .param(roundId)
                    .update();
            assertThatThrownBy(() -> reconciliation.release(roundId))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("keying.teams.error.noKeyer"));
            status.setRollbackOnly();
        });
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.COUNTING);

        // as keyed: three different assigned clerks, the release works and the papers name them
        reconciliation.release(roundId);
        assertThat(rounds.sheet(roundId).state()).isEqualTo(RoundState.RELEASED);
        String record = jdbc.sql("select record_text from election_round where id = ?")
                .param(roundId)
                .query(String.class)
                .single();
        for (int team = 1; team <= 3; team++) {
            assertThat(record).contains("Tổ " + team + " do Người thử " + clerks.get(team - 1));
        }
        try (PDDocument doc = Loader.loadPDF(pdf.render(roundId))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (int team = 1; team <= 3; team++) {
                assertThat(text).contains("Tổ " + team + " do Người thử " + clerks.get(team - 1));
            }
        }
        // after the release nobody is put on a team any more
        assertThatThrownBy(() -> members.assign(roundId, 1, clerk())).isInstanceOf(DomainException.class);
    }

    @Test
    void anAccountIsTakenOffATeamOnlyBeforeItKeysAndOnlyHoldersOfBallotEntryArePut() {
        long roundId = round();
        String lan = clerk();
        String hoa = clerk();
        members.assign(roundId, 1, lan);
        members.assign(roundId, 2, hoa);
        // a viewer may not enter ballots: not put on a team
        String viewer = fixtures.username(fixtures.userWithRole(Role.VIEWER, province.cellId()));
        assertThatThrownBy(() -> members.assign(roundId, 3, viewer))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(text(e)).contains("không có quyền nhập phiếu"));
        ResultsFixtures.signIn(users, lan);
        entry.key(roundId, 1, UUID.randomUUID(), "4", false);
        ResultsFixtures.signIn(users, "admin");
        assertThatThrownBy(() -> members.unassign(roundId, lan))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(text(e)).contains("đã nhập phiếu cho tổ 1"));
        members.unassign(roundId, hoa);
        members.assign(roundId, 3, hoa);
        // the teams cannot be cut below a staffed team
        assertThatThrownBy(() -> entry.setTeams(roundId, 2))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("keying.error.teamsBelowAssigned"));
        assertThat(members.members(roundId))
                .extracting(KeyingTeams.Member::team, KeyingTeams.Member::username)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, lan), org.assertj.core.groups.Tuple.tuple(3, hoa));
        assertThat(log.entries(roundId)).extracting(EntryLog.Entry::action).contains(EntryLog.Action.TEAM_UNASSIGNED);
    }
}

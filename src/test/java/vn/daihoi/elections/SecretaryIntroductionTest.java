package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.daihoi.elections.paper.ElectionPapers;
import vn.daihoi.elections.paper.SecretaryPapers;
import vn.daihoi.elections.secretary.SecretaryIntroductions;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/**
 * The congress elects its secretary directly (elections.md §1): the committee first, then an introduction
 * ballot on the new committee's names (a tie re-voted among the tied), then a one-name agree/disagree election
 * on the name introduced, decided against the congress's D.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretaryIntroductionTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    SecretaryIntroductions introductions;

    @Autowired
    SecretaryPapers secretaryPapers;

    @Autowired
    ElectionBook book;

    @Autowired
    ElectionPapers papers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Fixtures.Province province;

    @BeforeAll
    void tree() {
        province = new Fixtures(context).province("si");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** D = 10, 10 present; the congress elects its secretary directly. */
    private long directCase() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 11, 1, 10);
        jdbc.sql("update congress_case set direct_secretary = true where id = ?")
                .param(caseId)
                .update();
        return caseId;
    }

    /** The committee of 3 from An, Bình, Cường, Dung: An, Bình and Cường elected. */
    private void committee(long caseId) {
        long round = elections.open(
                caseId,
                new NewElection(
                        "Bầu Ban Chấp hành",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        CongressDay.names("Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Cường", "Phạm Thị Dung")));
        List<ElectionRecord.Ballot> ballots = RoundDecisionsTest.ballots(7, "c01,c02,c03", 3, "c01,c02,c04");
        rounds.recordCounts(round, 10, 10);
        rounds.release(round, new EnteredCount.Keyed(ballots, 3, "x"));
    }

    private static NewElection secretary(String name) {
        return new NewElection("Bầu Bí thư", Body.SECRETARY, 1, BallotForm.AGREE_DISAGREE, CongressDay.names(name));
    }

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        return "accepted";
    }

    @Test
    void theFullPathIntroducesOneNameAndElectsItAgainstTheCongressBase() throws Exception {
        long caseId = directCase();
        assertThat(key(() -> introductions.open(caseId))).isEqualTo("elections.error.committeeFirst");
        committee(caseId);
        assertThat(key(() -> elections.open(caseId, secretary("Nguyễn Thị An"))))
                .isEqualTo("elections.secretary.error.notIntroduced");

        introductions.open(caseId);
        assertThat(key(() -> introductions.open(caseId))).isEqualTo("elections.secretary.error.stillOpen");
        SecretaryIntroductions.Introduction first = introductions.ofCase(caseId).getFirst();
        assertThat(first.names())
                .extracting(SecretaryIntroductions.Name::fullName)
                .containsExactly("Nguyễn Thị An", "Trần Văn Bình", "Lê Văn Cường");
        String paper = ElectionPapersTest.pdfText(secretaryPapers.paperPdf(caseId, 1));
        assertThat(paper).contains("PHIẾU GIỚI THIỆU", "Nguyễn Thị An", "Trần Văn Bình", "Lê Văn Cường");
        assertThat(paper).doesNotContain("Phạm Thị Dung");

        SecretaryIntroductions.Introduction counted =
                introductions.count(caseId, new SecretaryIntroductions.Count(10, 10, 9, Map.of(1, 2, 2, 6, 3, 1)));
        assertThat(counted.state()).isEqualTo("INTRODUCED");
        assertThat(counted.introduced()).isEqualTo("Trần Văn Bình");
        assertThat(introductions.introduced(caseId)).contains("Trần Văn Bình");
        assertThat(key(() -> introductions.open(caseId))).isEqualTo("elections.secretary.error.alreadyIntroduced");
        assertThat(ElectionPapersTest.pdfText(secretaryPapers.minutesPdf(caseId, 1)))
                .contains("BIÊN BẢN KIỂM PHIẾU GIỚI THIỆU", "Trần Văn Bình", "Số phiếu phát ra: 10")
                // the congress closed on 20/11/2026 (CongressDay's case): the paper carries that day, not today's
                .contains("ngày 20/11/2026")
                .doesNotContain("ngày "
                        + vn.daihoi.platform.Dates.format(java.time.LocalDate.now(vn.daihoi.platform.Dates.ZONE)));

        long round = introductions.openElection(caseId, null);
        RoundSheet sheet = rounds.sheet(round);
        assertThat(sheet.body()).isEqualTo(Body.SECRETARY);
        assertThat(sheet.ballotForm()).isEqualTo(BallotForm.AGREE_DISAGREE);
        assertThat(sheet.names()).extracting(RoundSheet.Name::fullName).containsExactly("Trần Văn Bình");
        rounds.recordCounts(round, 10, 10);
        CountResult result = rounds.release(
                round,
                new EnteredCount.Totals(new ElectionRecord.Tally(10, Map.of(), Map.of("c01", 6), Map.of("c01", 4))));
        assertThat(result.status()).isEqualTo(Status.DECIDED);
        ElectionBook.ElectionView view = book.ofCase(caseId).stream()
                .filter(e -> e.body() == Body.SECRETARY)
                .findFirst()
                .orElseThrow();
        assertThat(view.state()).isEqualTo("CLOSED");
        assertThat(view.rounds().getFirst().elected())
                .extracting(ElectionBook.Elected::name)
                .containsExactly("Trần Văn Bình");
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'SECRETARY_INTRO_%' and details like ?")
                        .param("%" + caseId + "%")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void aTieForTheMostIntroductionsIsReVotedAmongTheTied() {
        long caseId = directCase();
        committee(caseId);
        introductions.open(caseId);
        SecretaryIntroductions.Introduction tie =
                introductions.count(caseId, new SecretaryIntroductions.Count(10, 10, 10, Map.of(1, 4, 2, 4, 3, 2)));
        assertThat(tie.state()).isEqualTo("TIE");
        assertThat(tie.introduced()).isNull();
        assertThat(key(() -> introductions.openElection(caseId, null)))
                .isEqualTo("elections.secretary.error.notIntroduced");

        introductions.open(caseId);
        SecretaryIntroductions.Introduction second =
                introductions.ofCase(caseId).getLast();
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.names())
                .extracting(SecretaryIntroductions.Name::fullName)
                .containsExactly("Nguyễn Thị An", "Trần Văn Bình");
        SecretaryIntroductions.Introduction decided =
                introductions.count(caseId, new SecretaryIntroductions.Count(10, 10, 10, Map.of(1, 7, 2, 3)));
        assertThat(decided.introduced()).isEqualTo("Nguyễn Thị An");
        assertThat(elections.open(caseId, secretary("Nguyễn Thị An"))).isPositive();
    }

    @Test
    void aSecretaryElectionOnAnotherNameOrFormIsRefused() {
        long caseId = directCase();
        committee(caseId);
        introductions.open(caseId);
        introductions.count(caseId, new SecretaryIntroductions.Count(10, 10, 10, Map.of(1, 1, 2, 2, 3, 7)));
        assertThat(key(() -> elections.open(caseId, secretary("Nguyễn Thị An"))))
                .isEqualTo("elections.secretary.error.notTheIntroduced");
        assertThat(key(() -> elections.open(
                        caseId,
                        new NewElection(
                                "Bầu Bí thư",
                                Body.SECRETARY,
                                1,
                                BallotForm.AGREE_DISAGREE,
                                CongressDay.names("Lê Văn Cường", "Nguyễn Thị An")))))
                .isEqualTo("elections.secretary.error.oneName");
        assertThat(key(() -> elections.open(
                        caseId,
                        new NewElection(
                                "Bầu Bí thư",
                                Body.SECRETARY,
                                1,
                                BallotForm.STRIKE_OUT,
                                CongressDay.names("Lê Văn Cường")))))
                .isEqualTo("elections.secretary.error.oneName");
        assertThat(book.ofCase(caseId)).hasSize(1);
        assertThat(elections.open(caseId, secretary("Lê Văn Cường"))).isPositive();
        assertThat(key(() -> elections.open(caseId, secretary("Lê Văn Cường"))))
                .isEqualTo("elections.secretary.error.alreadyHeld");
    }

    @Test
    void countsThatDoNotAddUpAreRefusedAndNothingIsWritten() {
        long caseId = directCase();
        committee(caseId);
        introductions.open(caseId);
        assertThat(key(() -> introductions.count(caseId, new SecretaryIntroductions.Count(9, 10, 9, Map.of(1, 9)))))
                .isEqualTo("elections.secretary.error.counts");
        assertThat(key(() -> introductions.count(caseId, new SecretaryIntroductions.Count(11, 11, 11, Map.of(1, 9)))))
                .isEqualTo("elections.secretary.error.morePapers");
        assertThat(key(() ->
                        introductions.count(caseId, new SecretaryIntroductions.Count(10, 10, 8, Map.of(1, 5, 2, 4)))))
                .isEqualTo("elections.secretary.error.aboveValid");
        assertThat(key(() -> introductions.count(caseId, new SecretaryIntroductions.Count(10, 10, 8, Map.of(4, 5)))))
                .isEqualTo("elections.secretary.error.noSuchName");
        assertThat(key(() -> introductions.count(caseId, new SecretaryIntroductions.Count(10, 10, 8, Map.of()))))
                .isEqualTo("elections.secretary.error.noneIntroduced");
        SecretaryIntroductions.Introduction still = introductions.ofCase(caseId).getFirst();
        assertThat(still.state()).isEqualTo("OPEN");
        assertThat(still.issued()).isNull();
        assertThat(still.names()).extracting(SecretaryIntroductions.Name::votes).containsOnlyNulls();
    }

    @Test
    void aCongressThatDoesNotElectDirectlyHasNoIntroduction() {
        long caseId = CongressDay.caseWithRoll(jdbc, province.cellId(), 5, 0, 5);
        assertThat(key(() -> introductions.open(caseId))).isEqualTo("elections.secretary.error.notDirect");
    }
}

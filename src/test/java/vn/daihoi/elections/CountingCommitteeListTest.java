package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.elections.paper.ElectionPapers;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.roll.RollFixtures;
import vn.daihoi.roll.internal.Agenda;
import vn.daihoi.roll.internal.CheckIns;
import vn.daihoi.roll.internal.HandsBody;
import vn.daihoi.roll.internal.HandsChoice;
import vn.daihoi.roll.internal.NewDelegate;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.roll.internal.RollKind;
import vn.daihoi.security.Fixtures;

/**
 * Elections.md §6 on the real database: nobody on the list being voted on sits on the counting committee the
 * congress approved, whether the name comes with its member record or typed; nothing is opened when refused;
 * and the committee cannot be re-chosen with someone standing on a list still being voted on.
 */
@SpringBootTest
class CountingCommitteeListTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Elections elections;

    @Autowired
    ElectionRounds rounds;

    @Autowired
    ElectionPapers papers;

    @Autowired
    RollBook book;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Agenda agenda;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMemberOfTheCountingCommitteeCannotBeOnTheList() throws Exception {
        Fixtures.Province p = new Fixtures(context).province("kp");
        long caseId = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        book.addDelegate(caseId, new NewDelegate(RollKind.APPOINTED, p.memberId(), null, null));
        book.addDelegate(caseId, new NewDelegate(RollKind.APPOINTED, null, "Trần Thị Bình", null));
        book.addDelegate(caseId, new NewDelegate(RollKind.APPOINTED, null, "Lê Văn Cường", null));
        agenda.chooseBody(caseId, new HandsChoice(HandsBody.COUNTING_COMMITTEE, "1, 2", 3, 0, 3));
        long before = elections(caseId);

        assertThatThrownBy(() -> elections.open(caseId, election(new ListedName(p.memberId(), p.memberName(), null))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("onCountingCommittee");
        assertThatThrownBy(() -> elections.open(caseId, election(new ListedName(null, "trần thị  Bình", null))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("onCountingCommittee");
        assertThat(elections(caseId)).isEqualTo(before);

        long roundId = elections.open(caseId, election(new ListedName(null, "Lê Văn Cường", null)));
        assertThat(elections(caseId)).isEqualTo(before + 1);
        // nor can the congress seat someone standing on that list on the committee while the vote is open
        assertThatThrownBy(
                        () -> agenda.chooseBody(caseId, new HandsChoice(HandsBody.COUNTING_COMMITTEE, "2, 3", 3, 0, 3)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("standsOnAList");

        // the counting minutes name the committee that counted: its head and members, in the order chosen
        for (int number = 1; number <= 3; number++) {
            checkIns.checkIn(caseId, null, number);
        }
        rounds.recordCounts(roundId, 3, 3);
        rounds.release(
                roundId,
                new EnteredCount.Totals(
                        new ElectionRecord.Tally(3, Map.of(), Map.of("c01", 3, "c02", 3, "c03", 0), Map.of())));
        String minutes = ElectionPapersTest.pdfText(
                papers.countingMinutesPdf(rounds.sheet(roundId).electionId(), 1));
        assertThat(minutes).contains("Trưởng ban: " + p.memberName()).contains("Thành viên: Trần Thị Bình");
    }

    private static NewElection election(ListedName first) {
        return new NewElection(
                "Bầu đại biểu đi dự đại hội cấp trên",
                Body.DELEGATE,
                2,
                BallotForm.STRIKE_OUT,
                List.of(
                        first,
                        new ListedName(null, "Phạm Văn Dũng", null),
                        new ListedName(null, "Hoàng Thị Em", null)));
    }

    private long elections(long caseId) {
        return jdbc.sql("select count(*) from election where case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }
}

package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.roll.internal.Absence;
import vn.daihoi.roll.internal.Agenda;
import vn.daihoi.roll.internal.AgendaView;
import vn.daihoi.roll.internal.HandsBody;
import vn.daihoi.roll.internal.HandsChoice;
import vn.daihoi.roll.internal.NewDelegate;
import vn.daihoi.roll.internal.RollAbsences;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.roll.internal.RollEntry;
import vn.daihoi.roll.internal.RollKind;
import vn.daihoi.security.Fixtures;

/** The agenda's steps with the current one, and the bodies elected by show of hands from the roll. */
@SpringBootTest
class AgendaTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Agenda agenda;

    @Autowired
    Roll roll;

    @Autowired
    RollBook book;

    @Autowired
    RollAbsences absences;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void stepsInOrderOneCurrentAndTheCountingCommitteeForTheElections() {
        Fixtures.Province p = new Fixtures(context).province("ag");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        ResultsFixtures.signIn(users, "admin");
        RollEntry an = book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, p.memberId(), null, null));
        book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, null, "Trần Thị Bình", null));
        RollEntry cuong = book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, null, "Lê Văn Cường", null));
        book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, null, "Phạm Văn Dũng", null));
        absences.markAbsent(id, cuong.id(), Absence.WITH_REASON, "Ốm");

        agenda.addStep(id, "7:30", "Đón đại biểu");
        agenda.addStep(id, "08:00", "Khai mạc");
        AgendaView.Step second = agenda.view(id).steps().get(1);
        agenda.markCurrent(id, second.id());
        agenda.markCurrent(id, agenda.view(id).steps().getFirst().id());
        assertThat(agenda.view(id).steps())
                .extracting(AgendaView.Step::title, AgendaView.Step::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Đón đại biểu", true),
                        org.assertj.core.groups.Tuple.tuple("Khai mạc", false));
        assertThatThrownBy(() -> agenda.addStep(id, "25:00", "Bế mạc"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("stepTime");

        assertThat(agenda.countingCommitteeMemberIds(id)).isEmpty();
        // Cường is absent for the whole congress (out of D): he cannot be chosen
        assertThatThrownBy(() -> agenda.chooseBody(id, new HandsChoice(HandsBody.COUNTING_COMMITTEE, "1, 3", 3, 0, 3)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("notAVoter");
        assertThatThrownBy(() -> agenda.chooseBody(id, new HandsChoice(HandsBody.COUNTING_COMMITTEE, "1 2", 3, 1, 3)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("handsAddUp");
        assertThatThrownBy(() -> agenda.chooseBody(id, new HandsChoice(HandsBody.COUNTING_COMMITTEE, "1, x", 3, 0, 3)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("badNumbers");
        agenda.chooseBody(id, new HandsChoice(HandsBody.COUNTING_COMMITTEE, "1, 2", 3, 0, 3));
        assertThat(agenda.countingCommitteeMemberIds(id)).containsExactly(an.memberId());
        assertThat(roll.countingCommitteeNames(id)).containsExactly(an.fullName(), "Trần Thị Bình");

        // chosen again: replaces; not more than half agreeing: no committee
        agenda.chooseBody(id, new HandsChoice(HandsBody.COUNTING_COMMITTEE, "4", 1, 2, 3));
        assertThat(agenda.countingCommitteeMemberIds(id)).isEmpty();
        assertThat(agenda.view(id).bodies()).singleElement().satisfies(b -> {
            assertThat(b.elected()).isFalse();
            assertThat(b.members()).extracting(RollEntry::fullName).isEqualTo(List.of("Phạm Văn Dũng"));
        });
    }
}

package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.roll.internal.Absence;
import vn.daihoi.roll.internal.Agenda;
import vn.daihoi.roll.internal.CheckInAnswer;
import vn.daihoi.roll.internal.CheckIns;
import vn.daihoi.roll.internal.HandsBody;
import vn.daihoi.roll.internal.HandsChoice;
import vn.daihoi.roll.internal.NewDelegate;
import vn.daihoi.roll.internal.RollAbsences;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.roll.internal.RollEntry;
import vn.daihoi.roll.internal.RollKind;
import vn.daihoi.security.Fixtures;

/**
 * The roll, absences, alternates, check-in and the agenda change only in the case's right steps (RollActivity);
 * each refusal is a 409 in Vietnamese naming the case's step, and nothing is written.
 */
@SpringBootTest
class RollStepsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ApplicationContext context;

    @Autowired
    RollBook book;

    @Autowired
    RollAbsences absences;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Agenda agenda;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void moveTo(long caseId, String state) {
        jdbc.sql("update congress_case set state = ? where id = ?")
                .param(state)
                .param(caseId)
                .update();
    }

    private String refusal(ThrowingCallable change) {
        DomainException e = catchThrowableOfType(DomainException.class, change);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.status()).isEqualTo(409);
        return messages.getMessage(e, VI);
    }

    private int rows(long caseId) {
        return jdbc.sql("select count(*) from roll_entry where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    @Test
    void nothingOnTheRollChangesOncePastTheSession() {
        Fixtures.Province p = new Fixtures(context).province("rs1");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        ResultsFixtures.signIn(users, "admin");
        RollEntry an = book.addDelegate(id, new NewDelegate(RollKind.ELECTED, null, "Nguyễn Văn An", "Chi bộ 1"));
        RollEntry alt = book.addDelegate(id, new NewDelegate(RollKind.ALTERNATE, null, "Lê Văn Dự", "Chi bộ 1"));
        absences.markAbsent(id, an.id(), Absence.WITH_REASON, "Ốm");

        String unit = book.congress(id).orgName();
        moveTo(id, "CLOSED");
        assertThat(refusal(() -> book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, null, "Trần Bình", null))))
                .isEqualTo("Thay đổi danh sách triệu tập, vắng mặt, dự khuyết hoặc chương trình đại hội không thực"
                        + " hiện được: đại hội " + unit + " đang ở bước \"Đã bế mạc\".");
        moveTo(id, "RESULT_REPORTED");
        assertThat(refusal(() -> absences.clearAbsence(id, an.id()))).contains("\"Đã báo cáo kết quả\"");
        moveTo(id, "CONFIRMED");
        assertThat(refusal(() -> absences.callUpAlternate(id, alt.id(), an.id(), "Ốm nặng")))
                .contains("\"Đã chuẩn y\"");
        moveTo(id, "ARCHIVED");
        assertThat(refusal(() -> absences.markAbsent(id, alt.id(), Absence.WITHOUT_REASON, null)))
                .contains("\"Đã nộp lưu\"");
        assertThat(rows(id)).isEqualTo(2);
        assertThat(book.entry(id, an.id()).absence()).isEqualTo(Absence.WITH_REASON);
        assertThat(book.entry(id, alt.id()).summoned()).isFalse();

        // before the session the roll is prepared
        moveTo(id, "APPROVED");
        book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, null, "Trần Bình", null));
        assertThat(rows(id)).isEqualTo(3);
    }

    @Test
    void anAllMemberRollIsNotFilledOnceTheCongressIsClosed() {
        Fixtures.Province p = new Fixtures(context).province("rs2");
        long id = RollFixtures.congress(jdbc, p.communeId(), "ALL_MEMBER");
        ResultsFixtures.signIn(users, "admin");
        moveTo(id, "FIRST_COMMITTEE_MEETING");
        assertThat(refusal(() -> book.fillFromMembers(id))).contains("\"Hội nghị cấp ủy lần thứ nhất\"");
        assertThat(rows(id)).isZero();
    }

    @Test
    void checkInOnlyOnTheCongressDay() {
        Fixtures.Province p = new Fixtures(context).province("rs3");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        ResultsFixtures.signIn(users, "admin");
        RollEntry an = book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, null, "Nguyễn Văn An", null));
        book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, null, "Trần Thị Bình", null));
        LocalDate today = LocalDate.now(clock);

        moveTo(id, "PREPARING");
        assertThat(refusal(() -> checkIns.checkIn(id, null, an.number())))
                .startsWith("Điểm danh (chỉ trong ngày đại hội")
                .endsWith("đang ở bước \"Đang chuẩn bị\".");
        // convened for another day: not yet; convened for today: the doors open before the session
        moveTo(id, "CONVENED");
        jdbc.sql("update congress_case set planned_on = ? where id = ?")
                .param(today.plusDays(3))
                .param(id)
                .update();
        assertThat(refusal(() -> checkIns.checkIn(id, null, an.number()))).contains("\"Đã triệu tập\"");
        assertThat(book.entry(id, an.id()).present()).isFalse();
        jdbc.sql("update congress_case set planned_on = ? where id = ?")
                .param(today)
                .param(id)
                .update();
        assertThat(checkIns.checkIn(id, null, an.number()).outcome()).isEqualTo(CheckInAnswer.Outcome.CHECKED_IN);

        moveTo(id, "PREPARATORY_SESSION");
        assertThat(checkIns.checkIn(id, null, 2).outcome()).isEqualTo(CheckInAnswer.Outcome.CHECKED_IN);
        moveTo(id, "CLOSED");
        assertThat(refusal(() -> checkIns.checkIn(id, null, an.number()))).contains("\"Đã bế mạc\"");
    }

    @Test
    void theAgendaIsPlannedBeforeAndRunOnlyInSession() {
        Fixtures.Province p = new Fixtures(context).province("rs4");
        long id = RollFixtures.congress(jdbc, p.communeId(), "DELEGATE");
        ResultsFixtures.signIn(users, "admin");
        book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, null, "Nguyễn Văn An", null));
        book.addDelegate(id, new NewDelegate(RollKind.APPOINTED, null, "Trần Thị Bình", null));

        moveTo(id, "CONVENED");
        agenda.addStep(id, "07:30", "Đón đại biểu");
        long step = agenda.view(id).steps().getFirst().id();
        assertThat(refusal(() -> agenda.markCurrent(id, step)))
                .startsWith("Điều hành phiên họp")
                .contains("\"Đã triệu tập\"");
        assertThat(refusal(() -> agenda.chooseBody(id, new HandsChoice(HandsBody.PRESIDIUM, "1", 2, 0, 2))))
                .contains("\"Đã triệu tập\"");
        assertThat(agenda.view(id).bodies()).isEmpty();

        moveTo(id, "PREPARATORY_SESSION");
        agenda.markCurrent(id, step);
        agenda.chooseBody(id, new HandsChoice(HandsBody.PRESIDIUM, "1", 2, 0, 2));
        assertThat(agenda.view(id).bodies()).hasSize(1);

        moveTo(id, "CLOSED");
        assertThat(refusal(() -> agenda.addStep(id, "16:00", "Bế mạc"))).contains("\"Đã bế mạc\"");
        assertThat(agenda.view(id).steps()).hasSize(1);
    }
}

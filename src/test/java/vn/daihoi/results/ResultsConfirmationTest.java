package vn.daihoi.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.access.Role;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.LunarCalendar;
import vn.daihoi.rules.WorkingDays;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressMove;
import vn.daihoi.season.CongressState;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * After the congress on the real database: the report's countdown on the working-day calendar (across
 * Tết), the report moving the case, a complaint holding the confirmation and the countdown resuming from
 * what was left, the registered confirmation, and the annulment reopening the election.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsConfirmationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ResultsReports reports;

    @Autowired
    Confirmations confirmations;

    @Autowired
    CongressCases cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkingDays days;

    @Autowired
    Clock clock;

    Fixtures fixtures;
    Province province;

    @BeforeAll
    void tree() {
        fixtures = new Fixtures(context);
        province = fixtures.province("kq");
    }

    @BeforeEach
    void admin() {
        ResultsFixtures.signIn(users, "admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long closedCase() {
        return ResultsFixtures.caseIn(jdbc, province.communeId(), "CLOSED", today());
    }

    int count(String sql, long caseId) {
        return jdbc.sql(sql).param(caseId).query(Integer.class).single();
    }

    @Test
    void theDatabaseKnowsExactlyTheFileKindsOfTheCode() {
        String def = jdbc.sql(
                        "select pg_get_constraintdef(oid) from pg_constraint where conname = 'results_file_kind_check'")
                .query(String.class)
                .single();
        List<String> inDatabase = java.util.regex.Pattern.compile("'(\\w+)'::text")
                .matcher(def)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(inDatabase)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(ResultsFileKind.values())
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void theReportsCountdownSkipsTet() {
        LocalDate tet = LunarCalendar.newYear(2027);
        LocalDate closed = tet.minusDays(3);
        LocalDate due = days.plusWorkingDays(closed, 7);
        // Seven working days from a close just before Tết end well after seven weekdays would.
        LocalDate weekdaysOnly = closed;
        for (int n = 0; n < 7; ) {
            weekdaysOnly = weekdaysOnly.plusDays(1);
            if (weekdaysOnly.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                n++;
            }
        }
        assertThat(due).isAfter(weekdaysOnly);
        assertThat(days.isWorkingDay(tet.plusDays(1))).isFalse();

        Countdown atClose = Countdown.of(days, due, closed);
        assertThat(atClose.status()).isEqualTo(Countdown.Status.RUNNING);
        assertThat(atClose.workingDays()).isEqualTo(7);
        // The Tết days between the close and the first working day after it are not counted down.
        LocalDate firstAfterTet = days.plusWorkingDays(tet, 1);
        int passed = 0;
        for (LocalDate d = closed.plusDays(1); !d.isAfter(firstAfterTet); d = d.plusDays(1)) {
            passed += days.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(Countdown.of(days, due, firstAfterTet).workingDays()).isEqualTo(7 - passed);
        Countdown late = Countdown.of(days, due, days.plusWorkingDays(due, 3));
        assertThat(late.status()).isEqualTo(Countdown.Status.OVERDUE);
        assertThat(late.workingDays()).isEqualTo(3);
        assertThat(late.signedDaysLeft()).isEqualTo(-3);
        // A hold of 4 days left resumed just before Tết ends after it, on the calendar.
        assertThat(Countdown.resumed(days, 4, tet.minusDays(1))).isEqualTo(days.plusWorkingDays(tet.minusDays(1), 4));
        assertThat(Countdown.resumed(days, -2, due)).isEqualTo(days.minusWorkingDays(due, 2));
        // Resumed overdue on a holiday, it is overdue by as much as when the hold began.
        LocalDate holiday = tet.plusDays(1);
        assertThat(Countdown.of(days, Countdown.resumed(days, -2, holiday), holiday)
                        .signedDaysLeft())
                .isEqualTo(-2);
    }

    @Test
    void theReportMovesTheCaseAndStartsTheConfirmationsFifteenWorkingDays() {
        long id = closedCase();
        CongressCase closed = cases.find(id).orElseThrow();
        assertThat(reports.view(id).countdown().status()).isEqualTo(Countdown.Status.NONE);

        ResultsView view = reports.submit(id, ResultsFixtures.report(today(), "a"));

        assertThat(view.congress().state()).isEqualTo(CongressState.RESULT_REPORTED);
        assertThat(view.congress().dueOn()).isEqualTo(days.plusWorkingDays(today(), 15));
        assertThat(view.countdown().status()).isEqualTo(Countdown.Status.RUNNING);
        assertThat(view.countdown().workingDays()).isEqualTo(15);
        assertThat(view.files())
                .extracting(ResultsFile::kind)
                .containsExactly(ResultsFileKind.MINUTES, ResultsFileKind.ELECTED_LIST, ResultsFileKind.COUNT_MINUTES);
        assertThat(reports.filesOf(id))
                .extracting(f -> f.group().name())
                .containsExactly("OFFICE", "PERSONNEL", "COUNTING");
        assertThat(closed.state()).isEqualTo(CongressState.CLOSED);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'RESULTS_REPORT' and entity_id = ?::text", id))
                .isEqualTo(1);
    }

    @Test
    void anIncompleteOrBadReportIsRefusedAndLeavesNothing() {
        long id = closedCase();
        var minutesOnly = new ResultsRequests.Report(
                today(),
                List.of(new ResultsRequests.Upload(ResultsFileKind.MINUTES, "bien-ban.pdf", ResultsFixtures.pdf("x"))));
        assertThatThrownBy(() -> reports.submit(id, minutesOnly))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("results.error.fileMissing"));
        var fake = new ResultsRequests.Report(
                today(),
                List.of(
                        new ResultsRequests.Upload(ResultsFileKind.MINUTES, "bien-ban.pdf", ResultsFixtures.pdf("y")),
                        new ResultsRequests.Upload(
                                ResultsFileKind.ELECTED_LIST, "danh-sach.pdf", "MZ not a pdf".getBytes())));
        assertThatThrownBy(() -> reports.submit(id, fake))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("files.error.uploadType"));
        assertThat(count("select count(*) from results_file where case_id = ?", id))
                .isZero();
        assertThat(count(
                        "select count(*) from stored_file where org_id = (select org_id from congress_case where id = ?)"
                                + " and filename = 'bien-ban.pdf'",
                        id))
                .isZero();
        assertThat(cases.find(id).orElseThrow().state()).isEqualTo(CongressState.CLOSED);
        long notClosed = ResultsFixtures.caseIn(jdbc, province.communeId(), "IN_SESSION", today());
        assertThatThrownBy(() -> reports.submit(notClosed, ResultsFixtures.report(today(), "z")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("results.error.notClosed"));
    }

    @Test
    void aComplaintHoldsTheConfirmationAndTheCountdownResumesFromWhatWasLeft() {
        long id = closedCase();
        reports.submit(id, ResultsFixtures.report(today(), "b"));
        // Ten of the fifteen working days have gone by: five are left.
        jdbc.sql("update congress_case set due_on = ? where id = ?")
                .params(days.plusWorkingDays(today(), 5), id)
                .update();

        Complaint first = confirmations.fileComplaint(
                id, new ResultsRequests.NewComplaint("Nguyễn Văn Bình", today(), "Kiểm phiếu sai ở tổ 2"));
        Complaint second = confirmations.fileComplaint(
                id, new ResultsRequests.NewComplaint("Trần Thị Cúc", today(), "Thủ tục bầu cử"));

        assertThat(first.daysLeft()).isEqualTo(5);
        assertThat(second.daysLeft()).isEqualTo(5);
        ResultsView held = reports.view(id);
        assertThat(held.onHold()).isTrue();
        assertThat(held.congress().dueOn()).isNull();
        assertThat(held.countdown()).isEqualTo(Countdown.onHold(5));
        assertThatThrownBy(() -> confirmations.confirm(id, new ResultsRequests.Confirmation(null, null, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("results.error.onHold"));
        // nor around the results page: the case page's step form and the transitions API use the same move
        assertThatThrownBy(() -> cases.move(id, new CongressMove(CongressState.CONFIRMED, null, null, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("results.error.onHold");
                    assertThat(e.status()).isEqualTo(409);
                });
        assertThat(cases.find(id).orElseThrow().state()).isEqualTo(CongressState.RESULT_REPORTED);

        confirmations.settle(id, first.id(), new ResultsRequests.Settlement(today(), "Đã kiểm tra lại, đúng"));
        assertThat(reports.view(id).onHold()).isTrue();
        assertThat(cases.find(id).orElseThrow().dueOn()).isNull();
        confirmations.settle(id, second.id(), new ResultsRequests.Settlement(null, "Không có cơ sở"));

        ResultsView resumed = reports.view(id);
        assertThat(resumed.onHold()).isFalse();
        assertThat(resumed.congress().dueOn()).isEqualTo(days.plusWorkingDays(today(), 5));
        assertThat(resumed.countdown().workingDays()).isEqualTo(5);
        assertThatThrownBy(() -> confirmations.settle(id, second.id(), new ResultsRequests.Settlement(null, "Lần nữa")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("results.error.complaintSettled"));
        assertThat(count(
                        "select count(*) from audit_entry where action like 'RESULTS_COMPLAINT%' and entity_id = ?::text",
                        id))
                .isEqualTo(4);
    }

    @Test
    void anOverdueConfirmationStaysOverdueAcrossTheHold() {
        long id = closedCase();
        reports.submit(id, ResultsFixtures.report(today(), "c"));
        LocalDate due = days.minusWorkingDays(today(), 2);
        jdbc.sql("update congress_case set due_on = ? where id = ?")
                .params(due, id)
                .update();
        // Overdue by one or two working days, as today is a working day or not.
        int left = Countdown.of(days, due, today()).signedDaysLeft();
        assertThat(left).isNegative();
        Complaint c = confirmations.fileComplaint(
                id, new ResultsRequests.NewComplaint("Lê Văn Dũng", today(), "Vi phạm quy chế"));
        assertThat(c.daysLeft()).isEqualTo(left);
        confirmations.settle(id, c.id(), new ResultsRequests.Settlement(today(), "Đã giải quyết"));
        ResultsView after = reports.view(id);
        assertThat(after.congress().dueOn()).isEqualTo(Countdown.resumed(days, left, today()));
        assertThat(after.countdown().status()).isEqualTo(Countdown.Status.OVERDUE);
        assertThat(after.countdown().workingDays()).isEqualTo(-left);
    }

    @Test
    void badComplaintsAreRefused() {
        long id = closedCase();
        assertThatThrownBy(() ->
                        confirmations.fileComplaint(id, new ResultsRequests.NewComplaint("An", today(), "Nội dung")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("results.error.notReported"));
        reports.submit(id, ResultsFixtures.report(today(), "d"));
        assertThatThrownBy(() ->
                        confirmations.fileComplaint(id, new ResultsRequests.NewComplaint("  ", today(), "Nội dung")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("results.error.required"));
        assertThatThrownBy(() -> confirmations.fileComplaint(
                        id, new ResultsRequests.NewComplaint("An", today().plusDays(1), "Nội dung")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("results.error.futureDate"));
        assertThat(count("select count(*) from results_complaint where case_id = ?", id))
                .isZero();
        // The unit itself (its secretary) may report but not confirm, nor record complaints: the superior does.
        long secretary = fixtures.userWithRole(Role.CELL_SECRETARY, province.communeId());
        ResultsFixtures.signIn(users, fixtures.username(secretary));
        assertThatThrownBy(() ->
                        confirmations.fileComplaint(id, new ResultsRequests.NewComplaint("An", today(), "Nội dung")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> confirmations.confirm(id, new ResultsRequests.Confirmation(null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theConfirmationIsARegisteredDecisionAndAnAnnulmentReopensTheElection() {
        long id = closedCase();
        reports.submit(id, ResultsFixtures.report(today(), "e"));
        ResultsView confirmed = confirmations.confirm(
                id,
                new ResultsRequests.Confirmation(
                        today(),
                        null,
                        "Phạm Văn Em",
                        new ResultsRequests.Upload(
                                ResultsFileKind.DECISION, "QĐ chuẩn y.pdf", ResultsFixtures.pdf("quyet dinh"))));
        assertThat(confirmed.congress().state()).isEqualTo(CongressState.CONFIRMED);
        assertThat(confirmed.congress().confirmedOn()).isEqualTo(today());
        assertThat(confirmed.countdown().status()).isEqualTo(Countdown.Status.NONE);
        assertThat(confirmed.decisionSymbol()).contains("QĐ");
        assertThat(jdbc.sql("select subject from document where id = ?")
                        .param(confirmed.decisionDocumentId())
                        .query(String.class)
                        .single())
                .contains("chuẩn y kết quả đại hội");
        assertThat(confirmed.files()).extracting(ResultsFile::kind).contains(ResultsFileKind.DECISION);

        assertThatThrownBy(() -> confirmations.annul(id, " "))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("results.error.required"));
        // a decision recorded later keeps its day, never one still to come
        assertThatThrownBy(() -> confirmations.annul(id, "Bầu cử sai nguyên tắc", today().plusDays(1)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("congress.error.futureStep"));
        assertThat(count("select count(*) from results_confirmation where case_id = ? and annulled_on is not null", id))
                .isZero();
        ResultsView annulled = confirmations.annul(id, "Bầu cử sai nguyên tắc, phải bầu lại");
        assertThat(annulled.congress().state()).isEqualTo(CongressState.RESULT_ANNULLED);
        assertThat(annulled.congress().stateReason()).isEqualTo("Bầu cử sai nguyên tắc, phải bầu lại");
        assertThat(cases.history(id).getLast().reason()).isEqualTo("Bầu cử sai nguyên tắc, phải bầu lại");
        // The election is re-convened from the annulment, with a new date.
        CongressCase reconvened =
                cases.move(id, new CongressMove(CongressState.CONVENED, today(), today().plusYears(1), null, null));
        assertThat(reconvened.state()).isEqualTo(CongressState.CONVENED);
        assertThat(reconvened.closedOn()).isNull();
        assertThat(count("select count(*) from audit_entry where action = 'RESULTS_ANNUL' and entity_id = ?::text", id))
                .isEqualTo(1);
    }
}

package vn.daihoi.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daihoi.dossier.MeetingConflict.Kind;

/** The calendar's conflicts as a pure function of the meetings, one rule per test. */
class CalendarConflictsTest {

    static final LocalDate DAY = LocalDate.of(2025, 7, 15);

    /** Calendar days stand in for working days; the rulebook asks 15. */
    static final CalendarConflicts.Lead LEAD = new CalendarConflicts.Lead() {
        @Override
        public int workingDaysBetween(LocalDate meeting, LocalDate congress) {
            return (int) ChronoUnit.DAYS.between(meeting, congress);
        }

        @Override
        public int required(ApprovalMeeting.Agenda unit, LocalDate meeting) {
            return 15;
        }
    };

    static ApprovalMeeting.Agenda unit(
            long caseId, String name, String presenter, LocalDate windowTo, LocalDate planned) {
        return new ApprovalMeeting.Agenda(
                caseId,
                caseId,
                name,
                "2025-2030",
                "SUBORDINATE_CELL",
                "APPROVAL_MEETING",
                presenter,
                "Phạm Quốc Tuấn",
                windowTo,
                planned,
                null,
                null);
    }

    static ApprovalMeeting meeting(long id, int from, int to, String place, ApprovalMeeting.Agenda... units) {
        return new ApprovalMeeting(id, 1, DAY, LocalTime.of(from, 0), LocalTime.of(to, 0), place, List.of(units));
    }

    static ApprovalMeeting.Agenda calm(long caseId, String presenter) {
        return unit(caseId, "Chi bộ " + caseId, presenter, DAY.plusDays(60), DAY.plusDays(40));
    }

    static List<Kind> kinds(List<MeetingConflict> found) {
        return found.stream().map(MeetingConflict::kind).toList();
    }

    @Test
    void meetingsAtSeparateTimesInSeparateRoomsWithSeparatePeopleHaveNoConflict() {
        ApprovalMeeting a = meeting(1, 8, 10, "Phòng 1", calm(1, "Nguyễn Văn An"));
        ApprovalMeeting b = meeting(2, 10, 11, "Phòng 1", calm(2, "Trần Thị Bình"));
        assertThat(CalendarConflicts.find(List.of(a, b), List.of(), LEAD)).isEmpty();
    }

    @Test
    void theSameRoomAtOverlappingTimesIsAConflictWhateverTheAccents() {
        ApprovalMeeting a = meeting(1, 8, 10, "Phòng họp số 1", calm(1, "Nguyễn Văn An"));
        ApprovalMeeting b = meeting(2, 9, 11, "phong hop so 1", calm(2, "Trần Thị Bình"));
        List<MeetingConflict> found = CalendarConflicts.find(List.of(a), List.of(b), LEAD);
        assertThat(kinds(found)).containsExactly(Kind.ROOM, Kind.PERSON);
        assertThat(found.getFirst().arguments().get(1)).contains("15/07/2025");
    }

    @Test
    void theSamePresenterInTwoMeetingsAtOnceIsAConflict() {
        ApprovalMeeting.Agenda a1 = unit(1, "Chi bộ 1", "Nguyễn Văn An", DAY.plusDays(60), DAY.plusDays(40));
        ApprovalMeeting.Agenda b1 = new ApprovalMeeting.Agenda(
                2,
                2,
                "Chi bộ 2",
                "2025-2030",
                "SUBORDINATE_CELL",
                "APPROVAL_MEETING",
                "Nguyễn Văn An",
                null,
                DAY.plusDays(60),
                DAY.plusDays(40),
                null,
                null);
        ApprovalMeeting a = meeting(1, 8, 10, "Phòng 1", a1);
        ApprovalMeeting b = meeting(2, 9, 11, "Phòng 2", b1);
        List<MeetingConflict> found = CalendarConflicts.find(List.of(a, b), List.of(), LEAD);
        assertThat(kinds(found)).containsExactly(Kind.PERSON, Kind.PERSON);
        assertThat(found.getFirst().arguments().getFirst()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void aUnitOnTwoAgendasIsAConflictOnBoth() {
        ApprovalMeeting a = meeting(1, 8, 9, "Phòng 1", unit(7, "Chi bộ 7", "An", DAY.plusDays(60), null));
        ApprovalMeeting b = meeting(2, 14, 15, "Phòng 2", unit(7, "Chi bộ 7", "Bình", DAY.plusDays(60), null));
        assertThat(kinds(CalendarConflicts.find(List.of(a, b), List.of(), LEAD)))
                .containsExactly(Kind.UNIT_TWICE, Kind.UNIT_TWICE);
    }

    @Test
    void aMeetingAfterTheUnitsWindowIsAConflict() {
        ApprovalMeeting a = meeting(1, 8, 9, "Phòng 1", unit(3, "Chi bộ 3", "An", DAY.minusDays(1), null));
        List<MeetingConflict> found = CalendarConflicts.find(List.of(a), List.of(), LEAD);
        assertThat(kinds(found)).containsExactly(Kind.AFTER_WINDOW);
        assertThat(found.getFirst().arguments()).containsExactly("Chi bộ 3", "14/07/2025");
    }

    @Test
    void fourteenWorkingDaysBeforeTheCongressIsTooLateWhenTheRulebookAsksFifteen() {
        ApprovalMeeting late = meeting(1, 8, 9, "Phòng 1", unit(4, "Chi bộ 4", "An", null, DAY.plusDays(14)));
        ApprovalMeeting inTime = meeting(2, 8, 9, "Phòng 2", unit(5, "Chi bộ 5", "Bình", null, DAY.plusDays(15)));
        List<MeetingConflict> found = CalendarConflicts.find(List.of(late), List.of(), LEAD);
        assertThat(kinds(found)).containsExactly(Kind.TOO_LATE);
        assertThat(found.getFirst().arguments()).containsExactly("Chi bộ 4", "29/07/2025", "14", "15");
        assertThat(CalendarConflicts.find(List.of(inTime), List.of(), LEAD)).isEmpty();
    }
}

package vn.daihoi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.daihoi.rules.CalendarEntry.Kind;

/** Working-day arithmetic on the computed calendar, with and without entered decisions. Pure: no database. */
class WorkingDaysTest {

    static WorkingDays calendar(List<CalendarEntry> entries, Map<Integer, OfficialTet> tet) {
        return new CalendarSnapshot(1, y -> YearCalendar.compute(y, entries, Optional.ofNullable(tet.get(y))));
    }

    static final WorkingDays DEFAULT = calendar(List.of(), Map.of());

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void sevenAndFifteenWorkingDaysAfterAClosingJustBeforeTet2026() {
        // Tết Bính Ngọ is Tue 17/02/2026: the default break is Mon 16/02 (29 tháng Chạp) to Fri 20/02.
        for (LocalDate off = d(2026, 2, 16); !off.isAfter(d(2026, 2, 20)); off = off.plusDays(1)) {
            assertThat(DEFAULT.isWorkingDay(off)).as("%s", off).isFalse();
        }
        LocalDate closed = d(2026, 2, 13);
        assertThat(DEFAULT.plusWorkingDays(closed, 7)).isEqualTo(d(2026, 3, 3));
        assertThat(DEFAULT.plusWorkingDays(closed, 15)).isEqualTo(d(2026, 3, 13));
        assertThat(DEFAULT.workingDaysBetween(closed, d(2026, 3, 3))).isEqualTo(7);
        assertThat(DEFAULT.minusWorkingDays(d(2026, 3, 3), 7)).isEqualTo(closed);
    }

    @Test
    void anOfficialTetBreakReplacesTheDefault() {
        // Tết Ất Tỵ 2025 is Wed 29/01: by default 28/01–01/02 off and Sat 01/02 gives a compensatory Mon 03/02.
        assertThat(DEFAULT.isWorkingDay(d(2025, 2, 3))).isFalse();
        assertThat(DEFAULT.isWorkingDay(d(2025, 1, 27))).isTrue();
        // The Government decided 25/01 to 02/02/2025 (9 days): 27/01 off, 03/02 worked.
        WorkingDays official = calendar(
                List.of(),
                Map.of(2025, new OfficialTet(2025, d(2025, 1, 25), d(2025, 2, 2), "Nghỉ Tết 9 ngày", "TB 2025")));
        assertThat(official.isWorkingDay(d(2025, 1, 27))).isFalse();
        assertThat(official.isWorkingDay(d(2025, 2, 3))).isTrue();
        assertThat(official.plusWorkingDays(d(2025, 1, 24), 1)).isEqualTo(d(2025, 2, 3));
        assertThat(DEFAULT.plusWorkingDays(d(2025, 1, 24), 1)).isEqualTo(d(2025, 1, 27));
    }

    @Test
    void tetOnAWeekendGivesCompensatoryDaysAfterTheBreak() {
        // Tết Đinh Mùi is Sat 06/02/2027: 05–09/02 off, Sat and Sun compensated on Wed 10 and Thu 11.
        assertThat(DEFAULT.isWorkingDay(d(2027, 2, 10))).isFalse();
        assertThat(DEFAULT.isWorkingDay(d(2027, 2, 11))).isFalse();
        assertThat(DEFAULT.plusWorkingDays(d(2027, 2, 4), 1)).isEqualTo(d(2027, 2, 12));
    }

    @Test
    void nationalDayAndTheDayNextToIt() {
        // 2026: Wed 02/09 and, nothing entered, Tue 01/09.
        assertThat(DEFAULT.isWorkingDay(d(2026, 9, 1))).isFalse();
        assertThat(DEFAULT.isWorkingDay(d(2026, 9, 2))).isFalse();
        assertThat(DEFAULT.isWorkingDay(d(2026, 9, 3))).isTrue();
        assertThat(DEFAULT.plusWorkingDays(d(2026, 8, 31), 1)).isEqualTo(d(2026, 9, 3));
        assertThat(DEFAULT.workingDaysBetween(d(2026, 8, 28), d(2026, 9, 4))).isEqualTo(3);
        // A decision giving 03/09 instead: 01/09 is worked again.
        WorkingDays third = calendar(
                List.of(new CalendarEntry(d(2026, 9, 3), Kind.HOLIDAY, "Nghỉ Quốc khánh", "QĐ giả định")), Map.of());
        assertThat(third.isWorkingDay(d(2026, 9, 1))).isTrue();
        assertThat(third.isWorkingDay(d(2026, 9, 3))).isFalse();
        assertThat(third.plusWorkingDays(d(2026, 8, 31), 1)).isEqualTo(d(2026, 9, 1));
        assertThat(third.plusWorkingDays(d(2026, 8, 31), 2)).isEqualTo(d(2026, 9, 4));
    }

    @Test
    void holidaysOnAWeekendAreCompensatedOnTheNextWorkingDays() {
        // 2022: Sat 30/04 and Sun 01/05 → Mon 02/05 and Tue 03/05 off.
        assertThat(DEFAULT.isWorkingDay(d(2022, 5, 2))).isFalse();
        assertThat(DEFAULT.isWorkingDay(d(2022, 5, 3))).isFalse();
        assertThat(DEFAULT.isWorkingDay(d(2022, 5, 4))).isTrue();
        // 2023: Sun 01/01 → Mon 02/01 off.
        assertThat(DEFAULT.isWorkingDay(d(2023, 1, 2))).isFalse();
        // 2023: Hùng Kings Sat 29/04, Sun 30/04, Mon 01/05 → Tue 02/05 and Wed 03/05 off (as decided that year).
        assertThat(DEFAULT.isWorkingDay(d(2023, 5, 2))).isFalse();
        assertThat(DEFAULT.isWorkingDay(d(2023, 5, 3))).isFalse();
        assertThat(DEFAULT.plusWorkingDays(d(2023, 4, 28), 1)).isEqualTo(d(2023, 5, 4));
        YearCalendar y2022 = YearCalendar.compute(2022, List.of(), Optional.empty());
        assertThat(y2022.special(d(2022, 5, 2)).orElseThrow().reason()).isEqualTo(DayReason.COMPENSATORY);
    }

    @Test
    void aMakeUpSaturdayIsWorkedAndTheSwappedWeekdayIsNot() {
        // 2024: Mon 29/04 swapped with Sat 04/05 (làm bù).
        WorkingDays swapped = calendar(
                List.of(
                        new CalendarEntry(d(2024, 4, 29), Kind.DAY_OFF, "Hoán đổi", "TB 2024"),
                        new CalendarEntry(d(2024, 5, 4), Kind.WORKING_DAY, "Làm bù cho 29/04", "TB 2024")),
                Map.of());
        assertThat(swapped.isWorkingDay(d(2024, 4, 29))).isFalse();
        assertThat(swapped.isWorkingDay(d(2024, 5, 4))).isTrue();
        assertThat(swapped.plusWorkingDays(d(2024, 4, 26), 1)).isEqualTo(d(2024, 5, 2));
        assertThat(swapped.plusWorkingDays(d(2024, 5, 3), 1)).isEqualTo(d(2024, 5, 4));
        assertThat(DEFAULT.plusWorkingDays(d(2024, 5, 3), 1)).isEqualTo(d(2024, 5, 6));
        assertThat(swapped.workingDaysBetween(d(2024, 4, 26), d(2024, 5, 6)))
                .isEqualTo(DEFAULT.workingDaysBetween(d(2024, 4, 26), d(2024, 5, 6)));
    }

    @Test
    void everyYearFrom2020To2035HasElevenHolidayWeekdaysUnlessTwoHolidaysCoincide() {
        for (int year = 2020; year <= 2035; year++) {
            YearCalendar cal = YearCalendar.compute(year, List.of(), Optional.empty());
            LocalDate hung = LunarCalendar.toSolar(10, 3, year);
            int expected = hung.equals(d(year, 4, 30)) || hung.equals(d(year, 5, 1)) ? 10 : 11;
            long offWeekdays = cal.specialDays().stream()
                    .filter(s -> !s.working() && s.date().getDayOfWeek().getValue() < 6)
                    .count();
            assertThat(offWeekdays).as("weekdays off in %d", year).isEqualTo(expected);
            assertThat(cal.isWorkingDay(LunarCalendar.newYear(year))).isFalse();
            assertThat(cal.isWorkingDay(hung)).isFalse();
            assertThat(cal.isWorkingDay(LunarCalendar.newYear(year).minusDays(1)))
                    .isFalse();
        }
    }

    @Test
    void plusAndMinusAreInversesOnWorkingDaysAcross2020To2035() {
        for (LocalDate day = d(2020, 1, 2); day.isBefore(d(2035, 12, 1)); day = day.plusDays(3)) {
            if (!DEFAULT.isWorkingDay(day)) {
                continue;
            }
            for (int n : new int[] {0, 1, 7, 15, 30}) {
                LocalDate due = DEFAULT.plusWorkingDays(day, n);
                assertThat(DEFAULT.isWorkingDay(due) || n == 0).isTrue();
                assertThat(DEFAULT.minusWorkingDays(due, n))
                        .as("%s ± %d", day, n)
                        .isEqualTo(day);
                assertThat(DEFAULT.workingDaysBetween(day, due)).isEqualTo(n);
            }
        }
    }

    @Test
    void weekendsAreOffAndOrdinaryWeekdaysWorked() {
        assertThat(DEFAULT.isWorkingDay(d(2026, 11, 21))).isFalse();
        assertThat(DEFAULT.isWorkingDay(d(2026, 11, 22))).isFalse();
        assertThat(DEFAULT.isWorkingDay(d(2026, 11, 23))).isTrue();
        assertThat(d(2026, 11, 21).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(DEFAULT.workingDaysBetween(d(2026, 11, 23), d(2026, 11, 20))).isZero();
        assertThat(DEFAULT.plusWorkingDays(d(2026, 11, 21), 0)).isEqualTo(d(2026, 11, 21));
    }

    @Test
    void aNegativeCountIsABug() {
        assertThatThrownBy(() -> DEFAULT.plusWorkingDays(d(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package vn.daihoi.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One solar year of the Vietnamese working calendar: Saturdays and Sundays off; the public holidays of Bộ
 * luật Lao động 2019, Điều 112 (1/1, Tết Nguyên đán 5 days, 10/3 âm lịch, 30/4, 1/5, 2/9 and a day next to
 * it); a compensatory day (nghỉ bù) on the next working day for each holiday that falls on a weekend
 * (Điều 112 khoản 3); then the administrator's entries, which win on their day. Pure: the entries are
 * passed in.
 */
public final class YearCalendar {

    /** A day that differs from the plain weekday/weekend rule, or a holiday that fell on a weekend. */
    public record SpecialDay(
            LocalDate date, boolean working, DayReason reason, String note, String decisionRef, boolean entered) {

        /** Whether the weekday rule alone would give the opposite answer (what the page lists first). */
        public boolean changesTheWeek() {
            return working == isWeekend(date);
        }
    }

    private final int year;
    private final Map<LocalDate, SpecialDay> days;
    private final OfficialTet officialTet;
    private final boolean defaultNationalDayAdjacent;

    private YearCalendar(
            int year, Map<LocalDate, SpecialDay> days, OfficialTet officialTet, boolean defaultNationalDayAdjacent) {
        this.year = year;
        this.days = days;
        this.officialTet = officialTet;
        this.defaultNationalDayAdjacent = defaultNationalDayAdjacent;
    }

    /** The calendar of {@code year} from the law, the lunar calendar, and that year's entries. */
    public static YearCalendar compute(int year, List<CalendarEntry> entries, Optional<OfficialTet> tet) {
        Map<LocalDate, CalendarEntry> entered = new TreeMap<>();
        for (CalendarEntry e : entries) {
            if (e.day().getYear() == year) {
                entered.put(e.day(), e);
            }
        }
        Map<LocalDate, DayReason> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, 1, 1), DayReason.NEW_YEAR);
        LocalDate tetDay = LunarCalendar.newYear(year);
        tet.filter(t -> t.year() == year)
                .ifPresentOrElse(
                        t -> {
                            for (LocalDate d = t.firstDay(); !d.isAfter(t.lastDay()); d = d.plusDays(1)) {
                                holidays.put(d, DayReason.OFFICIAL_LUNAR_NEW_YEAR);
                            }
                        },
                        () -> {
                            for (LocalDate d = tetDay.minusDays(1); d.isBefore(tetDay.plusDays(4)); d = d.plusDays(1)) {
                                holidays.put(d, DayReason.LUNAR_NEW_YEAR);
                            }
                        });
        holidays.putIfAbsent(LunarCalendar.toSolar(10, 3, year), DayReason.HUNG_KINGS);
        holidays.putIfAbsent(LocalDate.of(year, 4, 30), DayReason.REUNIFICATION);
        holidays.putIfAbsent(LocalDate.of(year, 5, 1), DayReason.LABOUR_DAY);
        holidays.putIfAbsent(LocalDate.of(year, 9, 2), DayReason.NATIONAL_DAY);
        LocalDate third = LocalDate.of(year, 9, 3);
        boolean adjacentIsThird =
                entered.containsKey(third) && entered.get(third).kind() != CalendarEntry.Kind.WORKING_DAY;
        if (!adjacentIsThird) {
            holidays.putIfAbsent(LocalDate.of(year, 9, 1), DayReason.NATIONAL_DAY_ADJACENT);
        }

        Map<LocalDate, SpecialDay> days = new TreeMap<>();
        holidays.forEach((d, r) -> days.put(d, new SpecialDay(d, false, r, null, null, false)));
        // Nghỉ bù: in date order, each weekend holiday (but an official Tết break, which already includes
        // them) takes the next day that would otherwise be worked and that no entry speaks about.
        for (Map.Entry<LocalDate, DayReason> h : holidays.entrySet()) {
            if (isWeekend(h.getKey()) && h.getValue() != DayReason.OFFICIAL_LUNAR_NEW_YEAR) {
                LocalDate d = h.getKey().plusDays(1);
                while (isWeekend(d) || days.containsKey(d) || entered.containsKey(d)) {
                    d = d.plusDays(1);
                }
                if (d.getYear() == year) {
                    days.put(d, new SpecialDay(d, false, DayReason.COMPENSATORY, null, null, false));
                }
            }
        }
        for (CalendarEntry e : entered.values()) {
            DayReason reason = switch (e.kind()) {
                case HOLIDAY -> DayReason.DECLARED_HOLIDAY;
                case DAY_OFF -> DayReason.DECLARED_DAY_OFF;
                case WORKING_DAY -> DayReason.MAKE_UP_DAY;
            };
            days.put(
                    e.day(),
                    new SpecialDay(
                            e.day(),
                            e.kind() == CalendarEntry.Kind.WORKING_DAY,
                            reason,
                            e.note(),
                            e.decisionRef(),
                            true));
        }
        return new YearCalendar(
                year, Map.copyOf(days), tet.filter(t -> t.year() == year).orElse(null), !adjacentIsThird);
    }

    public int year() {
        return year;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        SpecialDay special = days.get(date);
        return special != null ? special.working() : !isWeekend(date);
    }

    /** The special days in date order. */
    public List<SpecialDay> specialDays() {
        List<SpecialDay> list = new ArrayList<>(days.values());
        list.sort(Comparator.comparing(SpecialDay::date));
        return list;
    }

    public Optional<SpecialDay> special(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** The official Tết break when one was entered; empty when the default five days apply. */
    public Optional<OfficialTet> officialTet() {
        return Optional.ofNullable(officialTet);
    }

    /** Whether the day next to Quốc khánh is the default 1/9 (nothing entered for 3/9). */
    public boolean defaultNationalDayAdjacent() {
        return defaultNationalDayAdjacent;
    }

    public LocalDate lunarNewYear() {
        return LunarCalendar.newYear(year);
    }

    /** The working days of the year. */
    public int workingDayCount() {
        int n = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}

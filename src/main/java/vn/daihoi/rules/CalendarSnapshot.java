package vn.daihoi.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Working-day arithmetic over the calendar as it stood when the snapshot was taken: years are computed on
 * first use and kept. Take one for a batch of deadlines (one revision check instead of one per call).
 */
final class CalendarSnapshot implements WorkingDays {

    /** Beyond this many days a loop is a bug (or an absurd input), not a deadline. */
    private static final int MAX_WORKING_DAYS = 3_000;

    private final long revision;
    private final IntFunction<YearCalendar> loader;
    private final Map<Integer, YearCalendar> years = new ConcurrentHashMap<>();

    CalendarSnapshot(long revision, IntFunction<YearCalendar> loader) {
        this.revision = revision;
        this.loader = loader;
    }

    long revision() {
        return revision;
    }

    YearCalendar year(int year) {
        return years.computeIfAbsent(year, loader::apply);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        checkCount(n);
        LocalDate d = from;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public LocalDate minusWorkingDays(LocalDate to, int n) {
        checkCount(n);
        LocalDate d = to;
        for (int left = n; left > 0; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public WorkingDays snapshot() {
        return this;
    }

    private static void checkCount(int n) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days out of range: " + n);
        }
    }
}

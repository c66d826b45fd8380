package vn.daihoi.rules;

import java.time.LocalDate;

/** Working-day arithmetic on the Vietnamese calendar. Every "N ngày làm việc" deadline goes through it. */
public interface WorkingDays {

    /** Whether offices work on that day (not a weekend, not a holiday, or an official make-up day). */
    boolean isWorkingDay(LocalDate date);

    /**
     * The day that is {@code n} working days after {@code from} (n ≥ 0); {@code from} itself is not
     * counted, so a report due "within 7 working days of closing" is due on {@code plusWorkingDays(closed, 7)}.
     */
    LocalDate plusWorkingDays(LocalDate from, int n);

    /** The day that is {@code n} working days before {@code to} (n ≥ 0), {@code to} not counted. */
    LocalDate minusWorkingDays(LocalDate to, int n);

    /** Working days in the half-open range ({@code from}, {@code to}]: 0 when to ≤ from. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * The calendar as it stands now, held in memory: for computing many deadlines in one go (a progress
     * page, a plan cascade) without asking the database whether the calendar changed on every call. Do not
     * keep it beyond the request or job. (A default so that simple test doubles need not implement it.)
     */
    default WorkingDays snapshot() {
        return this;
    }
}

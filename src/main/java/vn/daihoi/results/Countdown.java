package vn.daihoi.results;

import java.time.LocalDate;
import vn.daihoi.rules.WorkingDays;

/**
 * Where a deadline stands on the working-day calendar: working days left (the due day counts as a day
 * left), overdue by so many working days, on hold (frozen at what was left), or no deadline at all.
 */
public record Countdown(Status status, LocalDate dueOn, int workingDays) {

    public enum Status {
        /** Due in {@code workingDays} working days (0: due today). */
        RUNNING,
        /** Overdue by {@code workingDays} working days. */
        OVERDUE,
        /** A complaint holds the confirmation; {@code workingDays} were left when it began (negative: overdue). */
        ON_HOLD,
        /** Nothing is due in this state. */
        NONE
    }

    public static Countdown none() {
        return new Countdown(Status.NONE, null, 0);
    }

    public static Countdown onHold(int daysLeft) {
        return new Countdown(Status.ON_HOLD, null, daysLeft);
    }

    /** The countdown to {@code dueOn} seen on {@code today}. */
    public static Countdown of(WorkingDays days, LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return none();
        }
        if (today.isAfter(dueOn)) {
            return new Countdown(Status.OVERDUE, dueOn, days.workingDaysBetween(dueOn, today));
        }
        return new Countdown(Status.RUNNING, dueOn, days.workingDaysBetween(today, dueOn));
    }

    /**
     * The working days left on {@code today} as a signed number (negative: overdue), what a hold freezes.
     */
    public int signedDaysLeft() {
        return status == Status.OVERDUE ? -workingDays : workingDays;
    }

    /** The deadline when a countdown frozen at {@code daysLeft} resumes on {@code resumedOn}. */
    public static LocalDate resumed(WorkingDays days, int daysLeft, LocalDate resumedOn) {
        if (daysLeft >= 0) {
            return days.plusWorkingDays(resumedOn, daysLeft);
        }
        // Overdue by n on a holiday means overdue by n on the last working day before it.
        LocalDate anchor = resumedOn;
        while (!days.isWorkingDay(anchor)) {
            anchor = anchor.minusDays(1);
        }
        return days.minusWorkingDays(anchor, -daysLeft);
    }

    public String labelKey() {
        return "results.countdown." + status.name();
    }
}

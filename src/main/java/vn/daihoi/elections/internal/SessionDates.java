package vn.daihoi.elections.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.daihoi.platform.Dates;
import vn.daihoi.season.CongressCases;

/**
 * The date a congress-day paper carries: the day of the session, not the day of the printing. A round
 * counted during the congress carries that day (in Vietnam time); one recorded or printed afterwards (a
 * minutes reprinted, a result keyed in later from the paper sheets) carries the congress's own days, so
 * the minutes of a congress held on 23/07/2025 never read a date of 2026.
 */
@Component
public class SessionDates {

    /** The day to print, and whether it is the day of the moment itself (so its hour may be printed too). */
    public record PaperDay(LocalDate date, boolean sameDay) {}

    private record Session(LocalDate opened, LocalDate planned, LocalDate closed, BigDecimal maxDays) {}

    private final CongressCases cases;

    SessionDates(CongressCases cases) {
        this.cases = cases;
    }

    public PaperDay of(long caseId, Instant at) {
        LocalDate day = Dates.vnDate(at);
        Session s = cases.find(caseId)
                .map(c -> new Session(c.openedOn(), c.plannedOn(), c.closedOn(), c.maxDays()))
                .orElse(null);
        LocalDate first = s == null ? null : s.opened() != null ? s.opened() : s.planned();
        if (first == null) {
            return new PaperDay(day, true);
        }
        // the congress's days: to its closing, or as many as it may last (a preparatory session the day before
        // counts too) while it has not closed
        LocalDate last = s.closed() != null ? s.closed() : first.plusDays(Math.max(1, days(s.maxDays())));
        if (day.isBefore(first)) {
            return new PaperDay(first, false);
        }
        if (day.isAfter(last)) {
            return new PaperDay(s.closed() != null ? s.closed() : first, false);
        }
        return new PaperDay(day, true);
    }

    private static long days(BigDecimal maxDays) {
        return maxDays == null ? 1 : maxDays.setScale(0, RoundingMode.CEILING).longValue();
    }
}

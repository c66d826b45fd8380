package vn.daihoi.season;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.RuleKey;
import vn.daihoi.rules.Rulebook;
import vn.daihoi.rules.WorkingDays;

/**
 * The deadline a case must meet in each state, on the working-day calendar: the plan's window before
 * the congress is held (or the new date of a postponement), the result report within 7 working days of
 * closing, the confirmation within 15 working days of the report (QĐ 24 §16.1, read from the rulebook).
 */
@Component
class CongressDeadlines {

    /** QĐ 24-QĐ/TW §16.1.1, used when the rulebook has no value for the term and level. */
    static final int REPORT_WORKING_DAYS = 7;

    /** QĐ 24-QĐ/TW §16.1.2, likewise. */
    static final int CONFIRM_WORKING_DAYS = 15;

    private final WorkingDays days;
    private final Rulebook rules;

    CongressDeadlines(WorkingDays days, Rulebook rules) {
        this.days = days;
        this.rules = rules;
    }

    LocalDate dueOn(
            CongressCase c,
            CongressState state,
            LocalDate windowTo,
            LocalDate postponedTo,
            LocalDate closedOn,
            LocalDate reportedOn) {
        return switch (state) {
            case CLOSED, FIRST_COMMITTEE_MEETING ->
                closedOn == null
                        ? null
                        : days.plusWorkingDays(
                                closedOn, rule(c, RuleKey.REPORT_WORKING_DAYS, closedOn, REPORT_WORKING_DAYS));
            case RESULT_REPORTED ->
                reportedOn == null
                        ? null
                        : days.plusWorkingDays(
                                reportedOn, rule(c, RuleKey.CONFIRM_WORKING_DAYS, reportedOn, CONFIRM_WORKING_DAYS));
            case CONFIRMED, ARCHIVED, DISSOLVED, MERGED, RESULT_ANNULLED -> null;
            case POSTPONED -> postponedTo;
            default -> later(windowTo, postponedTo);
        };
    }

    /**
     * The congress date set when convening: not before the step, and at least the rulebook's notice in
     * working days after it (30 for levels above a cell).
     */
    void checkCongressDate(CongressCase c, LocalDate effective, LocalDate date) {
        if (date == null) {
            throw new DomainException("congress.error.dateRequired");
        }
        if (date.isBefore(effective)) {
            throw new DomainException("congress.error.dateBeforeStep", Dates.format(date), Dates.format(effective));
        }
        int notice = rule(c, RuleKey.CONVENE_NOTICE_WORKING_DAYS, effective, 0);
        if (notice > 0 && days.workingDaysBetween(effective, date) < notice) {
            throw new DomainException(
                    "congress.error.noticeTooShort",
                    notice,
                    Dates.format(effective),
                    Dates.format(days.plusWorkingDays(effective, notice)));
        }
    }

    private int rule(CongressCase c, RuleKey key, LocalDate on, int fallback) {
        return rules.integer(c.term(), c.level(), key, on).orElse(fallback);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

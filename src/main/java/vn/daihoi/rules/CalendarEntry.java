package vn.daihoi.rules;

import java.time.LocalDate;

/** An administrator's entry from an official decision: it overrides the computed calendar on that day. */
public record CalendarEntry(LocalDate day, Kind kind, String note, String decisionRef) {

    public enum Kind {
        /** A public holiday given by decision (for instance the day next to Quốc khánh). */
        HOLIDAY,
        /** A weekday off, usually swapped with a weekend day worked (hoán đổi). */
        DAY_OFF,
        /** A Saturday or Sunday worked in exchange for a day off (làm bù). */
        WORKING_DAY;

        public String labelKey() {
            return "calendar.kind." + name();
        }
    }
}

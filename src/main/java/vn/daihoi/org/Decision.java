package vn.daihoi.org;

import java.time.LocalDate;

/**
 * The decision that makes a change to the tree (e.g. {@code 1234-QĐ/TU} of 30/06/2025) and the day it
 * takes effect. Every operation carries one, and every version of a node keeps it.
 */
public record Decision(String number, LocalDate date, LocalDate effectiveFrom, String note) {

    public Decision {
        number = number == null || number.isBlank() ? null : number.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static Decision of(String number, LocalDate date, LocalDate effectiveFrom) {
        return new Decision(number, date, effectiveFrom, null);
    }
}

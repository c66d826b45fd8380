package vn.daihoi.roll.internal;

import java.time.OffsetDateTime;

/**
 * What the door answers to a scan or a typed number. {@code counted}: the person counts in D (someone excluded
 * may still come in, but is not counted present for the quorum).
 */
public record CheckInAnswer(
        Outcome outcome, Integer number, String fullName, OffsetDateTime checkedAt, boolean counted) {

    public enum Outcome {
        /** Checked in now. */
        CHECKED_IN,
        /** Already checked in earlier: nothing changed. */
        ALREADY_CHECKED_IN,
        /** No badge with this token or number on this congress's roll. */
        UNKNOWN,
        /** An alternate not called up: not summoned, not checked in. */
        NOT_SUMMONED
    }

    static CheckInAnswer unknown() {
        return new CheckInAnswer(Outcome.UNKNOWN, null, null, null, false);
    }
}

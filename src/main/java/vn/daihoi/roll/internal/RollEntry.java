package vn.daihoi.roll.internal;

import java.time.OffsetDateTime;
import vn.daihoi.counting.Exclusion;

/**
 * One person on the roll with their badge number. {@code exclusion} is the category of elections.md §2 that
 * takes them out of D (null: in D); {@code replacesId} names the delegate an alternate sits for. The badge
 * token is not here: only the badges and check-in read it.
 */
public record RollEntry(
        long id,
        int number,
        Long memberId,
        String fullName,
        RollKind kind,
        boolean exempt,
        Exclusion exclusion,
        Absence absence,
        String absenceReason,
        String electingUnit,
        Integer alternateRank,
        Long replacesId,
        String calledReason,
        boolean summoned,
        OffsetDateTime checkedAt) {

    /** Counted in D and present. */
    public boolean present() {
        return checkedAt != null;
    }

    public boolean inBase() {
        return summoned && exclusion == null;
    }
}

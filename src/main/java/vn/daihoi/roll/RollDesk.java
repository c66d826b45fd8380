package vn.daihoi.roll;

import org.springframework.stereotype.Service;
import vn.daihoi.roll.internal.CheckIns;
import vn.daihoi.roll.internal.RollBook;

/**
 * What another module does with a roll as the congress office would on the day, with the same checks and audit
 * as the roll pages: fill it from the unit's members, and check a delegate in by the number on the badge (the
 * sample data's congress in session uses it). The roll's own pages use {@code roll.internal} directly.
 */
@Service
public class RollDesk {

    private final RollBook book;
    private final CheckIns checkIns;

    RollDesk(RollBook book, CheckIns checkIns) {
        this.book = book;
        this.checkIns = checkIns;
    }

    /** Fills the roll of an all-member congress from its unit's members; the number of entries added. */
    public int fillFromMembers(long caseId) {
        return book.fillFromMembers(caseId);
    }

    /** Checks in the delegate numbered {@code number} at the door (again: the earlier check-in stands). */
    public void checkInByNumber(long caseId, int number) {
        checkIns.checkIn(caseId, null, number);
    }
}

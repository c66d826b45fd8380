package vn.daihoi.season.progress;

import java.util.Locale;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressState;

/**
 * Which cases below a node a list shows: a level, a state, overdue or due within some days, the follower (user id)
 * and a unit they sit under (its subtree, within the node's).
 */
record CaseFilter(OrgLevel level, CongressState state, Deadline deadline, int dueWithin, Long follower, Long parent) {

    CaseFilter(OrgLevel level, CongressState state, Deadline deadline, int dueWithin) {
        this(level, state, deadline, dueWithin, null, null);
    }

    /** The same filter narrowed to a follower's units and to those under a unit (null: any). */
    CaseFilter narrowedTo(Long follower, Long parent) {
        return new CaseFilter(level, state, deadline, dueWithin, follower, parent);
    }

    enum Deadline {
        OVERDUE,
        DUE
    }

    static final int DEFAULT_DUE_WITHIN = 14;
    static final int MAX_DUE_WITHIN = 366;

    static CaseFilter parse(String level, String state, String filter, Integer dueWithin) {
        return new CaseFilter(
                blank(level) ? null : parseEnum(OrgLevel.class, level, "progress.error.level"),
                blank(state) ? null : parseEnum(CongressState.class, state, "progress.error.state"),
                blank(filter) ? null : parseEnum(Deadline.class, filter, "progress.error.filter"),
                days(dueWithin));
    }

    static int days(Integer dueWithin) {
        if (dueWithin == null) {
            return DEFAULT_DUE_WITHIN;
        }
        if (dueWithin < 0 || dueWithin > MAX_DUE_WITHIN) {
            throw new DomainException("progress.error.dueWithin", dueWithin, MAX_DUE_WITHIN);
        }
        return dueWithin;
    }

    /** Not yet held and not closed: only these can be overdue or due. */
    static boolean open(CongressState s) {
        return !s.held() && !s.terminal();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String errorKey) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(errorKey, text);
        }
    }
}

package vn.daihoi.season.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.season.CongressState;

/**
 * The progress of a term's congresses below a node (the node itself included), level by level, with the
 * people who follow them. {@code historical} reports (a past {@code asOf}) have no deadlines:
 * {@code congress_transition} does not keep the deadline a case had then, so overdue and due-soon are null.
 */
record ProgressReport(
        long orgId,
        String orgName,
        String term,
        LocalDate asOf,
        boolean historical,
        int dueWithin,
        List<LevelProgress> levels,
        List<FollowerProgress> followers) {

    /** One level: cases per state, how many were held, overdue and due within {@code dueWithin} days. */
    record LevelProgress(
            OrgLevel level,
            long total,
            Map<CongressState, Long> states,
            long held,
            BigDecimal heldPercent,
            Long overdue,
            Long dueSoon) {}

    /** A follower (cán bộ theo dõi): how many units they follow below the node, how many are overdue. */
    record FollowerProgress(long userId, String fullName, long units, Long overdue) {}

    /** Per cent with one decimal, 0 when there is nothing to count. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    long total() {
        return levels.stream().mapToLong(LevelProgress::total).sum();
    }
}

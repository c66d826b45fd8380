package vn.daihoi.season.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.daihoi.season.progress.ProgressReport.FollowerProgress;
import vn.daihoi.season.progress.ProgressReport.LevelProgress;

/**
 * A node's progress for one day and one "due within" window, as folded by PostgreSQL from the aggregate
 * rows: the levels as reported, and per follower the units and overdue ones (the names are joined per
 * request, so a renamed account shows at once). Immutable.
 */
record ProgressSummary(List<LevelProgress> levels, List<FollowerCount> followers) {

    record FollowerCount(long userId, long units, long overdue) {}

    ProgressSummary {
        levels = List.copyOf(levels);
        followers = List.copyOf(followers);
    }

    long[] followerIds() {
        return followers.stream().mapToLong(FollowerCount::userId).toArray();
    }

    /** The followers with a known name (a deleted account is left out), unsorted. */
    List<FollowerProgress> followers(Map<Long, String> names) {
        List<FollowerProgress> out = new ArrayList<>(followers.size());
        for (FollowerCount f : followers) {
            String name = names.get(f.userId());
            if (name != null) {
                out.add(new FollowerProgress(f.userId(), name, f.units(), f.overdue()));
            }
        }
        return out;
    }
}

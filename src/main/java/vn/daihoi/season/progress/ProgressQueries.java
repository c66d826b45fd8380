package vn.daihoi.season.progress;

import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.access.UserSql;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgSql;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressState;
import vn.daihoi.season.progress.ProgressReport.FollowerProgress;
import vn.daihoi.season.progress.ProgressReport.LevelProgress;

/**
 * Reads progress. Today's comes from the aggregates {@code congress_progress} and {@code congress_follow}
 * (a few hundred rows even for the root); a past date is recounted from {@code congress_transition} (each
 * case's last step effective on or before the date) over the tree as it was then (a recursive descent
 * through the versions valid on the date), which reads every case below the node: seconds for the root.
 */
@Component
class ProgressQueries {

    private final JdbcClient jdbc;
    private final ProgressSnapshots snapshots;

    ProgressQueries(JdbcClient jdbc, ProgressSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /** The node's name on the date, or a 404 when it did not exist then. */
    String nodeName(long orgId, LocalDate date) {
        return jdbc.sql("select v.name from " + OrgSql.versionsOn(":date") + " v where v.org_id = :org")
                .param("date", date)
                .param("org", orgId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("progress.error.noNode", orgId, date));
    }

    /**
     * Today's progress from the aggregates. The node's stamp is read first (with its name and the current
     * names of the followers last seen), then the rows are folded unless this app node holds them folded
     * at that stamp.
     */
    ProgressReport current(long orgId, String term, LocalDate today, int dueWithin) {
        long[] known = snapshots.followersKept(orgId, term, today, dueWithin);
        Head head = jdbc.sql("""
                select v.name,
                       coalesce((select s.version from congress_progress_stamp s
                                 where s.ancestor_id = v.org_id and s.term = ?), 0),
                       (select array_agg(u order by u) from unnest(?::bigint[]) u where %1$s is not null),
                       (select array_agg(%1$s order by u) from unnest(?::bigint[]) u where %1$s is not null)
                from %2$s v
                where v.org_id = ?""".formatted(UserSql.fullName("u"), OrgSql.versionsOn("?::date")))
                .params(term, known, known, today, today, orgId)
                .query((rs, i) -> new Head(rs.getString(1), rs.getLong(2), names(rs.getArray(3), rs.getArray(4))))
                .optional()
                .orElseThrow(() -> DomainException.notFound("progress.error.noNode", orgId, today));
        ProgressSummary summary = snapshots.summary(
                orgId, term, today, dueWithin, head.version(), () -> fold(orgId, term, today, dueWithin));
        Map<Long, String> names = head.names();
        long[] missing = Arrays.stream(summary.followerIds())
                .filter(id -> !names.containsKey(id))
                .toArray();
        if (missing.length > 0) {
            jdbc.sql("select u, " + UserSql.fullName("u") + " from unnest(?::bigint[]) u where " + UserSql.fullName("u")
                            + " is not null")
                    .param(missing)
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        Collator collator = Collator.getInstance(VIETNAMESE);
        List<FollowerProgress> followers = summary.followers(names).stream()
                .sorted(Comparator.comparing(FollowerProgress::overdue, Comparator.reverseOrder())
                        .thenComparing(FollowerProgress::units, Comparator.reverseOrder())
                        .thenComparing(FollowerProgress::fullName, collator))
                .toList();
        return new ProgressReport(orgId, head.name(), term, today, false, dueWithin, summary.levels(), followers);
    }

    private record Head(String name, long version, Map<Long, String> names) {}

    private static Map<Long, String> names(java.sql.Array ids, java.sql.Array fullNames) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        if (ids != null) {
            Long[] i = (Long[]) ids.getArray();
            String[] n = (String[]) fullNames.getArray();
            for (int k = 0; k < i.length; k++) {
                out.put(i[k], n[k]);
            }
        }
        return out;
    }

    /**
     * The node's aggregate rows folded by PostgreSQL for the day (called after its stamp was read): a row
     * per level and state, and per follower. Held and closed cases have no deadline ('infinity').
     */
    private ProgressSummary fold(long orgId, String term, LocalDate today, int dueWithin) {
        Map<OrgLevel, Tally> levels = new EnumMap<>(OrgLevel.class);
        jdbc.sql("""
                select level, state, sum(n),
                       coalesce(sum(n) filter (where due_on < :today), 0),
                       coalesce(sum(n) filter (where due_on >= :today and due_on <= :soon), 0)
                from congress_progress where ancestor_id = :org and term = :term
                group by level, state""")
                .param("today", today)
                .param("soon", today.plusDays(dueWithin))
                .param("org", orgId)
                .param("term", term)
                .query(rs -> {
                    Tally t = levels.computeIfAbsent(OrgLevel.valueOf(rs.getString(1)), l -> new Tally(true));
                    t.add(CongressState.valueOf(rs.getString(2)), rs.getLong(3));
                    t.overdue += rs.getLong(4);
                    t.dueSoon += rs.getLong(5);
                });
        List<ProgressSummary.FollowerCount> followers = jdbc.sql("""
                select follower_user_id, sum(n), coalesce(sum(n) filter (where due_on < ?), 0)
                from congress_follow where ancestor_id = ? and term = ?
                group by follower_user_id""")
                .params(today, orgId, term)
                .query((rs, i) -> new ProgressSummary.FollowerCount(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
        return new ProgressSummary(report(levels), followers);
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The progress as it stood at the end of {@code date}, from the transitions and the tree of that date. */
    ProgressReport past(long orgId, String term, LocalDate date, int dueWithin) {
        String name = nodeName(orgId, date);
        Map<OrgLevel, Tally> levels = new EnumMap<>(OrgLevel.class);
        Map<Long, FollowerTally> followers = new LinkedHashMap<>();
        jdbc.sql("""
                with sub as (
                  select org_id from %s s
                ), at_date as (
                  select c.level, c.follower_user_id,
                         (select t.to_state from congress_transition t
                          where t.case_id = c.id and t.effective_on <= :date
                          order by t.effective_on desc, t.at desc, t.id desc limit 1) state
                  from sub join congress_case c on c.org_id = sub.org_id and c.term = :term
                )
                select a.level, a.state, a.follower_user_id, %s, count(*) n
                from at_date a
                where a.state is not null
                group by 1, 2, 3""".formatted(OrgSql.subtreeOn(":org", ":date"), UserSql.fullName("a.follower_user_id")))
                .param("org", orgId)
                .param("date", date)
                .param("term", term)
                .query(rs -> {
                    CongressState state = CongressState.valueOf(rs.getString(2));
                    long n = rs.getLong(5);
                    levels.computeIfAbsent(OrgLevel.valueOf(rs.getString(1)), l -> new Tally(false))
                            .add(state, n);
                    long follower = rs.getLong(3);
                    if (!rs.wasNull()) {
                        String fullName = rs.getString(4);
                        followers.computeIfAbsent(follower, f -> new FollowerTally(fullName)).units += n;
                    }
                });
        List<FollowerProgress> people = followers.entrySet().stream()
                .map(e -> new FollowerProgress(e.getKey(), e.getValue().name, e.getValue().units, null))
                .sorted(Comparator.comparingLong(FollowerProgress::units).reversed())
                .toList();
        return new ProgressReport(orgId, name, term, date, true, dueWithin, report(levels), people);
    }

    /** The plain count over the closure: the reference the aggregate must equal (tests, benchmark). */
    Map<String, Long> oracle(long orgId, String term) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                select c.level || '/' || c.state, count(*)
                from %s cl join congress_case c on c.org_id = cl.org_id
                where cl.ancestor_id = ? and c.term = ? group by 1 order by 1""".formatted(OrgSql.closure())).params(orgId, term).query(rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }

    Optional<Long> caseOrg(long caseId) {
        return jdbc.sql("select org_id from congress_case where id = ?")
                .param(caseId)
                .query(Long.class)
                .optional();
    }

    private static List<LevelProgress> report(Map<OrgLevel, Tally> levels) {
        List<LevelProgress> out = new ArrayList<>();
        levels.forEach((level, t) -> out.add(new LevelProgress(
                level,
                t.total,
                t.states,
                t.held,
                ProgressReport.percent(t.held, t.total),
                t.withDeadlines ? t.overdue : null,
                t.withDeadlines ? t.dueSoon : null)));
        return out;
    }

    private static final class Tally {
        final boolean withDeadlines;
        final Map<CongressState, Long> states = new EnumMap<>(CongressState.class);
        long total;
        long held;
        long overdue;
        long dueSoon;

        Tally(boolean withDeadlines) {
            this.withDeadlines = withDeadlines;
        }

        void add(CongressState state, long n) {
            total += n;
            states.merge(state, n, Long::sum);
            if (state.held()) {
                held += n;
            }
        }
    }

    private static final class FollowerTally {
        final String name;
        long units;

        FollowerTally(String name) {
            this.name = name;
        }
    }
}

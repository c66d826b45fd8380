package vn.daihoi.season.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.org.OrgLevel;
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

    static final LocalDate NO_DEADLINE = LocalDate.MAX;

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The node's name on the date, or a 404 when it did not exist then. */
    String nodeName(long orgId, LocalDate date) {
        return jdbc.sql("""
                select name from org_version
                where org_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)""")
                .params(orgId, date, date)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("progress.error.noNode", orgId, date));
    }

    ProgressReport current(long orgId, String term, LocalDate today, int dueWithin) {
        String name = nodeName(orgId, today);
        LocalDate soon = today.plusDays(dueWithin);
        Map<OrgLevel, Tally> levels = new EnumMap<>(OrgLevel.class);
        jdbc.sql("""
                select level, state, due_on, n from congress_progress
                where ancestor_id = ? and term = ?""").params(orgId, term).query(rs -> {
            CongressState state = CongressState.valueOf(rs.getString(2));
            LocalDate due = rs.getObject(3, LocalDate.class);
            long n = rs.getLong(4);
            Tally t = levels.computeIfAbsent(OrgLevel.valueOf(rs.getString(1)), l -> new Tally(true));
            t.add(state, n);
            if (CaseFilter.open(state) && due != null && !due.equals(NO_DEADLINE)) {
                if (due.isBefore(today)) {
                    t.overdue += n;
                } else if (!due.isAfter(soon)) {
                    t.dueSoon += n;
                }
            }
        });
        List<FollowerProgress> followers = jdbc.sql("""
                select f.follower_user_id, u.full_name, f.units, f.overdue
                from (select follower_user_id, sum(n) units, coalesce(sum(n) filter (where due_on < ?), 0) overdue
                      from congress_follow where ancestor_id = ? and term = ? group by follower_user_id) f
                join app_user u on u.id = f.follower_user_id
                order by f.overdue desc, f.units desc, u.full_name""")
                .params(today, orgId, term)
                .query((rs, i) -> new FollowerProgress(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
        return new ProgressReport(orgId, name, term, today, false, dueWithin, report(levels), followers);
    }

    /** The progress as it stood at the end of {@code date}, from the transitions and the tree of that date. */
    ProgressReport past(long orgId, String term, LocalDate date, int dueWithin) {
        String name = nodeName(orgId, date);
        Map<OrgLevel, Tally> levels = new EnumMap<>(OrgLevel.class);
        Map<Long, FollowerTally> followers = new LinkedHashMap<>();
        jdbc.sql("""
                with recursive sub (org_id) as (
                  select cast(:org as bigint)
                  union all
                  select v.org_id from sub join org_version v on v.parent_id = sub.org_id
                   and v.valid_from <= :date and (v.valid_to is null or v.valid_to > :date) and v.org_id <> sub.org_id
                ), at_date as (
                  select c.level, c.follower_user_id,
                         (select t.to_state from congress_transition t
                          where t.case_id = c.id and t.effective_on <= :date
                          order by t.effective_on desc, t.at desc, t.id desc limit 1) state
                  from sub join congress_case c on c.org_id = sub.org_id and c.term = :term
                )
                select a.level, a.state, a.follower_user_id, u.full_name, count(*) n
                from at_date a left join app_user u on u.id = a.follower_user_id
                where a.state is not null
                group by 1, 2, 3, 4""")
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
                from org_closure cl join congress_case c on c.org_id = cl.descendant_id
                where cl.ancestor_id = ? and c.term = ? group by 1 order by 1""").params(orgId, term).query(rs -> {
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

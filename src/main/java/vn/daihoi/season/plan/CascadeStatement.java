package vn.daihoi.season.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgSql;
import vn.daihoi.season.CongressState;

/**
 * The cascade of a plan to the congress cases of every live unit below its issuer, as ONE statement: a
 * set-based upsert of congress_case from the live tree below the issuer ({@link OrgSql#live}) and the plan's tables, the first
 * transition of each new case, and the counts. A province plan covers ~10,000 units; a loop would not do.
 *
 * <p>Existing cases keep their state. They are left untouched when held or terminal, and when a plan of a
 * unit deeper than this issuer already governs them (a commune's own plan wins over the province's).
 */
@Component
class CascadeStatement {

    /** What the statement did: cases created, updated, and units below left untouched. */
    record Counts(int created, int updated, int untouched) {}

    /** Who issued, when, and the reason the new cases' first transition carries. */
    record Issue(Instant at, LocalDate effectiveOn, Long userId, String username, String reason) {}

    private static final String SQL =
            """
            with p as (
              select ?::bigint plan, ?::bigint issuer, ?::text term, ?::timestamptz at, ?::date effective_on,
                     ?::bigint user_id, ?::text username, ?::text reason,
                     ?::text[] untouchable, ?::text[] before_session
            ), th as (
              select * from unnest(?::text[], ?::int[]) t (level, threshold)
            ), fol as materialized (
              -- Each unit's follower is its direct-subordinate ancestor's: resolved once for the whole subtree.
              select fa.org_id, pu.follower_user_id
              from p join congress_plan_unit pu on pu.plan_id = p.plan
              join %1$s fa on fa.ancestor_id = pu.org_id
              where pu.follower_user_id is not null
            ), src as (
              select c.org_id, c.level, w.window_from, w.window_to, w.max_days,
                     (pp.org_id is not null) pilot, fol.follower_user_id follower,
                     case when c.depth = 1 then dq.quota else ex.delegate_quota end quota,
                     case when th.threshold is not null and c.members >= th.threshold
                          then 'DELEGATE' else 'ALL_MEMBER' end kind
              from p
              join %2$s c on c.ancestor_id = p.issuer and c.depth > 0
              left join congress_plan_window w on w.plan_id = p.plan and w.level = c.level
              left join congress_plan_pilot pp on pp.plan_id = p.plan and pp.org_id = c.org_id
              left join fol on fol.org_id = c.org_id
              left join congress_plan_unit dq on dq.plan_id = p.plan and dq.org_id = c.org_id
              left join congress_case ex on ex.org_id = c.org_id and ex.term = p.term
              left join th on th.level = c.level
              where c.level <> 'PARTY_GROUP'
            ), up as (
              insert into congress_case as cc (org_id, term, level, state, kind, pilot, plan_id, window_from,
                     window_to, max_days, due_on, follower_user_id, delegate_quota, state_changed_at)
              select s.org_id, p.term, s.level, 'PLAN_ISSUED', s.kind, s.pilot, p.plan, s.window_from, s.window_to,
                     s.max_days, s.window_to, s.follower, s.quota, p.at
              from src s cross join p
              on conflict (org_id, term) do update set
                level = excluded.level, kind = excluded.kind, pilot = excluded.pilot, plan_id = excluded.plan_id,
                window_from = excluded.window_from, window_to = excluded.window_to, max_days = excluded.max_days,
                due_on = case when (select cc.state = any(p.before_session) from p) then excluded.window_to
                              else cc.due_on end,
                follower_user_id = excluded.follower_user_id, delegate_quota = excluded.delegate_quota,
                version = cc.version + 1
              where (select cc.state <> all(p.untouchable) from p)
                and (cc.plan_id is null or cc.plan_id = (select plan from p) or exists (
                      select 1 from congress_plan op where op.id = cc.plan_id
                        and %3$s))
              returning cc.id, (cc.xmax = 0) created
            ), tr as (
              insert into congress_transition (case_id, from_state, to_state, at, effective_on, user_id, username,
                     reason)
              select up.id, null, 'PLAN_ISSUED', p.at, p.effective_on, p.user_id, p.username, p.reason
              from up cross join p where up.created
              returning 1
            )
            select (select count(*) from up where created)::int created,
                   (select count(*) from up where not created)::int updated,
                   (select count(*) from src)::int total,
                   (select count(*) from tr)::int transitions
            """.formatted(OrgSql.closure(), OrgSql.live(), OrgSql.above("op.issuer_id", "= (select issuer from p)"));

    private final JdbcClient jdbc;

    CascadeStatement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Counts run(long planId, long issuerId, String term, Map<OrgLevel, Integer> thresholds, Issue issue) {
        Set<CongressState> untouchable = EnumSet.copyOf(CongressState.HELD);
        untouchable.addAll(CongressState.TERMINAL);
        String[] levels = thresholds.keySet().stream().map(Enum::name).toArray(String[]::new);
        Integer[] values = thresholds.values().toArray(Integer[]::new);
        return jdbc.sql(SQL)
                .params(
                        planId,
                        issuerId,
                        term,
                        Timestamp.from(issue.at()),
                        issue.effectiveOn(),
                        issue.userId(),
                        issue.username(),
                        issue.reason(),
                        names(untouchable),
                        names(CongressState.BEFORE_SESSION),
                        levels,
                        values)
                .query((rs, n) -> new Counts(
                        rs.getInt("created"),
                        rs.getInt("updated"),
                        rs.getInt("total") - rs.getInt("created") - rs.getInt("updated")))
                .single();
    }

    private static String[] names(Set<CongressState> states) {
        return states.stream().map(Enum::name).toArray(String[]::new);
    }
}

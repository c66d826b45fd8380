package vn.daihoi.season.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.access.UserSql;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgSql;

/** The plan tables: congress_plan and its windows, units (followers, allocation) and pilots. */
@Component
class PlanStore {

    /** The plan row with its issuer's current name. */
    record PlanRecord(
            long id,
            long issuerId,
            String issuerCode,
            String issuerName,
            String term,
            String symbol,
            LocalDate issuedOn,
            String title,
            Long documentId,
            int dossierLeadDays,
            Integer totalDelegates,
            Integer basePerUnit,
            Integer exOfficio,
            Integer appointed,
            int casesCreated,
            int casesUpdated,
            Instant issuedAt,
            String issuedBy,
            int reissues) {

        public boolean allocates() {
            return totalDelegates != null;
        }
    }

    record WindowRow(OrgLevel level, LocalDate from, LocalDate to, BigDecimal maxDays) {}

    record UnitRow(
            long orgId,
            String code,
            String name,
            Long followerId,
            String followerName,
            int special,
            Integer members,
            Integer share,
            Integer quota) {}

    record PilotRow(long orgId, String code, String name) {}

    /** A plan with everything it holds. */
    record PlanDetail(PlanRecord plan, List<WindowRow> windows, List<UnitRow> units, List<PilotRow> pilots) {}

    /** The values written for the plan row itself. */
    record PlanValues(
            long issuerId,
            String term,
            String symbol,
            LocalDate issuedOn,
            String title,
            int dossierLeadDays,
            Integer totalDelegates,
            Integer basePerUnit,
            Integer exOfficio,
            Integer appointed,
            Instant issuedAt,
            String issuedBy) {}

    private static final String PLAN_SELECT = """
            select p.*, %s issuer_code, %s issuer_name
            from congress_plan p
            """.formatted(OrgSql.code("p.issuer_id"), OrgSql.name("p.issuer_id"));

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PlanValues v) {
        return jdbc.sql("""
                        insert into congress_plan (issuer_id, term, symbol, issued_on, title, dossier_lead_days,
                          total_delegates, base_per_unit, ex_officio, appointed, issued_at, issued_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        v.issuerId(),
                        v.term(),
                        v.symbol(),
                        v.issuedOn(),
                        v.title(),
                        v.dossierLeadDays(),
                        v.totalDelegates(),
                        v.basePerUnit(),
                        v.exOfficio(),
                        v.appointed(),
                        Timestamp.from(v.issuedAt()),
                        v.issuedBy())
                .query(Long.class)
                .single();
    }

    /** Rewrites the plan row and clears its windows, units and pilots (they are written again). */
    void replace(long planId, PlanValues v) {
        jdbc.sql("""
                        update congress_plan set symbol = ?, issued_on = ?, title = ?, dossier_lead_days = ?,
                          total_delegates = ?, base_per_unit = ?, ex_officio = ?, appointed = ?, issued_at = ?,
                          issued_by = ?, reissues = reissues + 1
                        where id = ?""")
                .params(
                        v.symbol(),
                        v.issuedOn(),
                        v.title(),
                        v.dossierLeadDays(),
                        v.totalDelegates(),
                        v.basePerUnit(),
                        v.exOfficio(),
                        v.appointed(),
                        Timestamp.from(v.issuedAt()),
                        v.issuedBy(),
                        planId)
                .update();
        for (String table : List.of("congress_plan_window", "congress_plan_unit", "congress_plan_pilot")) {
            jdbc.sql("delete from " + table + " where plan_id = ?")
                    .param(planId)
                    .update();
        }
    }

    void addWindow(long planId, WindowRow w) {
        jdbc.sql("""
                        insert into congress_plan_window (plan_id, level, window_from, window_to, max_days)
                        values (?, ?, ?, ?, ?)""")
                .params(planId, w.level().name(), w.from(), w.to(), w.maxDays())
                .update();
    }

    /** All direct subordinates in one statement (a province has up to a few hundred). */
    void addUnits(long planId, List<UnitRow> units) {
        int n = units.size();
        Long[] org = new Long[n];
        Long[] follower = new Long[n];
        Integer[] special = new Integer[n];
        Integer[] members = new Integer[n];
        Integer[] share = new Integer[n];
        Integer[] quota = new Integer[n];
        for (int i = 0; i < n; i++) {
            UnitRow u = units.get(i);
            org[i] = u.orgId();
            follower[i] = u.followerId();
            special[i] = u.special();
            members[i] = u.members();
            share[i] = u.share();
            quota[i] = u.quota();
        }
        jdbc.sql("""
                        insert into congress_plan_unit (plan_id, org_id, follower_user_id, special, members, share, quota)
                        select ?, * from unnest(?::bigint[], ?::bigint[], ?::int[], ?::int[], ?::int[], ?::int[])""")
                .params(planId, org, follower, special, members, share, quota)
                .update();
    }

    void addPilots(long planId, List<Long> orgIds) {
        jdbc.sql("insert into congress_plan_pilot (plan_id, org_id) select ?, unnest(?::bigint[])")
                .params(planId, orgIds.toArray(Long[]::new))
                .update();
    }

    void recordCounts(long planId, int created, int updated) {
        jdbc.sql("update congress_plan set cases_created = ?, cases_updated = ? where id = ?")
                .params(created, updated, planId)
                .update();
    }

    void linkDocument(long planId, long documentId) {
        jdbc.sql("update congress_plan set document_id = ? where id = ?")
                .params(documentId, planId)
                .update();
    }

    /** Locks the plan row for a re-issue, so two re-issues of one plan run one after the other. */
    Optional<PlanRecord> lock(long planId) {
        return jdbc.sql(PLAN_SELECT + " where p.id = ? for update of p")
                .param(planId)
                .query(PlanStore::plan)
                .optional();
    }

    Optional<PlanRecord> plan(long planId) {
        return jdbc.sql(PLAN_SELECT + " where p.id = ?")
                .param(planId)
                .query(PlanStore::plan)
                .optional();
    }

    boolean exists(long issuerId, String term) {
        return jdbc.sql("select exists (select 1 from congress_plan where issuer_id = ? and term = ?)")
                .params(issuerId, term)
                .query(Boolean.class)
                .single();
    }

    /** Plans whose issuer lies in one of the given subtrees, newest first. */
    List<PlanRecord> inScope(List<Long> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PLAN_SELECT + """
                         where %s
                         order by p.issued_on desc, p.id desc limit 500""".formatted(OrgSql.within("p.issuer_id", "= any(?)")))
                .param(roots.toArray(Long[]::new))
                .query(PlanStore::plan)
                .list();
    }

    Optional<PlanDetail> detail(long planId) {
        return plan(planId).map(p -> new PlanDetail(p, windows(planId), units(planId), pilots(planId)));
    }

    List<WindowRow> windows(long planId) {
        return jdbc
                .sql("select * from congress_plan_window where plan_id = ?")
                .param(planId)
                .query((rs, n) -> new WindowRow(
                        OrgLevel.valueOf(rs.getString("level")),
                        rs.getObject("window_from", LocalDate.class),
                        rs.getObject("window_to", LocalDate.class),
                        rs.getBigDecimal("max_days")))
                .list()
                .stream()
                .sorted((a, b) -> a.level().compareTo(b.level()))
                .toList();
    }

    List<UnitRow> units(long planId) {
        return jdbc.sql("""
                        select pu.*, %s code,
                          %s name,
                          %s follower_name
                        from congress_plan_unit pu
                        where pu.plan_id = ? order by code""".formatted(
                        OrgSql.code("pu.org_id"), OrgSql.name("pu.org_id"), UserSql.fullName("pu.follower_user_id")))
                .param(planId)
                .query((rs, n) -> new UnitRow(
                        rs.getLong("org_id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        (Long) rs.getObject("follower_user_id", Long.class),
                        rs.getString("follower_name"),
                        rs.getInt("special"),
                        rs.getObject("members", Integer.class),
                        rs.getObject("share", Integer.class),
                        rs.getObject("quota", Integer.class)))
                .list();
    }

    List<PilotRow> pilots(long planId) {
        return jdbc.sql("""
                        select pp.org_id, %s code,
                          %s
                        from congress_plan_pilot pp
                        where pp.plan_id = ? order by code""".formatted(OrgSql.code("pp.org_id"), OrgSql.name("pp.org_id")))
                .param(planId)
                .query((rs, n) -> new PilotRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static PlanRecord plan(ResultSet rs, int row) throws SQLException {
        return new PlanRecord(
                rs.getLong("id"),
                rs.getLong("issuer_id"),
                rs.getString("issuer_code"),
                rs.getString("issuer_name"),
                rs.getString("term"),
                rs.getString("symbol"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getString("title"),
                rs.getObject("document_id", Long.class),
                rs.getInt("dossier_lead_days"),
                rs.getObject("total_delegates", Integer.class),
                rs.getObject("base_per_unit", Integer.class),
                rs.getObject("ex_officio", Integer.class),
                rs.getObject("appointed", Integer.class),
                rs.getInt("cases_created"),
                rs.getInt("cases_updated"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("issued_by"),
                rs.getInt("reissues"));
    }
}

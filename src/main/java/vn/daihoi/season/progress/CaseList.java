package vn.daihoi.season.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.UserSql;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgSql;
import vn.daihoi.season.CongressState;

/** The congress cases below a node (the node included), filtered, a page at a time or streamed for export. */
@Component
class CaseList {

    /** One case as a list row: the unit, its congress's state, window, deadline, follower and planned date. */
    record CaseRow(
            long caseId,
            long orgId,
            String unitName,
            String unitCode,
            OrgLevel level,
            CongressState state,
            LocalDate windowFrom,
            LocalDate windowTo,
            LocalDate dueOn,
            String follower,
            LocalDate plannedOn) {

        /** Not held, not closed, and past its deadline on {@code today}: the list marks it. */
        public boolean overdueOn(LocalDate today) {
            return CaseFilter.open(state) && dueOn != null && dueOn.isBefore(today);
        }
    }

    /** A choice in the list's filters: a follower or a unit under the node. */
    record Choice(long id, String name) {}

    /** One page of rows, {@code page} counted from 0, with the number of pages. */
    record Page(List<CaseRow> rows, long total, int page, int size, int pages) {
        static Page of(List<CaseRow> rows, long total, int page, int size) {
            return new Page(rows, total, page, size, (int) Math.max(1, (total + size - 1) / size));
        }
    }

    static final int MAX_PAGE_SIZE = 500;
    static final String HELD_OR_CLOSED = "('CLOSED', 'FIRST_COMMITTEE_MEETING', 'RESULT_REPORTED', 'CONFIRMED',"
            + " 'ARCHIVED', 'DISSOLVED', 'MERGED')";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    CaseList(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // Read the export in chunks (inside a transaction the driver then uses a cursor).
        template.setFetchSize(2000);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    Page page(long orgId, String term, CaseFilter filter, LocalDate today, int page, int size) {
        MapSqlParameterSource params = params(orgId, term, filter, today);
        String where = where(filter);
        long total = jdbc.sql("select count(*) from " + OrgSql.closure()
                        + " cl join congress_case c on c.org_id = cl.org_id" + where)
                .paramSource(params)
                .query(Long.class)
                .single();
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<CaseRow> rows = jdbc.sql(select(where) + " limit :limit offset :offset")
                .paramSource(params)
                .query((rs, i) -> row(rs))
                .list();
        return Page.of(rows, total, page, size);
    }

    /** Every matching row, in list order, to {@code sink} (read with a cursor: the root has 325,000). */
    @Transactional(readOnly = true)
    public void each(long orgId, String term, CaseFilter filter, LocalDate today, Consumer<CaseRow> sink) {
        streaming.query(select(where(filter)), params(orgId, term, filter, today), rs -> {
            sink.accept(row(rs));
        });
    }

    private static String select(String where) {
        return """
            select c.id, c.org_id, %s as name, cl.code, c.level, c.state, c.window_from, c.window_to, c.due_on,
                   %s as follower_name, c.planned_on
            from %s cl join congress_case c on c.org_id = cl.org_id
            """.formatted(OrgSql.name("c.org_id"), UserSql.fullName("c.follower_user_id"), OrgSql.closure()) + where
                + " order by c.due_on nulls last, cl.code, c.id";
    }

    private static String where(CaseFilter filter) {
        StringBuilder w = new StringBuilder(" where cl.ancestor_id = :org and c.term = :term");
        if (filter.level() != null) {
            w.append(" and c.level = :level");
        }
        if (filter.state() != null) {
            w.append(" and c.state = :state");
        }
        if (filter.follower() != null) {
            w.append(" and c.follower_user_id = :follower");
        }
        if (filter.parent() != null) {
            w.append(" and ").append(OrgSql.below("c.org_id", "= :parent"));
        }
        if (filter.deadline() != null) {
            w.append(" and c.state not in ").append(HELD_OR_CLOSED);
            w.append(
                    switch (filter.deadline()) {
                        case OVERDUE -> " and c.due_on < :today";
                        case DUE -> " and c.due_on between :today and :soon";
                    });
        }
        return w.toString();
    }

    private static MapSqlParameterSource params(long orgId, String term, CaseFilter filter, LocalDate today) {
        return new MapSqlParameterSource()
                .addValue("org", orgId)
                .addValue("term", term)
                .addValue(
                        "level", filter.level() == null ? null : filter.level().name())
                .addValue(
                        "state", filter.state() == null ? null : filter.state().name())
                .addValue("follower", filter.follower())
                .addValue("parent", filter.parent())
                .addValue("today", today)
                .addValue("soon", today.plusDays(filter.dueWithin()));
    }

    private static CaseRow row(ResultSet rs) throws SQLException {
        return new CaseRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                OrgLevel.valueOf(rs.getString(5)),
                CongressState.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                rs.getObject(11, LocalDate.class));
    }

    /** The followers of the cases below the node, by name: the list's follower filter. */
    List<Choice> followers(long orgId, String term) {
        return jdbc.sql("""
                select distinct c.follower_user_id as id, %s as full_name from %s cl
                join congress_case c on c.org_id = cl.org_id
                where cl.ancestor_id = ? and c.term = ? and c.follower_user_id is not null
                order by full_name, id""".formatted(UserSql.fullName("c.follower_user_id"), OrgSql.closure()))
                .params(orgId, term)
                .query((rs, i) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The units directly under the node that hold cases below them: the list's "under unit" filter. */
    List<Choice> parents(long orgId, String term) {
        return jdbc.sql("""
                select k.org_id, %1$s as name from %2$s k
                where k.ancestor_id = ? and k.depth = 1
                  and exists (select 1 from %2$s d join congress_case c on c.org_id = d.org_id
                              where d.ancestor_id = k.org_id and d.depth > 0 and c.term = ?)
                order by name, k.org_id""".formatted(OrgSql.name("k.org_id"), OrgSql.closure()))
                .params(orgId, term)
                .query((rs, i) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }
}

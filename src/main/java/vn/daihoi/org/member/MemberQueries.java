package vn.daihoi.org.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members.Assignment;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.org.Members.MemberSummary;
import vn.daihoi.org.OrgSql;
import vn.daihoi.org.Sex;
import vn.daihoi.platform.Like;

/**
 * Reading members. The search matches the accent-free {@code search_text}: three letters or more
 * anywhere in the name ({@code like '%…%'}), one or two letters at its start. It first matches the
 * dictionary of distinct names ({@code member_name}, migration .40), then picks the cheapest way to
 * the page (see {@link #plan}). The scope is a semi-join on the closure table, results come in ballot
 * order ({@code sort_key, birth_date, id}) one page at a time, and one row more than a page tells
 * whether there is a next page without counting them all.
 */
@Component
class MemberQueries {

    /** Below this many letters a substring search would scan everything: match the name's start. */
    static final int MIN_SUBSTRING = 3;

    private static final String ORG_NAME = OrgSql.name("m.org_id");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MemberQueries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * One page of members matching {@code text} under any of {@code roots} (null: no scope filter, the
     * caller sees the whole tree), in ballot order; {@code limit} rows at most. Must run inside a
     * transaction: the plan settings are set for it alone ({@code set_config(..., true)}).
     */
    List<MemberSummary> search(String text, List<Long> roots, int limit, int offset) {
        Plan first = plan(text, roots, limit, offset, true);
        List<MemberSummary> page = search(first);
        if (first.guessed && page.size() < limit) {
            // the guessed bound of a scoped search may have cut the page short: read without it
            return search(plan(text, roots, limit, offset, false));
        }
        return page;
    }

    private List<MemberSummary> search(Plan plan) {
        // A generic plan cannot see how selective a pattern or a name list is (one ran for minutes).
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " set_config('enable_bitmapscan', ?, true), set_config('enable_sort', ?, true)")
                .params(
                        plan.strategy == Strategy.BALLOT_ORDER ? "off" : "on",
                        plan.strategy == Strategy.BALLOT_ORDER ? "off" : "on")
                .query((rs, i) -> 0)
                .list();
        List<MemberSummary> page = jdbc.sql("""
            with page as materialized (%s)
            select m.id, m.full_name, m.sex, m.birth_date, m.status, m.situation, m.org_id,
                   (select code from org_unit u where u.id = m.org_id) org_code, %s org_name
            from page p join member m on m.id = p.id
            order by p.sort_key, p.birth_date, p.id""".formatted(plan.sql, ORG_NAME))
                .params(plan.params)
                .query((rs, i) -> new MemberSummary(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        Sex.valueOf(rs.getString("sex")),
                        rs.getObject("birth_date", LocalDate.class),
                        MemberStatus.valueOf(rs.getString("status")),
                        MemberSituation.valueOf(rs.getString("situation")),
                        rs.getLong("org_id"),
                        rs.getString("org_code"),
                        rs.getString("org_name")))
                .list();
        if (plan.strategy == Strategy.BALLOT_ORDER) {
            // the rest of the caller's transaction plans as usual
            jdbc.sql("select set_config('enable_bitmapscan', 'on', true), set_config('enable_sort', 'on', true)")
                    .query((rs, i) -> 0)
                    .list();
        }
        return page;
    }

    /** The strategy and plan the database uses for a search (the test that watches the indexes). */
    String explain(String text, List<Long> roots) {
        Plan plan = plan(text, roots, 51, 0, true);
        return plan.strategy + "\n"
                + String.join(
                        "\n",
                        jdbc.sql("explain " + plan.sql)
                                .params(plan.params)
                                .query(String.class)
                                .list());
    }

    /**
     * How to find the page's ids, cheapest first by a rough count of index entries read:
     * <ul>
     *   <li>{@link Strategy#NAMES}: the members of the matching distinct names, from the covering
     *       index {@code member_name_ballot_idx}, then sorted — reads {@code total} entries;
     *   <li>{@link Strategy#BALLOT_ORDER}: walk {@code member_ballot_idx} in ballot order and keep the
     *       matching entries until the page is full — about {@code rows × all / scoped matches};
     *   <li>{@link Strategy#SUBTREE}: the scope's own members through {@code member_org_idx}, filtered
     *       and sorted — about {@code scope members}, each with a table read (weighted ×4).
     * </ul>
     */
    private Plan plan(String text, List<Long> roots, int limit, int offset, boolean guess) {
        String key = VietnameseNames.searchKey(text == null ? "" : text);
        String pattern = key.length() >= MIN_SUBSTRING ? Like.contains(key) : Like.prefix(key);
        double all = Math.max(
                1,
                jdbc.sql("select greatest(reltuples, 1)::bigint from pg_class where oid = 'member'::regclass")
                        .query(Long.class)
                        .single());
        double scope = roots == null
                ? all
                : jdbc.sql("select coalesce(sum(subtree_members), 0) from org_counts where org_id = any(?)")
                        .param(roots.toArray(Long[]::new))
                        .query(Long.class)
                        .single();
        List<String> names = List.of();
        double total = all;
        double read = all;
        byte[] from = null; // ballot-order bounds of the matches
        byte[] upTo = null;
        double rows = limit + offset;
        if (!key.isEmpty()) {
            record Match(long names, long members, byte[] first) {}
            Match match = jdbc.sql("select count(*), coalesce(sum(members), 0), bytea_min(first_key) from member_name"
                            + " where members > 0 and search_text like ?")
                    .param(pattern)
                    .query((rs, i) -> new Match(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
                    .single();
            if (match.members() == 0) {
                return new Plan(
                        Strategy.NAMES,
                        "select null::bigint id, null::bytea sort_key, null::date birth_date where false limit 0",
                        List.of(),
                        false);
            }
            total = match.members();
            read = total;
            from = match.first();
            if (match.names() <= MAX_NAMES) {
                record Name(String text, long members, byte[] first, byte[] last) {}
                List<Name> all0 = jdbc.sql("select search_text, members, first_key, last_key from member_name"
                                + " where members > 0 and search_text like ? order by last_key")
                        .param(pattern)
                        .query((rs, i) -> new Name(rs.getString(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4)))
                        .list();
                if (roots == null || guess) {
                    // Across the country the counts are exact: the names ending first in ballot order
                    // hold the page once they hold its rows, so nothing after their end is needed. In a
                    // scope only a share of them count: guess twice the rows the scope's share needs,
                    // and search() reads again without the bound if the page comes back short.
                    double needed = roots == null ? rows : 2 * rows * all / Math.max(1, scope);
                    long seen = 0;
                    for (Name n : all0) {
                        seen += n.members();
                        if (seen >= needed) {
                            upTo = n.last();
                            break;
                        }
                    }
                }
                List<String> kept = new ArrayList<>();
                read = 0;
                for (Name n : all0) {
                    if (upTo == null || Arrays.compareUnsigned(n.first(), upTo) <= 0) {
                        kept.add(n.text());
                        read += n.members();
                    }
                }
                names = kept;
            }
        }
        double byNames = names.isEmpty() && !key.isEmpty() ? Double.MAX_VALUE : 2 * read;
        double scopedMatches = Math.max(1, total * Math.min(1, scope / all));
        double byBallotOrder = rows * all / scopedMatches;
        double bySubtree = roots == null ? Double.MAX_VALUE : 4 * scope;
        String scopeFilter = roots == null
                ? ""
                : " and exists (select 1 from org_closure c where c.descendant_id = m.org_id and c.ancestor_id = any(?))";
        List<Object> params = new ArrayList<>();
        Strategy strategy;
        StringBuilder where = new StringBuilder();
        if (!key.isEmpty() && byNames <= byBallotOrder && byNames <= bySubtree) {
            strategy = Strategy.NAMES;
            where.append("m.search_text = any(?)");
            params.add(names.toArray(String[]::new));
            if (upTo != null) {
                where.append(" and m.sort_key <= ?");
                params.add(upTo);
            }
        } else {
            strategy = bySubtree < byBallotOrder ? Strategy.SUBTREE : Strategy.BALLOT_ORDER;
            where.append(key.isEmpty() ? "true" : "m.search_text like ?");
            if (!key.isEmpty()) {
                params.add(pattern);
            }
            if (strategy == Strategy.BALLOT_ORDER && from != null) {
                // start the walk at the first match, not at "A" (a given name like "yen" is near the end)
                where.append(" and m.sort_key >= ?");
                params.add(from);
            }
        }
        if (roots != null) {
            params.add(roots.toArray(Long[]::new));
        }
        params.add(limit);
        params.add(offset);
        String candidates = "select m.id, m.sort_key, m.birth_date from member m where " + where + scopeFilter;
        String sql = strategy == Strategy.BALLOT_ORDER
                ? candidates + " order by m.sort_key, m.birth_date, m.id limit ? offset ?"
                // OFFSET 0 keeps the planner from walking the ballot index and filtering (minutes for a rare name)
                : "select * from (" + candidates + " offset 0) c order by sort_key, birth_date, id limit ? offset ?";
        return new Plan(strategy, sql, params, strategy == Strategy.NAMES && roots != null && upTo != null);
    }

    /** Above this many matching distinct names, listing them costs more than walking the ballot index. */
    static final int MAX_NAMES = 20_000;

    enum Strategy {
        NAMES,
        BALLOT_ORDER,
        SUBTREE
    }

    /** {@code guessed}: bounded by a guess of the scope's share, so a short page proves nothing. */
    private record Plan(Strategy strategy, String sql, List<Object> params, boolean guessed) {}

    /** The stored record, its version and its current node (id, code and name). */
    record Stored(long id, int version, String fullName, MemberData data, String orgCode, String orgName) {}

    Optional<Stored> find(long id) {
        return jdbc.sql("""
            select m.*, (select code from org_unit u where u.id = m.org_id) org_code, %s org_name
            from member m where m.id = ?""".formatted(ORG_NAME))
                .param(id)
                .query((rs, i) -> new Stored(
                        rs.getLong("id"),
                        rs.getInt("version"),
                        rs.getString("full_name"),
                        data(rs),
                        rs.getString("org_code"),
                        rs.getString("org_name")))
                .optional();
    }

    List<Assignment> assignments(long memberId) {
        return jdbc.sql("""
            select a.*, u.code org_code,
                   %s org_name
            from member_assignment a join org_unit u on u.id = a.org_id
            where a.member_id = ? order by a.valid_from desc, a.id desc""".formatted(OrgSql.name("a.org_id")))
                .param(memberId)
                .query((rs, i) -> new Assignment(
                        rs.getLong("org_id"),
                        rs.getString("org_code"),
                        rs.getString("org_name"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getString("reason"),
                        rs.getString("decision_no"),
                        rs.getObject("decision_date", LocalDate.class)))
                .list();
    }

    /**
     * Streams the members of {@code orgId}'s subtree in ballot order, a thousand rows per round trip
     * (the caller's read-only transaction lets PostgreSQL use a cursor instead of sending them all).
     */
    void forEachInSubtree(long orgId, BiConsumer<MemberData, String> each) {
        template.query(
                con -> {
                    var ps = con.prepareStatement("""
                        select m.*, u.code org_code from member m
                        join org_closure c on c.descendant_id = m.org_id and c.ancestor_id = ?
                        join org_unit u on u.id = m.org_id
                        order by m.sort_key, m.birth_date, m.id""");
                    ps.setLong(1, orgId);
                    ps.setFetchSize(1000);
                    return ps;
                },
                rs -> {
                    each.accept(data(rs), rs.getString("org_code"));
                });
    }

    private static MemberData data(ResultSet rs) throws SQLException {
        return new MemberData(
                rs.getString("family_name"),
                rs.getString("middle_name"),
                rs.getString("given_name"),
                rs.getString("manual_sort_key"),
                Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"),
                rs.getString("religion"),
                rs.getString("national_id"),
                rs.getString("phone"),
                rs.getString("party_card_no"),
                rs.getObject("admission_date", LocalDate.class),
                rs.getObject("official_date", LocalDate.class),
                MemberStatus.valueOf(rs.getString("status")),
                MemberSituation.valueOf(rs.getString("situation")),
                rs.getLong("org_id"));
    }
}

package vn.daihoi.org.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.daihoi.org.Sex;

/**
 * Reading members. The search matches the accent-free {@code search_text}: three letters or more use
 * the trigram index ({@code like '%…%'}); one or two letters cannot be split into trigrams, so they
 * match the start of the name with the {@code text_pattern_ops} index instead. The scope is a semi-join
 * on the closure table, results come in ballot order ({@code sort_key, birth_date, id}) one page at a
 * time, and one row more than a page tells whether there is a next page without counting them all.
 */
@Component
class MemberQueries {

    /** Below this many letters a substring search would scan everything: match the name's start. */
    static final int MIN_SUBSTRING = 3;

    private static final String ORG_NAME = """
        (select v.name from org_version v where v.org_id = m.org_id
         order by (v.valid_to is null) desc, v.valid_to desc limit 1)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MemberQueries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * One page of members matching {@code text} under any of {@code roots} (null: no scope filter, the
     * caller sees the whole tree), in ballot order; {@code limit} rows at most.
     */
    List<MemberSummary> search(String text, List<Long> roots, int limit, int offset) {
        String key = VietnameseNames.searchKey(text == null ? "" : text);
        StringBuilder sql = new StringBuilder("""
            select m.id, m.full_name, m.sex, m.birth_date, m.status, m.situation, m.org_id,
                   (select code from org_unit u where u.id = m.org_id) org_code, %s org_name
            from member m where true""".formatted(ORG_NAME));
        List<Object> params = new ArrayList<>();
        if (key.length() >= MIN_SUBSTRING) {
            sql.append(" and m.search_text like ?");
            params.add("%" + escapeLike(key) + "%");
        } else if (!key.isEmpty()) {
            sql.append(" and m.search_text like ?");
            params.add(escapeLike(key) + "%");
        }
        if (roots != null) {
            sql.append(" and exists (select 1 from org_closure c where c.descendant_id = m.org_id"
                    + " and c.ancestor_id = any(?))");
            params.add(roots.toArray(Long[]::new));
        }
        sql.append(" order by m.sort_key, m.birth_date, m.id limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString())
                .params(params)
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
    }

    /** The plan the database picks for a search (used by the test that watches the indexes). */
    String explain(String text, List<Long> roots) {
        String key = VietnameseNames.searchKey(text);
        String pattern = key.length() >= MIN_SUBSTRING ? "%" + escapeLike(key) + "%" : escapeLike(key) + "%";
        return String.join(
                "\n",
                jdbc.sql("""
                    explain select m.id from member m where m.search_text like ?
                    and exists (select 1 from org_closure c where c.descendant_id = m.org_id and c.ancestor_id = any(?))
                    order by m.sort_key, m.birth_date, m.id limit 51
                    """)
                        .params(pattern, roots.toArray(Long[]::new))
                        .query(String.class)
                        .list());
    }

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
                   (select v.name from org_version v where v.org_id = a.org_id
                    order by (v.valid_to is null) desc, v.valid_to desc limit 1) org_name
            from member_assignment a join org_unit u on u.id = a.org_id
            where a.member_id = ? order by a.valid_from desc, a.id desc""")
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

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

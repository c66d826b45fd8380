package vn.daihoi.season.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.NewUnit;
import vn.daihoi.org.UnitType;

/** A private province of the shared test database with congress cases written by plain SQL. */
final class ProgressFixture {

    static final String PASSWORD = "Kiemthu2026x";
    static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    final OrgOperations ops;
    final JdbcClient jdbc;
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    ProgressFixture(OrgOperations ops, JdbcClient jdbc) {
        this.ops = ops;
        this.jdbc = jdbc;
    }

    static Decision on(LocalDate date) {
        return new Decision("01-QĐ/TU", date, date, null);
    }

    long root() {
        return jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
    }

    long province(String name) {
        return ops.create(
                new NewUnit(
                        "PG-" + tag + "-" + Math.abs(name.hashCode()),
                        name + " " + tag,
                        null,
                        OrgLevel.DIRECTLY_UNDER_CENTRAL,
                        UnitType.PROVINCE,
                        "TU",
                        root(),
                        null,
                        false,
                        null),
                on(FOUNDED));
    }

    long unit(long parent, String name, OrgLevel level) {
        return unit(parent, name, level, FOUNDED);
    }

    long unit(long parent, String name, OrgLevel level, LocalDate from) {
        return ops.create(NewUnit.of(name + " " + tag, level, UnitType.COMMUNE, parent), on(from));
    }

    /** A user holding {@code role} on {@code orgId}; returns the username. */
    String user(UserAdmin users, Role role, long orgId) {
        String name =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "Cán bộ " + name, orgId, PASSWORD, false, List.of(new UserAdmin.Grant(role, orgId)));
        return name;
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    /** A case of the unit for 2025-2030 at the unit's current level; returns its id. */
    long congress(long orgId, String state, LocalDate due, Long follower) {
        return congress(orgId, "2025-2030", state, due, follower);
    }

    long congress(long orgId, String term, String state, LocalDate due, Long follower) {
        return jdbc.sql("""
                insert into congress_case (org_id, term, level, state, due_on, follower_user_id, state_changed_at,
                                           window_from, window_to, planned_on)
                select ?, ?, v.level, ?, ?, ?, now(), date '2025-05-01', date '2025-08-31', date '2025-06-15'
                from org_version v where v.org_id = ? and v.valid_to is null
                returning id""")
                .params(orgId, term, state, due, follower, orgId)
                .query(Long.class)
                .single();
    }

    void step(long caseId, String from, String to, LocalDate effective) {
        jdbc.sql("""
                insert into congress_transition (case_id, from_state, to_state, at, effective_on, username)
                values (?, ?, ?, now(), ?, 'test')""").params(caseId, from, to, effective).update();
    }

    /** The aggregate below a node as "LEVEL/STATE" → count (the shape of {@link ProgressQueries#oracle}). */
    Map<String, Long> aggregate(long orgId, String term) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                select level || '/' || state, sum(n) from congress_progress
                where ancestor_id = ? and term = ? group by 1 order by 1""").params(orgId, term).query(rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }
}

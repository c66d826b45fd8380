package vn.daihoi.season.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.TreeMaintenance;

/**
 * A small tree made by SQL with codes unique to the run (all tests share one database):
 *
 * <pre>
 * P  province                       Q  province (another one)
 * ├ X1 commune (superior of grassroots)   └ X3 commune
 * │ ├ G1 grassroots committee
 * │ │ ├ C1 subordinate cell ─ T1 party group
 * │ │ └ C2 subordinate cell
 * │ └ G2 grassroots cell
 * └ X2 commune ─ G3 grassroots cell
 * </pre>
 *
 * Official members are written straight into org_counts (the plan reads only the counts), and users:
 * an issuer (COMMITTEE_OFFICE on P), two followers (VIEWER on P), an outsider (COMMITTEE_OFFICE on Q) and
 * a commune officer (COMMITTEE_OFFICE on X1, no role on P).
 */
final class PlanTree {

    static final String PASSWORD = "Matkhau2026x";
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQ = new AtomicInteger();

    final Map<String, Long> ids = new LinkedHashMap<>();
    final String marker;
    String issuer;
    String outsider;
    String communeOfficer;
    long follower1;
    long follower2;
    long communeOfficerId;

    private final JdbcClient jdbc;
    private final ApplicationContext context;

    PlanTree(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.marker = unique("pt");
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        tx.executeWithoutResult(s -> {
            long root = jdbc.sql("select id from org_unit where code = 'TW'")
                    .query(Long.class)
                    .single();
            node("P", "Tỉnh thử", "DIRECTLY_UNDER_CENTRAL", root);
            node("X1", "Đảng bộ xã Một", "SUPERIOR_OF_GRASSROOTS", id("P"));
            node("G1", "Đảng bộ cơ sở Một", "GRASSROOTS_COMMITTEE", id("X1"));
            node("C1", "Chi bộ thôn Một", "SUBORDINATE_CELL", id("G1"));
            node("T1", "Tổ đảng Một", "PARTY_GROUP", id("C1"));
            node("C2", "Chi bộ thôn Hai", "SUBORDINATE_CELL", id("G1"));
            node("G2", "Chi bộ cơ sở Hai", "GRASSROOTS_CELL", id("X1"));
            node("X2", "Đảng bộ xã Hai", "SUPERIOR_OF_GRASSROOTS", id("P"));
            node("G3", "Chi bộ cơ sở Ba", "GRASSROOTS_CELL", id("X2"));
            node("Q", "Tỉnh khác", "DIRECTLY_UNDER_CENTRAL", root);
            node("X3", "Đảng bộ xã Ba", "SUPERIOR_OF_GRASSROOTS", id("Q"));
            TreeMaintenance tree = context.getBean(TreeMaintenance.class);
            tree.rebuildClosure();
            tree.recomputeCounts();
        });
        members(Map.of("C1", 30, "C2", 20, "G2", 45, "G3", 80));
        UserAdmin users = context.getBean(UserAdmin.class);
        issuer = unique("issuer");
        user(users, issuer, Role.COMMITTEE_OFFICE, id("P"));
        follower1 = user(users, unique("f1"), Role.VIEWER, id("P"));
        follower2 = user(users, unique("f2"), Role.VIEWER, id("P"));
        outsider = unique("out");
        user(users, outsider, Role.COMMITTEE_OFFICE, id("Q"));
        communeOfficer = unique("xo");
        communeOfficerId = user(users, communeOfficer, Role.COMMITTEE_OFFICE, id("X1"));
    }

    static String unique(String prefix) {
        return (prefix + RUN + "x" + SEQ.incrementAndGet()).toLowerCase(Locale.ROOT);
    }

    long id(String name) {
        return ids.get(name);
    }

    String code(String name) {
        return name + "-" + marker;
    }

    /** Sets the official members of leaves and sums them up the tree (only this tree's rows). */
    void members(Map<String, Integer> leaves) {
        leaves.forEach((name, n) -> jdbc.sql("""
                        update org_counts c set subtree_members = c.subtree_members + ?
                        from org_closure cl where cl.descendant_id = ? and c.org_id = cl.ancestor_id
                          and cl.ancestor_id = any(?)""")
                .params(n, id(name), ids.values().toArray(Long[]::new))
                .update());
    }

    String username(long userId) {
        return jdbc.sql("select username from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    void signIn(String username) {
        UserDetails u = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The congress cases of this tree's nodes, by node name. */
    Map<String, Map<String, Object>> cases(String term) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (var e : ids.entrySet()) {
            List<Map<String, Object>> rows = jdbc.sql("select * from congress_case where org_id = ? and term = ?")
                    .params(e.getValue(), term)
                    .query()
                    .listOfRows();
            if (!rows.isEmpty()) {
                out.put(e.getKey(), rows.getFirst());
            }
        }
        return out;
    }

    private long user(UserAdmin users, String username, Role role, long orgId) {
        return users.create(
                username, "Người dùng " + username, orgId, PASSWORD, false, List.of(new UserAdmin.Grant(role, orgId)));
    }

    private void node(String name, String label, String level, long parent) {
        long id = jdbc.sql("insert into org_unit (code) values (?) returning id")
                .param(code(name))
                .query(Long.class)
                .single();
        jdbc.sql("""
            insert into org_version (org_id, valid_from, name, level, parent_id, superior_id, change_kind)
            values (?, ?, ?, ?, ?, ?, 'CREATE')
            """)
                .params(id, LocalDate.of(2024, 1, 1), label + " " + marker, level, parent, parent)
                .update();
        ids.put(name, id);
    }
}

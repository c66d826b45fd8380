package vn.daihoi.org.member;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.org.Sex;

/**
 * Test data for member tests: cells made by SQL (with their closure and count rows, so no other
 * module's tree service is needed), users with roles, unique numbers, and signing in.
 */
final class MemberFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    static final String PASSWORD = "Matkhau-thu-2026";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final UserAdmin users;
    private final UserDetailsService userDetails;

    MemberFixtures(JdbcClient jdbc, TransactionTemplate tx, UserAdmin users, UserDetailsService userDetails) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.users = users;
        this.userDetails = userDetails;
    }

    static String unique(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet();
    }

    /** A unique 12-digit CCCD number. */
    static String nationalId() {
        return String.format("%012d", SEQ.incrementAndGet() % 1_000_000_000_000L);
    }

    long root() {
        return jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
    }

    /** A node under {@code parentId}, open since 2020, of the given level, with closure and counts. */
    long node(String code, String name, String level, long parentId) {
        return tx.execute(s -> {
            long id = jdbc.sql("insert into org_unit (code) values (?) returning id")
                    .param(code)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                insert into org_version (org_id, valid_from, name, level, parent_id, change_kind)
                values (?, date '2020-01-01', ?, ?, ?, 'CREATE')""").params(id, name, level, parentId).update();
            jdbc.sql("""
                insert into org_closure (ancestor_id, descendant_id, depth)
                select ancestor_id, ?, depth + 1 from org_closure where descendant_id = ?
                union all select ?, ?, 0""").params(id, parentId, id, id).update();
            jdbc.sql("insert into org_counts (org_id) values (?)").param(id).update();
            return id;
        });
    }

    long cell(String code, long parentId) {
        return node(code, "Chi bộ " + code, "SUBORDINATE_CELL", parentId);
    }

    /** Closes a node as a merge would: its open version gets an end date. */
    void close(long orgId) {
        jdbc.sql("update org_version set valid_to = date '2025-07-01' where org_id = ? and valid_to is null")
                .param(orgId)
                .update();
    }

    long user(String username, Role role, long orgId) {
        return users.create(
                username, "Người dùng " + username, orgId, PASSWORD, false, List.of(new UserAdmin.Grant(role, orgId)));
    }

    void signIn(String username) {
        UserDetails u = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    int directMembers(long orgId) {
        return jdbc.sql("select direct_members from org_counts where org_id = ?")
                .param(orgId)
                .query(Integer.class)
                .single();
    }

    int subtreeMembers(long orgId) {
        return jdbc.sql("select subtree_members from org_counts where org_id = ?")
                .param(orgId)
                .query(Integer.class)
                .single();
    }

    static MemberData member(String family, String middle, String given, long orgId) {
        return new MemberData(
                family,
                middle,
                given,
                null,
                Sex.MALE,
                LocalDate.of(1980, 5, 17),
                "Kinh",
                "Không",
                nationalId(),
                "0912345678",
                null,
                LocalDate.of(2005, 3, 2),
                LocalDate.of(2006, 3, 2),
                MemberStatus.OFFICIAL,
                MemberSituation.ACTIVE,
                orgId);
    }
}

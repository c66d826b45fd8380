package vn.daihoi.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.MemberStatus;
import vn.daihoi.org.Members;
import vn.daihoi.org.Sex;
import vn.daihoi.org.TreeMaintenance;

/**
 * Test data made in code with names unique to the run, since all tests share one database: provinces
 * under the root (each with a commune under it and a user living there) and users holding roles.
 */
public final class Fixtures {

    public static final String PASSWORD = "Matkhau2026x";
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TreeMaintenance tree;
    private final UserAdmin users;

    public Fixtures(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.tree = context.getBean(TreeMaintenance.class);
        this.users = context.getBean(UserAdmin.class);
    }

    /**
     * A province directly under the root, a commune under it, and a user homed in the commune holding
     * VIEWER on it (the "resource" other users try to reach). Every name carries {@link #marker()}.
     */
    public record Province(
            long orgId,
            long communeId,
            String name,
            String marker,
            long residentId,
            String residentUsername,
            String residentName,
            long cellId,
            String cellCode,
            long memberId,
            String memberName) {

        /** Whether a response body shows anything of this province (its names, its resident, its member). */
        public boolean appearsIn(String body) {
            return body.contains(name)
                    || body.contains(residentName)
                    || body.contains(residentUsername)
                    || body.contains(memberName);
        }
    }

    /** A short text unique to this run and call, lower-case ASCII. */
    public static String unique(String prefix) {
        return (prefix + RUN + "x" + SEQ.incrementAndGet()).toLowerCase(Locale.ROOT);
    }

    public Province province(String label) {
        String marker = unique("mk" + label);
        long root = jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
        Long[] ids = tx.execute(s -> {
            long province = node("P-" + marker, "Tỉnh thử " + marker, "DIRECTLY_UNDER_CENTRAL", root);
            long commune = node("X-" + marker, "Xã thử " + marker, "GRASSROOTS_COMMITTEE", province);
            long cell = node("C-" + marker, "Chi bộ thử " + marker, "SUBORDINATE_CELL", commune);
            tree.rebuildClosure();
            tree.recomputeCounts();
            return new Long[] {province, commune, cell};
        });
        String resident = unique("res");
        long residentId = user(resident, "Cư dân " + marker, ids[1], Role.VIEWER, ids[1]);
        // A member of the province's cell: the given name carries the marker, so searches can find it.
        // Names may not hold digits: spell the marker's digits as letters (0 → a … 9 → j).
        StringBuilder letters = new StringBuilder();
        marker.chars().forEach(ch -> letters.append(Character.isDigit(ch) ? (char) ('a' + ch - '0') : (char) ch));
        String given = Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
        long serial = SEQ.incrementAndGet() + System.nanoTime() % 1_000_000_000L;
        context.getBean(MemberImport.class)
                .load(List.of(new Members.MemberData(
                        "Đặng",
                        "Thị",
                        given,
                        null,
                        Sex.FEMALE,
                        LocalDate.of(1980, 5, 17),
                        "Kinh",
                        "Không",
                        String.format("001%09d", serial % 1_000_000_000L),
                        null,
                        "TV" + serial,
                        LocalDate.of(2010, 3, 2),
                        LocalDate.of(2011, 3, 2),
                        MemberStatus.OFFICIAL,
                        MemberSituation.ACTIVE,
                        ids[2])));
        long memberId = jdbc.sql("select id from member where org_id = ?")
                .param(ids[2])
                .query(Long.class)
                .single();
        return new Province(
                ids[0],
                ids[1],
                "Tỉnh thử " + marker,
                marker,
                residentId,
                resident,
                "Cư dân " + marker,
                ids[2],
                "C-" + marker,
                memberId,
                "Đặng Thị " + given);
    }

    /** Creates a user with password {@link #PASSWORD} (no forced change) and, if given, one role. */
    public long user(String username, String fullName, long homeOrg, Role role, long roleOrg) {
        return users.create(
                username,
                fullName,
                homeOrg,
                PASSWORD,
                false,
                role == null ? List.of() : List.of(new UserAdmin.Grant(role, roleOrg)));
    }

    public long userWithRole(Role role, long orgId) {
        String name = unique(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return user(name, "Người thử " + name, orgId, role, orgId);
    }

    public String username(long userId) {
        return jdbc.sql("select username from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    private long node(String code, String name, String level, long parent) {
        long id = jdbc.sql("insert into org_unit (code) values (?) returning id")
                .param(code)
                .query(Long.class)
                .single();
        jdbc.sql("""
            insert into org_version (org_id, valid_from, name, level, parent_id, superior_id, change_kind)
            values (?, date '2025-07-01', ?, ?, ?, ?, 'CREATE')
            """).params(id, name, level, parent, parent).update();
        return id;
    }
}

package vn.daihoi.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.platform.Like;

/**
 * Reading users for the pages: searches restricted to subtrees, one user with the roles they hold.
 * Subtrees are read from {@code org_closure} by SQL (not through the org module), so that a page of
 * users is one query whatever the size of the tree.
 */
@Service
public class UserDirectory {

    /** Whether sign-ins of the account are refused from some address now (see LoginThrottle). */
    private static final String THROTTLED = "exists (select 1 from login_throttle t where t.username = u.username"
            + " and t.blocked_until > now()) throttled";

    private final JdbcClient jdbc;
    private final OrganizationScope scope;
    private final Clock clock;

    UserDirectory(JdbcClient jdbc, OrganizationScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** A role held on a node, with the node's current name. */
    public record RoleHolding(Role role, long orgId, String orgName) {}

    public record UserSummary(
            long id,
            String username,
            String fullName,
            long orgId,
            String orgName,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            List<RoleHolding> roles) {}

    /** A node offered in a form: the scope roots and their direct children. */
    public record NodeChoice(long id, String name, int depth) {}

    /**
     * Users whose home node is within the subtrees of {@code scopeRoots}, matching {@code text} in the user
     * name or full name (accent-insensitive), ordered by user name.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> search(String text, Collection<Long> scopeRoots, int limit, int offset) {
        if (scopeRoots.isEmpty()) {
            return List.of();
        }
        String pattern = Like.contains(text == null ? "" : text.strip());
        List<UserSummary> users = jdbc.sql(
                        """
            select u.*, $THROTTLED from app_user u
            where $IN_SCOPE
              and lower(immutable_unaccent(u.username || ' ' || u.full_name)) like lower(immutable_unaccent(?))
            order by u.username
            limit ? offset ?
            """.replace("$THROTTLED", THROTTLED).replace("$IN_SCOPE", scope.withinAnyRootSql("u.org_id")))
                .params(scopeRoots.toArray(Long[]::new), pattern, limit, Math.max(0, offset))
                .query(this::map)
                .list();
        return users.stream().map(this::withRoles).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long id) {
        return jdbc.sql("select u.*, " + THROTTLED + " from app_user u where id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .map(this::withRoles);
    }

    /** The nodes a form offers: each scope root and the nodes directly under it, roots first. */
    @Transactional(readOnly = true)
    public List<NodeChoice> nodeChoices(Collection<Long> scopeRoots) {
        if (scopeRoots.isEmpty()) {
            return List.of();
        }
        Map<Long, NodeChoice> choices = new LinkedHashMap<>();
        scope.nodeChoices(scopeRoots).forEach(c -> choices.putIfAbsent(c.id(), c));
        return List.copyOf(choices.values());
    }

    /** A node found by the picker: its code, name, parent's name (to tell same-named cells apart) and depth. */
    public record NodeHit(long id, String code, String name, String parentName, int depth) {}

    /**
     * Nodes at any depth within the subtrees of {@code scopeRoots} whose name (accent-insensitive) or code
     * contains {@code text}, the shallowest first: the user creation form's picker.
     */
    @Transactional(readOnly = true)
    public List<NodeHit> findNodes(Collection<Long> scopeRoots, String text, int limit) {
        if (scopeRoots.isEmpty()) {
            return List.of();
        }
        return scope.findNodes(scopeRoots, Like.contains(text == null ? "" : text.strip()), limit);
    }

    /** A user named by account and full name (for lists of people to pick and for printed papers). */
    public record Person(String username, String fullName) {}

    /**
     * The enabled users who hold a role granting {@code permission} on {@code orgId} (on the node or one of its
     * ancestors), by user name: whom the counting committee may put on a keying team of that unit's congress.
     */
    @Transactional(readOnly = true)
    public List<Person> holding(Permission permission, long orgId) {
        String[] roles = Role.granting(permission).stream().map(Role::name).toArray(String[]::new);
        return jdbc.sql("""
            select distinct u.username, u.full_name from app_user u
            join role_assignment ra on ra.user_id = u.id
            where u.enabled and ra.role = any(?)
              and $AT_OR_ABOVE
            order by u.username
            """.replace("$AT_OR_ABOVE", scope.atOrAboveSql("ra.org_id")))
                .params(roles, orgId)
                .query((rs, i) -> new Person(rs.getString("username"), rs.getString("full_name")))
                .list();
    }

    /** Full names by user name, for the users that exist among {@code usernames}. */
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("select username, full_name from app_user where username = any(?)")
                .param(usernames.toArray(String[]::new))
                .query((rs, i) -> names.put(rs.getString("username"), rs.getString("full_name")))
                .list();
        return names;
    }

    private UserSummary map(ResultSet rs, int row) throws SQLException {
        long orgId = rs.getLong("org_id");
        return new UserSummary(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                orgId,
                null,
                rs.getBoolean("enabled"),
                rs.getBoolean("throttled"),
                rs.getBoolean("must_change_password"),
                List.of());
    }

    private UserSummary withRoles(UserSummary u) {
        List<RoleHolding> roles = jdbc.sql("select role, org_id from role_assignment where user_id = ? order by id")
                .param(u.id())
                .query((rs, i) -> new RoleHolding(
                        Role.valueOf(rs.getString("role")), rs.getLong("org_id"), nodeName(rs.getLong("org_id"))))
                .list();
        return new UserSummary(
                u.id(),
                u.username(),
                u.fullName(),
                u.orgId(),
                nodeName(u.orgId()),
                u.enabled(),
                u.locked(),
                u.mustChangePassword(),
                roles);
    }

    private String nodeName(long orgId) {
        return scope.nameOf(orgId).orElse("#" + orgId);
    }
}

package vn.daihoi.access;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one permission check. A user may do {@code p} on node {@code n} when one of the roles they hold
 * on some node {@code a} grants {@code p} and {@code n} is in {@code a}'s subtree. A refusal is an
 * {@link AccessDeniedException} (403 on pages and API, the same for "not visible" and "not allowed").
 */
@Service
public class AccessControl {

    private final JdbcClient jdbc;
    private final OrganizationScope scope;

    AccessControl(JdbcClient jdbc, OrganizationScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
    }

    public CurrentUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public boolean can(Permission permission, long orgId) {
        List<Long> roots = scopeRoots(permission);
        return !roots.isEmpty() && scope.isWithinAny(orgId, roots);
    }

    public void require(Permission permission, long orgId) {
        if (!can(permission, orgId)) {
            throw new AccessDeniedException(permission + " on " + orgId);
        }
    }

    /** Refuses unless the user holds {@code permission} on at least one node. */
    public void requireSomewhere(Permission permission) {
        if (scopeRoots(permission).isEmpty()) {
            throw new AccessDeniedException(permission.name());
        }
    }

    /**
     * The nodes whose subtrees the current user may act on with {@code permission}: filter lists and
     * searches by these (an empty list means nothing is visible).
     */
    public List<Long> scopeRoots(Permission permission) {
        return currentUser().map(u -> scopeRoots(u.id(), permission)).orElse(List.of());
    }

    List<Long> scopeRoots(long userId, Permission permission) {
        String[] roles = Role.granting(permission).stream().map(Role::name).toArray(String[]::new);
        return jdbc.sql(
                        "select distinct org_id from role_assignment where user_id = ? and role = any(?) order by org_id")
                .params(userId, roles)
                .query(Long.class)
                .list();
    }

    /**
     * Whether the current user holds {@code role} on {@code orgId} or on one of its ancestors (used where
     * a permission is not enough, e.g. only an administrator may make another administrator).
     */
    public boolean holdsRoleOver(Role role, long orgId) {
        List<Long> roots = currentUser()
                .map(u -> jdbc.sql("select org_id from role_assignment where user_id = ? and role = ?")
                        .params(u.id(), role.name())
                        .query(Long.class)
                        .list())
                .orElse(List.of());
        return !roots.isEmpty() && scope.isWithinAny(orgId, roots);
    }

    /** The node a default page should open on: the first node the user may view. */
    public Optional<Long> homeNode(Permission permission) {
        return scopeRoots(permission).stream().findFirst();
    }
}

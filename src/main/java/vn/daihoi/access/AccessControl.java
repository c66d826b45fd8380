package vn.daihoi.access;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
        return assignments(userId).stream()
                .filter(a -> a.role().grants(permission))
                .map(Assignment::orgId)
                .distinct()
                .sorted()
                .toList();
    }

    record Assignment(Role role, long orgId) {}

    private static final String ASSIGNMENTS = AccessControl.class.getName() + ".assignments.";

    /**
     * The user's role assignments, read once per request (a page checks several permissions) and never
     * kept beyond it, so a revoked role is refused on the very next request on every app node.
     */
    private List<Assignment> assignments(long userId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = ASSIGNMENTS + userId;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
            @SuppressWarnings("unchecked")
            List<Assignment> assignments = (List<Assignment>) cached;
            return assignments;
        }
        List<Assignment> assignments = jdbc.sql("select role, org_id from role_assignment where user_id = ?")
                .param(userId)
                .query((rs, row) -> new Assignment(Role.valueOf(rs.getString("role")), rs.getLong("org_id")))
                .list();
        if (request != null) {
            request.setAttribute(key, assignments, RequestAttributes.SCOPE_REQUEST);
        }
        return assignments;
    }

    /**
     * Assignments read together with the user for this request's sign-in (HTTP Basic reads the user on every
     * request): kept for the rest of the request as if read here, which saves a round trip per API call.
     */
    static void readWithUser(long userId, List<Assignment> assignments) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ASSIGNMENTS + userId, List.copyOf(assignments), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * Whether the current user holds {@code role} on {@code orgId} or on one of its ancestors (used where
     * a permission is not enough, e.g. only an administrator may make another administrator).
     */
    public boolean holdsRoleOver(Role role, long orgId) {
        List<Long> roots = currentUser()
                .map(u -> assignments(u.id()).stream()
                        .filter(a -> a.role() == role)
                        .map(Assignment::orgId)
                        .toList())
                .orElse(List.of());
        return !roots.isEmpty() && scope.isWithinAny(orgId, roots);
    }

    /** The node a default page should open on: the first node the user may view. */
    public Optional<Long> homeNode(Permission permission) {
        return scopeRoots(permission).stream().findFirst();
    }
}

package vn.daihoi.access.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserDirectory.RoleHolding;
import vn.daihoi.access.UserDirectory.UserSummary;

/**
 * The rules of user administration on top of the permission check. Managing an account (password,
 * enabling, unlocking) needs USER_MANAGE on its home node and on every node it holds a role on, and the
 * administrator role over any ADMIN role it holds: otherwise an office could take over an account that
 * is more powerful than itself by resetting its password.
 */
@Component
class UserGuard {

    private final AccessControl access;

    UserGuard(AccessControl access) {
        this.access = access;
    }

    void requireView(UserSummary user) {
        access.require(Permission.USER_VIEW, user.orgId());
    }

    boolean mayManage(UserSummary user) {
        if (!access.can(Permission.USER_MANAGE, user.orgId())) {
            return false;
        }
        for (RoleHolding r : user.roles()) {
            if (!mayHandle(r.role(), r.orgId())) {
                return false;
            }
        }
        return true;
    }

    void requireManage(UserSummary user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException("USER_MANAGE on user " + user.id());
        }
    }

    /** Granting or revoking {@code role} on {@code orgId} for {@code user}. */
    void requireRoleChange(UserSummary user, Role role, long orgId) {
        access.require(Permission.USER_MANAGE, user.orgId());
        if (!mayHandle(role, orgId)) {
            throw new AccessDeniedException(role + " on " + orgId);
        }
    }

    /** Nobody hands out power over nodes outside their own USER_MANAGE scope, and only ADMIN makes ADMIN. */
    boolean mayHandle(Role role, long orgId) {
        return access.can(Permission.USER_MANAGE, orgId)
                && (role != Role.ADMIN || access.holdsRoleOver(Role.ADMIN, orgId));
    }

    boolean isSelf(UserSummary user) {
        return access.currentUser().map(u -> u.id() == user.id()).orElse(false);
    }
}

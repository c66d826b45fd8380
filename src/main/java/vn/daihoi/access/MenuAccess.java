package vn.daihoi.access;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * What the layout asks before it shows a menu item or a home card: whether the signed-in user holds a permission
 * on some node ({@code ${@may.somewhere('ORG_VIEW')}}), so nobody is shown a link that answers 403 (a counting
 * clerk sees her entry pages, not the tree she may not open).
 */
@Component("may")
public class MenuAccess {

    private final AccessControl access;

    MenuAccess(AccessControl access) {
        this.access = access;
    }

    public boolean somewhere(String permission) {
        try {
            return !access.scopeRoots(Permission.valueOf(permission)).isEmpty();
        } catch (DataAccessException down) {
            // an error page drawn while the database is unreachable shows no menu rather than failing itself
            return false;
        }
    }

    /** Whether the user holds the permission on this node (anywhere when the node is unknown): a link to it opens. */
    public boolean at(String permission, Long orgId) {
        return orgId == null ? somewhere(permission) : on(permission, orgId);
    }

    /**
     * Whether the signed-in user may do {@code permission} on the node ({@code ${@may.on('CONGRESS_MANAGE',
     * c.orgId)}}): a page hides the forms and buttons whose request would be refused, and links a node only when
     * it may be opened.
     */
    public boolean on(String permission, long orgId) {
        try {
            return access.can(Permission.valueOf(permission), orgId);
        } catch (DataAccessException down) {
            return false;
        }
    }
}

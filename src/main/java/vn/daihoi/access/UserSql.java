package vn.daihoi.access;

import java.util.function.UnaryOperator;

/**
 * Users and their roles inside other modules' set-based SQL: fragments {@code access}, the owner of
 * {@code app_user} and {@code role_assignment}, writes so that a list showing a follower's name or notifying the
 * holders of a role stays one query while only {@code access} names those tables ({@code TableOwnershipTest}).
 * Arguments are SQL expressions of the caller's query ({@code "c.follower_user_id"}, {@code "?"},
 * {@code "in (:roles)"}); the fragments' own aliases end in {@code _}.
 */
public final class UserSql {

    private UserSql() {}

    /** The user's full name (null for no user). */
    public static String fullName(String userId) {
        return "(select au_.full_name from app_user au_ where au_.id = " + userId + ")";
    }

    /** The user's login name (null for no user). */
    public static String username(String userId) {
        return "(select au_.username from app_user au_ where au_.id = " + userId + ")";
    }

    /** Whether the user exists and may sign in. */
    public static String enabled(String userId) {
        return "exists (select 1 from app_user au_ where au_.id = " + userId + " and au_.enabled)";
    }

    /** The e-mail address of a user who may sign in; null when there is none or the account is disabled. */
    public static String mailbox(String userId) {
        return "(select au_.email from app_user au_ where au_.id = " + userId + " and au_.enabled)";
    }

    /**
     * The ids of the users holding a role ({@code roles} completes {@code role ...}, e.g. {@code "in (:roles)"})
     * on the unit: a sub-select for {@code in (...)} or a {@code union}.
     */
    public static String holdersAt(String orgId, String roles) {
        return "select ra_.user_id from role_assignment ra_ where ra_.org_id = " + orgId + " and ra_.role " + roles;
    }

    /**
     * Whether the user holds some role on a unit for which {@code atOrg} holds, {@code atOrg} being given the
     * role's unit column (e.g. {@code org -> OrgSql.above(org, "= ?")}: on the unit or one of its ancestors).
     */
    public static String holdsRole(String userId, UnaryOperator<String> atOrg) {
        return "exists (select 1 from role_assignment ra_ where ra_.user_id = " + userId + " and "
                + atOrg.apply("ra_.org_id") + ")";
    }

    /**
     * The enabled users ({@code id, username, full_name}) holding some role on a unit for which {@code atOrg}
     * holds (as in {@link #holdsRole}), by name.
     */
    public static String enabledHolders(UnaryOperator<String> atOrg) {
        return "select au_.id, au_.username, au_.full_name from app_user au_ where au_.enabled and "
                + holdsRole("au_.id", atOrg) + " order by au_.full_name, au_.username";
    }
}

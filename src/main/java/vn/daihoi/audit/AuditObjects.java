package vn.daihoi.audit;

import java.util.List;

/**
 * Implemented by the module that owns audited objects (a bean per module): where the log links each object of its
 * types, under which permission, and what to call it. The audit module runs the rules and depends on no module;
 * the modules that write entries describe their own objects. A type that has no page of its own is declared
 * {@link Rule#textOnly text only} with the reason, so that every type written by {@code AuditLog.Change.of} has a
 * rule (checked by {@code AuditObjectRulesTest}).
 */
public interface AuditObjects {

    /** The rules of the module's audited entity types. */
    List<Rule> rules();

    /**
     * How one entity type is shown. {@code sql} takes the entry's entity id as its one parameter (text: cast it,
     * e.g. {@code where x.id = ?::bigint}) and answers one row with columns {@code name} (how the object is called,
     * e.g. the unit of its congress), {@code ref} (what replaces {@code {ref}} in {@code path}) and {@code org_id}
     * (the unit whose {@code permission} opens the page; null: the permission anywhere). No row: the object is gone
     * and the entry shows as text.
     */
    record Rule(String entityType, String sql, String path, String permission, String textOnlyReason) {

        public Rule {
            if (entityType == null || (textOnlyReason == null && (sql == null || path == null || permission == null))) {
                throw new IllegalArgumentException("a rule links (sql, path, permission) or says why it does not");
            }
        }

        public static Rule link(String entityType, String sql, String path, String permission) {
            return new Rule(entityType, sql, path, permission, null);
        }

        /** A type shown as text only, with the reason (a reviewer reads it). */
        public static Rule textOnly(String entityType, String reason) {
            return new Rule(entityType, null, null, null, reason);
        }

        public boolean links() {
            return textOnlyReason == null;
        }
    }
}

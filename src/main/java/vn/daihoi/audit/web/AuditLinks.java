package vn.daihoi.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.audit.AuditEntry;
import vn.daihoi.audit.AuditObjects;

/**
 * Where an audited object's page is, and what to call it, by the rules the owning modules declare
 * ({@link AuditObjects}). The page links it only for a reader who may open it ({@code @may.at(permission, orgId)}:
 * the access module depends on this one, so the check is the template's).
 */
@Component
class AuditLinks {

    /**
     * An object as the log shows it: its name (null: unknown), its page (null: none) and what opens the page
     * ({@code permission} on {@code orgId}; a null node: anywhere).
     */
    record Target(String name, String path, String permission, Long orgId) {

        static final Target NONE = new Target(null, null, null, null);
    }

    private final Map<String, AuditObjects.Rule> rules = new HashMap<>();
    private final JdbcClient jdbc;

    AuditLinks(List<AuditObjects> modules, JdbcClient jdbc) {
        this.jdbc = jdbc;
        for (AuditObjects m : modules) {
            for (AuditObjects.Rule r : m.rules()) {
                if (rules.put(r.entityType(), r) != null) {
                    throw new IllegalStateException("two audit rules for " + r.entityType());
                }
            }
        }
    }

    Optional<AuditObjects.Rule> rule(String entityType) {
        return Optional.ofNullable(rules.get(entityType));
    }

    /** One entry's object. */
    Target of(AuditEntry entry) {
        return find(entry);
    }

    /** The entries' objects, each looked up once. */
    Map<Long, Target> of(List<AuditEntry> entries) {
        Map<String, Target> seen = new HashMap<>();
        Map<Long, Target> out = new HashMap<>();
        for (AuditEntry e : entries) {
            Target t = seen.computeIfAbsent(e.entityType() + "\u0000" + e.entityId(), k -> find(e));
            out.put(e.id(), t);
        }
        return out;
    }

    private Target find(AuditEntry e) {
        AuditObjects.Rule r = rules.get(e.entityType());
        if (r == null || !r.links() || e.entityId() == null) {
            return Target.NONE;
        }
        if (!fits(r.sql(), e.entityId())) {
            return Target.NONE;
        }
        Optional<Map<String, Object>> row;
        try {
            row = jdbc.sql(r.sql()).param(e.entityId()).query().listOfRows().stream()
                    .findFirst();
        } catch (DataAccessException notThisKindOfId) {
            return Target.NONE; // an id that does not fit the type's key (e.g. a date typed oddly)
        }
        if (row.isEmpty()) {
            return Target.NONE;
        }
        Object name = row.get().get("name");
        Object ref = row.get().get("ref");
        Object org = row.get().get("org_id");
        return new Target(
                name == null ? null : name.toString(),
                ref == null ? null : r.path().replace("{ref}", ref.toString()),
                r.permission(),
                org == null ? null : ((Number) org).longValue());
    }

    /** Whether the id can be cast as the rule's query casts it (so that a query never fails on an odd id). */
    private static boolean fits(String sql, String id) {
        if (sql.contains("?::bigint")) {
            return id.matches("\\d{1,18}");
        }
        if (sql.contains("?::int")) {
            return id.matches("\\d{1,9}");
        }
        if (sql.contains("?::date")) {
            return id.matches("\\d{4}-\\d{2}-\\d{2}");
        }
        return true;
    }
}

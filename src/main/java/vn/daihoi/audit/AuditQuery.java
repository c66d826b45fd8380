package vn.daihoi.audit;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A filter on the log. {@code visibleOrgIds} null means every entry; otherwise only entries about
 * those nodes (and entries with no node, when {@code includeGlobal}).
 */
public record AuditQuery(
        String actor,
        String action,
        String entityType,
        String entityId,
        LocalDate from,
        LocalDate to,
        Collection<Long> visibleOrgIds,
        boolean includeGlobal,
        int limit,
        int offset) {

    public AuditQuery {
        limit = Math.clamp(limit, 1, 500);
        offset = Math.max(0, offset);
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, true, limit, 0);
    }
}

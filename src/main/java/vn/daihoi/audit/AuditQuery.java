package vn.daihoi.audit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A filter on the log. {@code scopeRoots} null means every entry; otherwise only entries about nodes in
 * the subtrees of those roots (through {@link SubtreeFilter}), plus entries about no node when
 * {@code includeGlobal}. Dates are days in Vietnam's time zone, both ends included.
 */
public record AuditQuery(
        String actor,
        String action,
        String entityType,
        String entityId,
        LocalDate from,
        LocalDate to,
        Collection<Long> scopeRoots,
        boolean includeGlobal,
        int limit,
        int offset) {

    public AuditQuery {
        limit = Math.clamp(limit, 1, 500);
        offset = Math.max(0, offset);
        scopeRoots = scopeRoots == null ? null : List.copyOf(scopeRoots);
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, true, limit, 0);
    }

    /** The same filter restricted to what a reader may see. */
    public AuditQuery within(AuditScope scope) {
        return scope.everything()
                ? new AuditQuery(actor, action, entityType, entityId, from, to, null, true, limit, offset)
                : new AuditQuery(
                        actor, action, entityType, entityId, from, to, scope.subtreeRoots(), false, limit, offset);
    }
}

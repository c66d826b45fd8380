package vn.daihoi.audit;

import java.util.Collection;
import java.util.List;

/**
 * The part of the log a reader may see: everything (a reader scoped on the root, who also sees entries
 * about no node), or the entries about nodes in the subtrees of {@code subtreeRoots}.
 */
public record AuditScope(boolean everything, List<Long> subtreeRoots) {

    public AuditScope {
        subtreeRoots = List.copyOf(subtreeRoots);
    }

    public static AuditScope all() {
        return new AuditScope(true, List.of());
    }

    public static AuditScope subtrees(Collection<Long> roots) {
        return new AuditScope(false, List.copyOf(roots));
    }
}

package vn.daihoi.access;

import java.util.Collection;
import java.util.Optional;

/**
 * What access needs to know of the organisation tree, implemented by the org module (so that access
 * does not depend on it). "Within" is on the current tree, a node being within its own subtree.
 */
public interface OrganizationScope {

    /** Whether {@code orgId} is in the subtree of any of {@code ancestorIds}. */
    boolean isWithinAny(long orgId, Collection<Long> ancestorIds);

    /** The root of the whole tree (the Central Committee). */
    long rootId();

    Optional<String> nameOf(long orgId);
}

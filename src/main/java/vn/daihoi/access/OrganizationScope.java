package vn.daihoi.access;

import java.util.Collection;
import java.util.List;
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

    /**
     * An SQL condition, written by the tree's owner, that the unit in {@code orgIdColumn} lies in the subtree of one
     * of the roots given as ONE array parameter ({@code ?}) of the query.
     */
    String withinAnyRootSql(String orgIdColumn);

    /**
     * An SQL condition that the unit in {@code orgIdColumn} is the unit given as ONE parameter ({@code ?}) or one
     * of its ancestors.
     */
    String atOrAboveSql(String orgIdColumn);

    /** Each scope root and the live nodes directly under it, roots first, by name (a form's choices). */
    List<UserDirectory.NodeChoice> nodeChoices(Collection<Long> scopeRoots);

    /**
     * Live nodes within the subtrees of {@code scopeRoots} whose name (accent-insensitive) or code matches the LIKE
     * {@code pattern}, the shallowest first.
     */
    List<UserDirectory.NodeHit> findNodes(Collection<Long> scopeRoots, String pattern, int limit);
}

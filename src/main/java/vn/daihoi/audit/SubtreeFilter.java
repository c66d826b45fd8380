package vn.daihoi.audit;

/**
 * What the log needs of the organisation tree to filter entries by subtree, implemented by the org module (which
 * depends on audit, so audit cannot call it): an SQL condition written by the tree's owner.
 */
public interface SubtreeFilter {

    /**
     * A condition that the unit in {@code orgIdColumn} lies in the subtree of one of the roots given as ONE array
     * parameter ({@code ?}) of the query.
     */
    String withinAnyRoot(String orgIdColumn);
}

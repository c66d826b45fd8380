package vn.daihoi.org;

/** Members (counted: not deceased or removed) and open units of a node, on the current tree. */
public record OrgCounts(int directMembers, int subtreeMembers, int directChildren, int subtreeUnits) {

    public static final OrgCounts ZERO = new OrgCounts(0, 0, 0, 0);
}

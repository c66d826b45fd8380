package vn.daihoi.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading the organisation tree as of any date. These methods do not check permissions: callers
 * (pages, API, other modules) check {@code ORG_VIEW} on the node, and pass the user's scope roots to
 * {@link #search}.
 */
public interface OrgTree {

    /** The version of the node valid on {@code asOf}; empty when the node did not exist (or was closed) then. */
    Optional<OrgNode> node(long id, LocalDate asOf);

    /** The version valid on {@code asOf}, else the last one before it (a closed node as it was at its end). */
    Optional<OrgNode> lastKnown(long id, LocalDate asOf);

    /** The node's children on {@code asOf}, ordered by name. */
    List<OrgNode> children(long id, LocalDate asOf);

    /** How many children each of {@code ids} had on {@code asOf}. */
    Map<Long, Integer> childCounts(Collection<Long> ids, LocalDate asOf);

    /** The node's ancestors on {@code asOf}, the root first, the node itself excluded. */
    List<OrgNode> ancestors(long id, LocalDate asOf);

    /** Counts on the current tree (from {@code org_counts}, no subtree scan). */
    OrgCounts counts(long id);

    Map<Long, OrgCounts> counts(Collection<Long> ids);

    /** Every version of the node, oldest first. */
    List<OrgVersion> history(long id);

    /**
     * Nodes whose name (as of {@code asOf}) contains {@code text}, ignoring case and diacritics, inside
     * the subtrees of {@code scopeRoots} (on the current tree).
     */
    List<OrgNode> search(String text, Collection<Long> scopeRoots, LocalDate asOf, int limit);

    Optional<Long> idOfCode(String code);

    /**
     * The node's name on {@code onDate}: the version valid that day; a closed node keeps its last name, and before
     * its creation it is known by its first one ({@link OrgSql#nameOn}, the same in SQL lists). Empty for an
     * unknown id.
     */
    Optional<String> nameOf(long id, LocalDate onDate);

    /** The live units strictly below the node (on the current tree) at {@code level}, by id. */
    List<Long> liveBelow(long id, OrgLevel level);

    /** The node's direct superior now: its explicit superior, else its parent; empty for the root or an unknown id. */
    Optional<Long> directSuperior(long id);

    /** Of the given nodes, those not inside the subtree of another one of them (a user's scope roots, shown as tree roots). */
    List<Long> topmost(Collection<Long> ids);
}

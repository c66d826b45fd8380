package vn.daihoi.org;

import java.util.List;

/**
 * Changing the organisation tree. Each method is one transaction: it writes new versions with the
 * decision and its effective date (history is never overwritten), keeps {@code org_closure} and
 * {@code org_counts} right, and writes an audit entry. Refusals are {@code DomainException}s with a
 * Vietnamese message (unknown or closed node, cycle, effective date not after the current version's
 * start or in the future, a dissolution with open children or counted members…).
 *
 * <p>Permissions are checked by the callers (pages, API): {@code ORG_EDIT} for create, rename and move
 * (on the node and on the new parent), {@code ORG_RESTRUCTURE} for merge, split and dissolve. The demo
 * loader calls these without a signed-in user.
 */
public interface OrgOperations {

    /** A node to create; {@code code} may be null (one is made up), {@code superiorId} null = the parent. */
    record NewUnit(
            String code,
            String name,
            String shortName,
            OrgLevel level,
            UnitType unitType,
            String issuerSymbol,
            Long parentId,
            Long superiorId,
            boolean pilot,
            String pilotBasis) {

        public static NewUnit of(String name, OrgLevel level, UnitType unitType, Long parentId) {
            return new NewUnit(null, name, null, level, unitType, null, parentId, null, false, null);
        }
    }

    /** New name, level, type, symbol and pilot flag (with its legal basis) of a node. */
    record Renaming(
            String name,
            String shortName,
            OrgLevel level,
            UnitType unitType,
            String issuerSymbol,
            boolean pilot,
            String pilotBasis) {}

    /** Several nodes into one: an existing {@code targetId}, or a new node {@code newTarget}. */
    record Merger(List<Long> sourceIds, Long targetId, NewUnit newTarget) {}

    /**
     * One part of a split: the new node (its parent defaults to the split node's parent), and which of
     * the split node's children and members go to it.
     */
    record SplitPart(NewUnit unit, List<Long> childIds, List<Long> memberIds) {}

    long create(NewUnit unit, Decision decision);

    void rename(long id, Renaming renaming, Decision decision);

    /** New parent (required: pass the current one to change only the superior) and direct superior (null = parent). */
    void move(long id, long newParentId, Long newSuperiorId, Decision decision);

    /** Moves members and open children of the sources to the target, closes the sources; returns the target id. */
    long merge(Merger merger, Decision decision);

    /** Creates the parts, moves the chosen children and members; closes the split node unless {@code keepSource}. */
    List<Long> split(long id, List<SplitPart> parts, boolean keepSource, Decision decision);

    /** Closes a node that has no open children and no counted members. */
    void dissolve(long id, Decision decision);
}

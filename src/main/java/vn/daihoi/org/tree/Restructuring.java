package vn.daihoi.org.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgOperations.Merger;
import vn.daihoi.org.OrgOperations.NewUnit;
import vn.daihoi.org.OrgOperations.SplitPart;
import vn.daihoi.platform.DomainException;

/**
 * Merges and splits: the operations that move children and members between nodes. Each runs inside
 * the caller's transaction, under the tree lock, and refuses before writing anything it cannot finish.
 */
@Component
class Restructuring {

    static final String MERGE_REASON = "ORG_MERGE";
    static final String SPLIT_REASON = "ORG_SPLIT";

    private final VersionRows rows;
    private final TreeIndex index;
    private final Guards guards;
    private final MemberMoves members;
    private final AuditLog audit;

    Restructuring(VersionRows rows, TreeIndex index, Guards guards, MemberMoves members, AuditLog audit) {
        this.rows = rows;
        this.index = index;
        this.guards = guards;
        this.members = members;
        this.audit = audit;
    }

    /** Creates a node (the tree lock is held by the caller). */
    @Transactional(propagation = Propagation.MANDATORY)
    OrgNode createNode(NewUnit unit, Decision decision, String changeKind) {
        String name = Guards.requireName(unit.name());
        if (unit.level() == null) {
            throw new DomainException("org.error.levelRequired");
        }
        if (unit.level() == OrgLevel.CENTRAL) {
            throw new DomainException("org.error.centralOnlyRoot");
        }
        if (unit.parentId() == null) {
            throw new DomainException("org.error.parentRequired");
        }
        if (unit.pilot() && Guards.clean(unit.pilotBasis()) == null) {
            throw new DomainException("org.error.pilotBasisRequired");
        }
        OrgNode parent = guards.open(unit.parentId());
        guards.checkParentExisted(parent, decision);
        Long superior =
                unit.superiorId() == null || unit.superiorId().equals(unit.parentId()) ? null : unit.superiorId();
        if (superior != null) {
            guards.open(superior);
        }
        String code = Guards.clean(unit.code());
        long id;
        try {
            id = rows.insertUnit(code);
        } catch (DuplicateKeyException e) {
            throw OrgCommands.duplicateCode(e, code);
        }
        OrgNode node = new OrgNode(
                id,
                code,
                name,
                Guards.clean(unit.shortName()),
                unit.level(),
                unit.unitType(),
                Guards.clean(unit.issuerSymbol()),
                parent.id(),
                superior,
                unit.pilot(),
                unit.pilot() ? Guards.clean(unit.pilotBasis()) : null,
                decision.effectiveFrom(),
                null,
                null);
        rows.insert(node, changeKind, decision);
        index.attach(id, parent.id());
        return node;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long merge(Merger merger, Decision decision) {
        guards.checkDecision(decision);
        index.lockTree();
        Set<Long> sourceIds = new LinkedHashSet<>(merger.sourceIds() == null ? List.of() : merger.sourceIds());
        sourceIds.remove(null);
        if (sourceIds.isEmpty()) {
            throw new DomainException("org.error.mergeNoSources");
        }
        if ((merger.targetId() == null) == (merger.newTarget() == null)) {
            throw new DomainException("org.error.mergeTarget");
        }
        List<OrgNode> sources = new ArrayList<>();
        for (long id : sourceIds) {
            OrgNode s = guards.open(id);
            if (s.parentId() == null) {
                throw new DomainException("org.error.rootFixed");
            }
            guards.checkAfterCurrent(s, decision);
            sources.add(s);
        }
        OrgNode target;
        if (merger.targetId() != null) {
            if (sourceIds.contains(merger.targetId())) {
                throw new DomainException("org.error.mergeIntoItself");
            }
            target = guards.open(merger.targetId());
            refuseInside(target, sources);
            guards.checkParentExisted(target, decision);
        } else {
            NewUnit unit = merger.newTarget().parentId() != null
                    ? merger.newTarget()
                    : withParent(merger.newTarget(), sources.getFirst().parentId());
            refuseInside(guards.open(unit.parentId()), sources);
            target = createNode(unit, withNote(decision, "Thành lập do sáp nhập"), "CREATE");
        }
        String note = "Sáp nhập vào " + target.name();
        Decision moved = withNote(decision, note);
        int childrenMoved = 0;
        for (OrgNode s : sources) {
            for (OrgNode child : rows.openChildrenForUpdate(s.id())) {
                if (sourceIds.contains(child.id())) {
                    continue; // merged itself: it closes where it is
                }
                guards.checkAfterCurrent(child, decision);
                Long superior = child.superiorId() == null
                                || sourceIds.contains(child.superiorId())
                                || child.superiorId() == target.id()
                        ? null
                        : child.superiorId();
                rows.supersede(VersionRows.withParent(child, target.id(), superior), "MERGE", moved);
                index.relocate(child.id(), s.id(), target.id());
                childrenMoved++;
            }
        }
        redirectSuperiors(sourceIds, target, decision, moved);
        List<MemberMoves.Belonging> memberList = members.membersOf(sourceIds);
        members.move(memberList, target.id(), MERGE_REASON, decision);
        for (OrgNode s : sources) {
            index.detach(s.id(), s.parentId());
            rows.close(s.id(), "MERGED", decision, note);
        }
        audit.record(AuditLog.Change.of(
                        "ORG_MERGE",
                        "organization",
                        target.id(),
                        target.id(),
                        "Sáp nhập "
                                + String.join(
                                        ", ",
                                        sources.stream().map(OrgNode::name).toList()) + " vào " + target.name()
                                + OrgCommands.decided(decision))
                .withDetails("sources=" + sourceIds + ", target=" + target.id() + ", childrenMoved=" + childrenMoved
                        + ", membersMoved=" + memberList.size()));
        return target.id();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> split(long id, List<SplitPart> parts, boolean keepSource, Decision decision) {
        guards.checkDecision(decision);
        index.lockTree();
        OrgNode source = guards.open(id);
        if (source.parentId() == null) {
            throw new DomainException("org.error.rootFixed");
        }
        guards.checkAfterCurrent(source, decision);
        List<SplitPart> given = parts == null ? List.of() : parts;
        if (given.size() < (keepSource ? 1 : 2)) {
            throw new DomainException(keepSource ? "org.error.splitNoParts" : "org.error.splitTwoParts");
        }
        Map<Long, OrgNode> children = new HashMap<>();
        rows.openChildrenForUpdate(id).forEach(c -> children.put(c.id(), c));
        Map<Long, MemberMoves.Belonging> memberById = new HashMap<>();
        members.membersOf(List.of(id)).forEach(m -> memberById.put(m.memberId(), m));
        Set<Long> childrenTaken = new HashSet<>();
        Set<Long> membersTaken = new HashSet<>();
        for (SplitPart part : given) {
            for (Long c : part.childIds() == null ? List.<Long>of() : part.childIds()) {
                if (!children.containsKey(c)) {
                    throw new DomainException("org.error.splitNotChild", c, source.name());
                }
                if (!childrenTaken.add(c)) {
                    throw new DomainException(
                            "org.error.splitChildTwice", children.get(c).name());
                }
                guards.checkAfterCurrent(children.get(c), decision);
            }
            for (Long m : part.memberIds() == null ? List.<Long>of() : part.memberIds()) {
                if (!memberById.containsKey(m)) {
                    throw new DomainException("org.error.splitNotMember", m, source.name());
                }
                if (!membersTaken.add(m)) {
                    throw new DomainException("org.error.splitMemberTwice", m);
                }
            }
        }
        if (!keepSource) {
            long childrenLeft = children.size() - childrenTaken.size();
            long membersLeft = memberById.values().stream()
                    .filter(m -> m.counted() && !membersTaken.contains(m.memberId()))
                    .count();
            if (childrenLeft > 0 || membersLeft > 0) {
                throw new DomainException("org.error.splitLeftovers", source.name(), childrenLeft, membersLeft);
            }
        }
        Decision created = withNote(decision, "Thành lập do chia tách " + source.name());
        List<Long> partIds = new ArrayList<>();
        for (SplitPart part : given) {
            if (part.unit() == null) {
                throw new DomainException("org.error.nameRequired");
            }
            NewUnit unit = part.unit();
            long parentId = unit.parentId() == null ? source.parentId() : unit.parentId();
            if (parentId != id || !keepSource) {
                refuseInside(guards.open(parentId), List.of(source));
            }
            OrgNode node = createNode(withParent(unit, parentId), created, "CREATE");
            partIds.add(node.id());
            Decision moved = withNote(decision, "Chia tách từ " + source.name() + " sang " + node.name());
            for (Long c : part.childIds() == null ? List.<Long>of() : part.childIds()) {
                OrgNode child = children.get(c);
                Long superior = child.superiorId() == null || child.superiorId() == id ? null : child.superiorId();
                rows.supersede(VersionRows.withParent(child, node.id(), superior), "SPLIT", moved);
                index.relocate(c, id, node.id());
            }
            List<MemberMoves.Belonging> chosen = (part.memberIds() == null ? List.<Long>of() : part.memberIds())
                    .stream().map(memberById::get).toList();
            members.move(chosen, node.id(), SPLIT_REASON, decision);
        }
        if (!keepSource) {
            index.detach(id, source.parentId());
            rows.close(id, "SPLIT", decision, "Chia tách thành " + partIds.size() + " tổ chức");
        }
        audit.record(AuditLog.Change.of(
                        "ORG_SPLIT",
                        "organization",
                        id,
                        id,
                        "Chia tách " + source.name() + " thành " + partIds.size() + " tổ chức"
                                + (keepSource ? " (tổ chức cũ tiếp tục hoạt động)" : "")
                                + OrgCommands.decided(decision))
                .withDetails("parts=" + partIds + ", children=" + childrenTaken.size() + ", members="
                        + membersTaken.size()));
        return partIds;
    }

    /** The node must not be one of {@code sources} nor below one (it would end up under a closed node or in a cycle). */
    private void refuseInside(OrgNode node, List<OrgNode> sources) {
        for (OrgNode s : sources) {
            if (rows.isWithin(node.id(), s.id())) {
                throw new DomainException("org.error.insideSource", node.name(), s.name());
            }
        }
    }

    /** Nodes whose explicit direct superior was a merged node now report to the target. */
    private void redirectSuperiors(Set<Long> sourceIds, OrgNode target, Decision decision, Decision moved) {
        for (OrgNode n : rows.openWithSuperiorForUpdate(sourceIds)) {
            if (sourceIds.contains(n.id())) {
                continue;
            }
            guards.checkAfterCurrent(n, decision);
            boolean parentIsTarget = n.parentId() != null && n.parentId() == target.id();
            Long superior = parentIsTarget || n.id() == target.id() ? null : target.id();
            rows.supersede(VersionRows.withParent(n, n.parentId(), superior), "MERGE", moved);
        }
    }

    private static Decision withNote(Decision d, String note) {
        return new Decision(d.number(), d.date(), d.effectiveFrom(), d.note() == null ? note : note + ". " + d.note());
    }

    private static NewUnit withParent(NewUnit u, long parentId) {
        return new NewUnit(
                u.code(),
                u.name(),
                u.shortName(),
                u.level(),
                u.unitType(),
                u.issuerSymbol(),
                parentId,
                u.superiorId(),
                u.pilot(),
                u.pilotBasis());
    }
}

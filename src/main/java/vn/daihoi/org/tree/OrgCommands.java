package vn.daihoi.org.tree;

import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/** Create, rename, move and dissolve; merge and split are in {@link Restructuring}. */
@Service
class OrgCommands implements OrgOperations {

    private final VersionRows rows;
    private final TreeIndex index;
    private final Guards guards;
    private final MemberMoves members;
    private final Restructuring restructuring;
    private final AuditLog audit;

    OrgCommands(
            VersionRows rows,
            TreeIndex index,
            Guards guards,
            MemberMoves members,
            Restructuring restructuring,
            AuditLog audit) {
        this.rows = rows;
        this.index = index;
        this.guards = guards;
        this.members = members;
        this.restructuring = restructuring;
        this.audit = audit;
    }

    @Override
    @Transactional
    public long create(NewUnit unit, Decision decision) {
        guards.checkDecision(decision);
        index.lockTree();
        OrgNode node = restructuring.createNode(unit, decision, "CREATE");
        audit.record(AuditLog.Change.of(
                        "ORG_CREATE",
                        "organization",
                        node.id(),
                        node.id(),
                        "Thành lập " + node.name() + decided(decision))
                .withDetails("parent=" + node.parentId() + ", level=" + node.level() + ", code=" + node.code()));
        return node.id();
    }

    @Override
    @Transactional
    public void rename(long id, Renaming renaming, Decision decision) {
        guards.checkDecision(decision);
        OrgNode node = guards.open(id);
        guards.checkAfterCurrent(node, decision);
        if (renaming.level() == null) {
            throw new DomainException("org.error.levelRequired");
        }
        if (node.parentId() != null && renaming.level() == OrgLevel.CENTRAL) {
            throw new DomainException("org.error.centralOnlyRoot");
        }
        OrgNode next = new OrgNode(
                node.id(),
                node.code(),
                Guards.requireName(renaming.name()),
                Guards.clean(renaming.shortName()),
                renaming.level(),
                renaming.unitType(),
                Guards.clean(renaming.issuerSymbol()),
                node.parentId(),
                node.superiorId(),
                renaming.pilot(),
                renaming.pilot() ? Guards.clean(renaming.pilotBasis()) : null,
                decision.effectiveFrom(),
                null,
                null);
        if (sameData(node, next)) {
            throw new DomainException("org.error.noChange", node.name());
        }
        if (next.pilot() && next.pilotBasis() == null) {
            throw new DomainException("org.error.pilotBasisRequired");
        }
        rows.supersede(next, "RENAME", decision);
        audit.record(AuditLog.Change.of(
                        "ORG_RENAME",
                        "organization",
                        id,
                        id,
                        "Đổi tên/loại " + node.name() + " thành " + next.name() + decided(decision))
                .withDetails("level=" + next.level() + ", unitType=" + next.unitType() + ", symbol="
                        + next.issuerSymbol() + ", pilot=" + next.pilot()));
    }

    @Override
    @Transactional
    public void move(long id, long newParentId, Long newSuperiorId, Decision decision) {
        guards.checkDecision(decision);
        index.lockTree();
        OrgNode node = guards.open(id);
        if (node.parentId() == null) {
            throw new DomainException("org.error.rootFixed");
        }
        OrgNode parent = guards.open(newParentId);
        guards.checkNoCycle(node, parent);
        Long superior = newSuperiorId == null || newSuperiorId == newParentId ? null : newSuperiorId;
        if (superior != null) {
            OrgNode sup = guards.open(superior);
            guards.checkNoCycle(node, sup);
        }
        if (node.parentId() == newParentId && Objects.equals(node.superiorId(), superior)) {
            throw new DomainException("org.error.noChange", node.name());
        }
        guards.checkAfterCurrent(node, decision);
        guards.checkParentExisted(parent, decision);
        rows.supersede(VersionRows.withParent(node, newParentId, superior), "MOVE", decision);
        if (node.parentId() != newParentId) {
            index.relocate(id, node.parentId(), newParentId);
        }
        audit.record(AuditLog.Change.of(
                        "ORG_MOVE",
                        "organization",
                        id,
                        id,
                        "Chuyển " + node.name() + " về trực thuộc " + parent.name() + decided(decision))
                .withDetails("oldParent=" + node.parentId() + ", newParent=" + newParentId + ", oldSuperior="
                        + node.superiorId() + ", newSuperior=" + superior));
    }

    @Override
    @Transactional
    public long merge(Merger merger, Decision decision) {
        return restructuring.merge(merger, decision);
    }

    @Override
    @Transactional
    public List<Long> split(long id, List<SplitPart> parts, boolean keepSource, Decision decision) {
        return restructuring.split(id, parts, keepSource, decision);
    }

    @Override
    @Transactional
    public void dissolve(long id, Decision decision) {
        guards.checkDecision(decision);
        index.lockTree();
        OrgNode node = guards.open(id);
        if (node.parentId() == null) {
            throw new DomainException("org.error.rootFixed");
        }
        guards.checkAfterCurrent(node, decision);
        int children = rows.openChildrenForUpdate(id).size();
        if (children > 0) {
            throw DomainException.conflict("org.error.dissolveHasChildren", node.name(), children);
        }
        int counted = members.countedMembersOf(id);
        if (counted > 0) {
            throw DomainException.conflict("org.error.dissolveHasMembers", node.name(), counted);
        }
        index.detach(id, node.parentId());
        rows.close(id, "DISSOLVED", decision, decision.note());
        audit.record(AuditLog.Change.of(
                "ORG_DISSOLVE", "organization", id, id, "Giải thể " + node.name() + decided(decision)));
    }

    static String decided(Decision d) {
        StringBuilder s = new StringBuilder();
        if (d.number() != null) {
            s.append(" theo quyết định số ").append(d.number());
            if (d.date() != null) {
                s.append(" ngày ").append(Dates.format(d.date()));
            }
        }
        return s.append(", hiệu lực từ ")
                .append(Dates.format(d.effectiveFrom()))
                .toString();
    }

    private static boolean sameData(OrgNode a, OrgNode b) {
        return a.name().equals(b.name())
                && Objects.equals(a.shortName(), b.shortName())
                && a.level() == b.level()
                && a.unitType() == b.unitType()
                && Objects.equals(a.issuerSymbol(), b.issuerSymbol())
                && a.pilot() == b.pilot()
                && Objects.equals(a.pilotBasis(), b.pilotBasis());
    }

    /** Translates a duplicate code into the user's words. */
    static DomainException duplicateCode(DuplicateKeyException e, String code) {
        return DomainException.conflict("org.error.duplicateCode", code);
    }
}

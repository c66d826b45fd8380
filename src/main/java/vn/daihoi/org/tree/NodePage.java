package vn.daihoi.org.tree;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.OrgCounts;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgTree;
import vn.daihoi.org.UnitType;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormFeedback;

/** Fills the model of the tree browser and the node page (shared by the page and the form controllers). */
@Component
class NodePage {

    static final int SPLIT_MEMBER_LIMIT = 300;

    /** A node in a list: itself, how many children it had on the date, and its current counts. */
    record TreeItem(OrgNode node, int childrenOnDate, OrgCounts counts) {}

    private final OrgTree tree;
    private final AccessControl access;
    private final MemberMoves members;
    private final Clock clock;

    NodePage(OrgTree tree, AccessControl access, MemberMoves members, Clock clock) {
        this.tree = tree;
        this.access = access;
        this.members = members;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date of {@code ?asOf=} (read by the one query-date reader); today when absent. */
    LocalDate asOf(LocalDate asOf) {
        return asOf == null ? today() : asOf;
    }

    void dates(Model model, LocalDate asOf) {
        model.addAttribute("asOf", asOf);
        model.addAttribute("asOfText", Dates.format(asOf));
        model.addAttribute("asOfIso", asOf.toString());
        model.addAttribute("isToday", asOf.equals(today()));
        model.addAttribute("levels", OrgLevel.values());
        model.addAttribute("unitTypes", UnitType.values());
    }

    List<TreeItem> items(List<OrgNode> nodes, LocalDate asOf) {
        List<Long> ids = nodes.stream().map(OrgNode::id).toList();
        Map<Long, Integer> children = tree.childCounts(ids, asOf);
        Map<Long, OrgCounts> counts = tree.counts(ids);
        return nodes.stream()
                .map(n ->
                        new TreeItem(n, children.getOrDefault(n.id(), 0), counts.getOrDefault(n.id(), OrgCounts.ZERO)))
                .toList();
    }

    /** The roots of the user's view: their topmost scope nodes that existed on the date. */
    List<TreeItem> roots(LocalDate asOf) {
        List<Long> scope = access.scopeRoots(Permission.ORG_VIEW);
        if (scope.isEmpty()) {
            access.requireSomewhere(Permission.ORG_VIEW);
        }
        List<OrgNode> nodes = tree.topmost(scope).stream()
                .map(id -> tree.node(id, asOf))
                .flatMap(java.util.Optional::stream)
                .toList();
        return items(nodes, asOf);
    }

    /** The level a new child most likely has (the form's default; the user may pick another). */
    static OrgLevel childLevel(OrgLevel level) {
        return switch (level) {
            case CENTRAL -> OrgLevel.DIRECTLY_UNDER_CENTRAL;
            case DIRECTLY_UNDER_CENTRAL -> OrgLevel.SUPERIOR_OF_GRASSROOTS;
            case SUPERIOR_OF_GRASSROOTS -> OrgLevel.GRASSROOTS_COMMITTEE;
            case GRASSROOTS_COMMITTEE -> OrgLevel.SUBORDINATE_CELL;
            case SUB_COMMITTEE -> OrgLevel.SUBORDINATE_CELL;
            case GRASSROOTS_CELL, SUBORDINATE_CELL, PARTY_GROUP -> OrgLevel.PARTY_GROUP;
        };
    }

    /** Everything the node page shows; the caller has checked ORG_VIEW on the node. */
    void node(Model model, long id, LocalDate asOf) {
        dates(model, asOf);
        // a refused operation form comes back open with what was typed (FormActions flashes formErrors)
        if (model.getAttribute("formErrors") instanceof FormFeedback fe
                && fe.formId().startsWith("op-")) {
            Map<String, String> sent = new java.util.LinkedHashMap<>();
            fe.values().forEach((k, v) -> sent.put(k, v.isEmpty() ? "" : v.getFirst()));
            model.addAttribute("opForm", fe.formId().substring(3));
            model.addAttribute("sent", sent);
        } else {
            model.addAttribute("sent", Map.of());
        }
        OrgNode node = tree.lastKnown(id, asOf)
                .orElseThrow(() -> DomainException.notFound("org.error.notExistedOn", Dates.format(asOf)));
        boolean validOnDate = node.validTo() == null || node.validTo().isAfter(asOf);
        // A node closed before the date is shown as it was on its last day.
        LocalDate shownOn = validOnDate ? asOf : node.validTo().minusDays(1);
        model.addAttribute("node", node);
        model.addAttribute("validOnDate", validOnDate);
        model.addAttribute("ancestors", tree.ancestors(id, shownOn));
        model.addAttribute(
                "parent",
                node.parentId() == null
                        ? null
                        : tree.lastKnown(node.parentId(), shownOn).orElse(null));
        model.addAttribute(
                "superior",
                node.superiorId() == null
                        ? null
                        : tree.lastKnown(node.superiorId(), shownOn).orElse(null));
        model.addAttribute("counts", tree.counts(id));
        List<OrgNode> children = tree.children(id, shownOn);
        model.addAttribute("children", items(children, shownOn));
        model.addAttribute("history", tree.history(id));
        boolean open = node.validTo() == null;
        boolean notRoot = node.parentId() != null;
        boolean edit = open && access.can(Permission.ORG_EDIT, id);
        model.addAttribute("canEdit", edit);
        model.addAttribute("childLevel", childLevel(node.level()));
        model.addAttribute("canMove", edit && notRoot);
        boolean restructure = open && notRoot && access.can(Permission.ORG_RESTRUCTURE, id);
        model.addAttribute("canRestructure", restructure);
        if (restructure) {
            model.addAttribute("openChildren", shownOn.equals(today()) ? children : tree.children(id, today()));
            model.addAttribute("memberPicks", members.picks(id, SPLIT_MEMBER_LIMIT));
            model.addAttribute("memberLimit", SPLIT_MEMBER_LIMIT);
        }
    }
}

package vn.daihoi.org.tree;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.OrgCounts;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgTree;
import vn.daihoi.org.UnitType;
import vn.daihoi.platform.DomainException;

/**
 * Read-only JSON of the tree for scripts (HTTP Basic). Every endpoint checks {@code ORG_VIEW} on the
 * node; {@code asOf} (yyyy-MM-dd) gives the tree as of that date. Member and subtree-unit counts are
 * always today's; {@code directChildren} is of the date.
 */
@RestController
@RequestMapping("/api/organizations")
class OrgApiController {

    /** A node with its counts. */
    record OrganizationResponse(
            long id,
            String code,
            String name,
            String shortName,
            OrgLevel level,
            UnitType unitType,
            String issuerSymbol,
            Long parentId,
            Long superiorId,
            boolean pilot,
            String pilotBasis,
            LocalDate validFrom,
            LocalDate validTo,
            int directMembers,
            int subtreeMembers,
            int directChildren,
            int subtreeUnits) {}

    private final OrgTree tree;
    private final AccessControl access;
    private final NodePage page;

    OrgApiController(OrgTree tree, AccessControl access, NodePage page) {
        this.tree = tree;
        this.access = access;
        this.page = page;
    }

    /** The roots the user may see: their topmost scope nodes that existed on the date. */
    @GetMapping
    List<OrganizationResponse> roots(@RequestParam(required = false) LocalDate asOf) {
        access.requireSomewhere(Permission.ORG_VIEW);
        LocalDate date = page.asOf(asOf);
        return respond(page.roots(date).stream().map(NodePage.TreeItem::node).toList(), date);
    }

    @GetMapping("/{id}")
    OrganizationResponse node(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        access.require(Permission.ORG_VIEW, id);
        LocalDate date = page.asOf(asOf);
        OrgNode node = tree.node(id, date)
                .orElseThrow(() -> DomainException.notFound("org.error.notExistedOn", date.toString()));
        return respond(List.of(node), date).getFirst();
    }

    @GetMapping("/{id}/children")
    List<OrganizationResponse> children(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        access.require(Permission.ORG_VIEW, id);
        LocalDate date = page.asOf(asOf);
        return respond(tree.children(id, date), date);
    }

    private List<OrganizationResponse> respond(List<OrgNode> nodes, LocalDate date) {
        List<Long> ids = nodes.stream().map(OrgNode::id).toList();
        Map<Long, OrgCounts> counts = tree.counts(ids);
        boolean today = date.equals(page.today());
        Map<Long, Integer> children = today ? Map.of() : tree.childCounts(ids, date);
        return nodes.stream()
                .map(n -> {
                    OrgCounts c = counts.getOrDefault(n.id(), OrgCounts.ZERO);
                    return new OrganizationResponse(
                            n.id(),
                            n.code(),
                            n.name(),
                            n.shortName(),
                            n.level(),
                            n.unitType(),
                            n.issuerSymbol(),
                            n.parentId(),
                            n.superiorId(),
                            n.pilot(),
                            n.pilotBasis(),
                            n.validFrom(),
                            n.validTo(),
                            c.directMembers(),
                            c.subtreeMembers(),
                            today ? c.directChildren() : children.getOrDefault(n.id(), 0),
                            c.subtreeUnits());
                })
                .toList();
    }
}

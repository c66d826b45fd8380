package vn.daihoi.org.tree;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.OrgTree;

/** The tree browser and the node page (reading); the operation forms post to {@link OrgFormController}. */
@Controller
class OrgPageController {

    static final int SEARCH_LIMIT = 50;

    private final OrgTree tree;
    private final AccessControl access;
    private final NodePage page;

    OrgPageController(OrgTree tree, AccessControl access, NodePage page) {
        this.tree = tree;
        this.access = access;
        this.page = page;
    }

    @GetMapping("/org")
    String browser(
            @RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String q, Model model) {
        access.requireSomewhere(Permission.ORG_VIEW);
        LocalDate date = page.asOf(asOf);
        page.dates(model, date);
        model.addAttribute("roots", page.roots(date));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("results", search(q, date));
        return "org/tree";
    }

    /**
     * Goes to the node of a code ({@code HBX.X01}, any case) when the user may see it; otherwise the tree page
     * says no unit of that code is in their scope (the same answer whether it exists elsewhere or not).
     */
    @GetMapping("/org/find")
    String find(@RequestParam(required = false) String code, Model model) {
        access.requireSomewhere(Permission.ORG_VIEW);
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Optional<Long> id = wanted.isEmpty() ? Optional.empty() : tree.idOfCode(wanted);
        if (id.isPresent() && access.can(Permission.ORG_VIEW, id.get())) {
            return "redirect:/org/" + id.get();
        }
        LocalDate date = page.asOf(null);
        page.dates(model, date);
        model.addAttribute("roots", page.roots(date));
        model.addAttribute("q", "");
        model.addAttribute("findCode", wanted);
        return "org/tree";
    }

    /** One level of the tree, loaded by htmx when a node is expanded. */
    @GetMapping("/org/{id}/children")
    String children(@PathVariable long id, @RequestParam(required = false) LocalDate asOf, Model model) {
        access.require(Permission.ORG_VIEW, id);
        LocalDate date = page.asOf(asOf);
        page.dates(model, date);
        model.addAttribute("items", page.items(tree.children(id, date), date));
        return "org/fragments :: children";
    }

    /** Search results as the user types (htmx), inside the user's scope only. */
    @GetMapping("/org/search")
    String search(
            @RequestParam(required = false) String q, @RequestParam(required = false) LocalDate asOf, Model model) {
        access.requireSomewhere(Permission.ORG_VIEW);
        LocalDate date = page.asOf(asOf);
        page.dates(model, date);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("results", search(q, date));
        return "org/fragments :: results";
    }

    @GetMapping("/org/{id}")
    String node(@PathVariable long id, @RequestParam(required = false) LocalDate asOf, Model model) {
        access.require(Permission.ORG_VIEW, id);
        page.node(model, id, page.asOf(asOf));
        return "org/node";
    }

    private List<NodePage.TreeItem> search(String q, LocalDate date) {
        if (q == null || q.isBlank()) {
            return null;
        }
        return page.items(tree.search(q, access.scopeRoots(Permission.ORG_VIEW), date, SEARCH_LIMIT), date);
    }
}

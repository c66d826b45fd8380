package vn.daihoi.org.tree;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.Merger;
import vn.daihoi.org.OrgOperations.NewUnit;
import vn.daihoi.org.OrgOperations.Renaming;
import vn.daihoi.org.OrgOperations.SplitPart;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.DomainException;

/**
 * The operation forms of the node page. A refusal re-renders the page with the message inside the
 * form that was sent (and the typed values kept); success redirects back with a notice.
 */
@Controller
class OrgFormController {

    static final int SPLIT_PARTS = 3;

    private final OrgOperations operations;
    private final OrgTree tree;
    private final AccessControl access;
    private final NodePage page;
    private final MessageSource messages;

    OrgFormController(
            OrgOperations operations, OrgTree tree, AccessControl access, NodePage page, MessageSource messages) {
        this.operations = operations;
        this.tree = tree;
        this.access = access;
        this.page = page;
        this.messages = messages;
    }

    /** An operation that reads its form and returns the node to show afterwards. */
    private interface Action {
        long run(OrgForm form);
    }

    @PostMapping("/org/{id}/rename")
    String rename(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        access.require(Permission.ORG_EDIT, id);
        return handle(id, "rename", fields, model, locale, response, f -> {
            operations.rename(
                    id,
                    new Renaming(
                            f.text("name"),
                            f.text("shortName"),
                            f.level("level"),
                            f.unitType("unitType"),
                            f.text("issuerSymbol"),
                            f.checked("pilot"),
                            f.text("pilotBasis")),
                    f.decision());
            return id;
        });
    }

    @PostMapping("/org/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        access.require(Permission.ORG_EDIT, id);
        return handle(id, "move", fields, model, locale, response, f -> {
            Long parent = f.ref("parent");
            if (parent == null) {
                throw new DomainException("org.error.parentRequired");
            }
            access.require(Permission.ORG_EDIT, parent);
            Long superior = f.ref("superior");
            if (superior != null) {
                access.require(Permission.ORG_VIEW, superior);
            }
            operations.move(id, parent, superior, f.decision());
            return id;
        });
    }

    @PostMapping("/org/{id}/create")
    String create(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        access.require(Permission.ORG_EDIT, id);
        return handle(
                id, "create", fields, model, locale, response, f -> operations.create(unit(f, "", id), f.decision()));
    }

    @PostMapping("/org/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        access.require(Permission.ORG_RESTRUCTURE, id);
        return handle(id, "merge", fields, model, locale, response, f -> {
            List<Long> sources = new ArrayList<>(List.of(id));
            for (Long other : f.refs("otherSources")) {
                access.require(Permission.ORG_RESTRUCTURE, other);
                if (!sources.contains(other)) {
                    sources.add(other);
                }
            }
            Merger merger;
            if ("new".equals(f.text("targetKind"))) {
                NewUnit unit = unit(f, "new", null);
                long parent = unit.parentId() != null ? unit.parentId() : currentParent(id);
                access.require(Permission.ORG_RESTRUCTURE, parent);
                merger = new Merger(sources, null, unit);
            } else {
                Long target = f.ref("target");
                if (target == null) {
                    throw new DomainException("org.error.mergeTarget");
                }
                access.require(Permission.ORG_RESTRUCTURE, target);
                merger = new Merger(sources, target, null);
            }
            return operations.merge(merger, f.decision());
        });
    }

    @PostMapping("/org/{id}/split")
    String split(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        access.require(Permission.ORG_RESTRUCTURE, id);
        return handle(id, "split", fields, model, locale, response, f -> {
            Long parent = f.ref("partParent");
            long partParent = parent != null ? parent : currentParent(id);
            access.require(Permission.ORG_RESTRUCTURE, partParent);
            List<SplitPart> parts = new ArrayList<>();
            for (int i = 1; i <= SPLIT_PARTS; i++) {
                if (f.text("part" + i + "Name") == null) {
                    continue;
                }
                String part = Integer.toString(i);
                parts.add(new SplitPart(
                        unit(f, "part" + i, partParent),
                        assignedTo(fields, "child_", part),
                        assignedTo(fields, "member_", part)));
            }
            List<Long> ids = operations.split(id, parts, f.checked("keepSource"), f.decision());
            return f.checked("keepSource") ? id : ids.getFirst();
        });
    }

    @PostMapping("/org/{id}/dissolve")
    String dissolve(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        access.require(Permission.ORG_RESTRUCTURE, id);
        return handle(id, "dissolve", fields, model, locale, response, f -> {
            operations.dissolve(id, f.decision());
            return id;
        });
    }

    /** The ids whose select {@code prefix + id} in the split form chose {@code part}. */
    private static List<Long> assignedTo(Map<String, String> fields, String prefix, String part) {
        return fields.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && part.equals(e.getValue()))
                .map(e -> Long.parseLong(e.getKey().substring(prefix.length())))
                .toList();
    }

    /** Where new nodes go by default: beside the node (its parent). */
    private long currentParent(long id) {
        Long parent = tree.lastKnown(id, page.today())
                .orElseThrow(() -> DomainException.notFound("org.error.notFound", id))
                .parentId();
        if (parent == null) {
            throw new DomainException("org.error.rootFixed");
        }
        return parent;
    }

    /** The new-node fields of a form, named {@code prefix + "Name"} etc. ({@code name} etc. without prefix). */
    private static NewUnit unit(OrgForm f, String prefix, Long parentId) {
        String p = prefix.isEmpty() ? "" : prefix;
        java.util.function.UnaryOperator<String> key =
                s -> p.isEmpty() ? s : p + Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return new NewUnit(
                f.text(key.apply("code")),
                f.text(key.apply("name")),
                f.text(key.apply("shortName")),
                f.level(key.apply("level")),
                f.unitType(key.apply("unitType")),
                f.text(key.apply("issuerSymbol")),
                parentId != null ? parentId : f.ref(key.apply("parent")),
                null,
                f.checked(key.apply("pilot")),
                f.text(key.apply("pilotBasis")));
    }

    private String handle(
            long id,
            String form,
            Map<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response,
            Action action) {
        try {
            long shown = action.run(new OrgForm(fields, tree));
            return "redirect:/org/" + shown + "?done=" + form;
        } catch (DomainException e) {
            response.setStatus(e.status());
            page.node(model, id, page.today());
            model.addAttribute("opForm", form);
            model.addAttribute("sent", fields);
            model.addAttribute("opError", messages.getMessage(e, locale));
            return "org/node";
        }
    }
}

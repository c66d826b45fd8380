package vn.daihoi.org.tree;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.org.Decision;
import vn.daihoi.org.OrgOperations;
import vn.daihoi.org.OrgOperations.Merger;
import vn.daihoi.org.OrgOperations.NewUnit;
import vn.daihoi.org.OrgOperations.Renaming;
import vn.daihoi.org.OrgOperations.SplitPart;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;

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
    private final FormActions actions;

    OrgFormController(
            OrgOperations operations,
            OrgTree tree,
            AccessControl access,
            NodePage page,
            MessageSource messages,
            FormActions actions) {
        this.actions = actions;
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
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.ORG_EDIT, id);
        return handle(id, "rename", fields, request, redirect, locale, f -> {
            f.errors().required("name", "org.field.name", fields.get("name"));
            Renaming renaming = new Renaming(
                    f.text("name"),
                    f.text("shortName"),
                    f.level("level"),
                    f.unitType("unitType"),
                    f.text("issuerSymbol"),
                    f.checked("pilot"),
                    f.text("pilotBasis"));
            Decision decision = f.decision();
            f.check();
            operations.rename(id, renaming, decision);
            return id;
        });
    }

    @PostMapping("/org/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.ORG_EDIT, id);
        return handle(id, "move", fields, request, redirect, locale, f -> {
            Long parent = f.ref("parent");
            if (parent == null && f.text("parent") == null) {
                f.errors().reject("parent", "org.error.parentRequired");
            }
            if (parent != null) {
                access.require(Permission.ORG_EDIT, parent);
            }
            Long superior = f.ref("superior");
            if (superior != null) {
                access.require(Permission.ORG_VIEW, superior);
            }
            Decision decision = f.decision();
            f.check();
            operations.move(id, parent, superior, decision);
            return id;
        });
    }

    @PostMapping("/org/{id}/create")
    String create(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.ORG_EDIT, id);
        return handle(
                id, "create", fields, request, redirect, locale, f -> operations.create(unit(f, "", id), f.decision()));
    }

    @PostMapping("/org/{id}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.ORG_RESTRUCTURE, id);
        return handle(id, "merge", fields, request, redirect, locale, f -> {
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
                if (unit.parentId() != null || f.text("newParent") == null) {
                    long parent = unit.parentId() != null ? unit.parentId() : currentParent(id);
                    access.require(Permission.ORG_RESTRUCTURE, parent);
                }
                merger = new Merger(sources, null, unit);
            } else {
                Long target = f.ref("target");
                if (target == null && f.text("target") == null) {
                    f.errors().reject("target", "org.error.mergeTarget");
                }
                if (target != null) {
                    access.require(Permission.ORG_RESTRUCTURE, target);
                }
                merger = new Merger(sources, target, null);
            }
            Decision decision = f.decision();
            f.check();
            return operations.merge(merger, decision);
        });
    }

    @PostMapping("/org/{id}/split")
    String split(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.ORG_RESTRUCTURE, id);
        return handle(id, "split", fields, request, redirect, locale, f -> {
            Long parent = f.ref("partParent");
            Long partParent = parent != null ? parent : f.text("partParent") == null ? currentParent(id) : null;
            if (partParent != null) {
                access.require(Permission.ORG_RESTRUCTURE, partParent);
            }
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
            Decision decision = f.decision();
            f.check();
            List<Long> ids = operations.split(id, parts, f.checked("keepSource"), decision);
            return f.checked("keepSource") ? id : ids.getFirst();
        });
    }

    @PostMapping("/org/{id}/dissolve")
    String dissolve(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.ORG_RESTRUCTURE, id);
        return handle(id, "dissolve", fields, request, redirect, locale, f -> {
            Decision decision = f.decision();
            f.check();
            operations.dissolve(id, decision);
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

    /**
     * Runs an operation form (FormActions.submit): done, back to the node shown with {@code ?done=form};
     * refused, by a field or by the service, back to the node page with the form open, every error beside
     * its field and what was typed (NodePage reopens it from the flashed feedback).
     */
    private String handle(
            long id,
            String form,
            Map<String, String> fields,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale,
            Action action) {
        return actions.submit(
                "op-" + form, "/org/" + id, request, redirect, locale, "org.node.done." + form, errors -> {
                    errors.place("org.error.unknownRef", REF_FIELDS.getOrDefault(form, "parent"));
                    long shown = action.run(new OrgForm(fields, tree, errors));
                    return "/org/" + shown + "?done=" + form;
                });
    }

    /** Where an unknown node reference typed in a form is shown when the service finds it. */
    private static final Map<String, String> REF_FIELDS =
            Map.of("move", "parent", "merge", "otherSources", "split", "partParent");
}

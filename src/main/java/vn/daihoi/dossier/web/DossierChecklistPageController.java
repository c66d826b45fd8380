package vn.daihoi.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.dossier.DossierChecklist;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.FormActions;

/** The administrator's page of the dossier checklist per level and kind of congress. */
@Controller
class DossierChecklistPageController {

    private final DossierChecklist checklist;
    private final FormActions actions;
    private final AccessControl access;

    DossierChecklistPageController(DossierChecklist checklist, FormActions actions, AccessControl access) {
        this.checklist = checklist;
        this.actions = actions;
        this.access = access;
    }

    @GetMapping("/dossier-checklist")
    String show(Model model) {
        model.addAttribute("items", checklist.all());
        model.addAttribute("levels", List.of(OrgLevel.values()));
        model.addAttribute("kinds", List.of("ALL_MEMBER", "DELEGATE"));
        return "dossier/checklist";
    }

    @PostMapping("/dossier-checklist")
    String add(
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String title,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        return actions.submit("checklist-add", PAGE, request, redirect, locale, "dossier.checklist.saved", errors -> {
            errors.place("dossier.error.badLevel", "level")
                    .place("dossier.error.badKind", "kind")
                    .place("dossier.error.titleRequired", "title")
                    .place("dossier.error.titleTooLong", "title");
            String l = errors.required("level", "dossier.checklist.level", level);
            String k = errors.required("kind", "dossier.checklist.kind", kind);
            String t = errors.text("title", "dossier.item", errors.required("title", "dossier.item", title), 500);
            errors.check();
            checklist.add(l, k, t);
            return null;
        });
    }

    @PostMapping("/dossier-checklist/{id}")
    String change(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "false") boolean active,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireSomewhere(Permission.RULEBOOK_EDIT);
        return actions.submit(
                "checklist-item-" + id, PAGE, request, redirect, locale, "dossier.checklist.saved", errors -> {
                    errors.place("dossier.error.titleRequired", "title").place("dossier.error.titleTooLong", "title");
                    String t =
                            errors.text("title", "dossier.item", errors.required("title", "dossier.item", title), 500);
                    errors.check();
                    checklist.change(id, t, active);
                    return null;
                });
    }

    private static final String PAGE = "/dossier-checklist";
}

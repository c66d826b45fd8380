package vn.daihoi.dossier.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.dossier.DossierChecklist;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.DomainException;

/** The administrator's page of the dossier checklist per level and kind of congress. */
@Controller
class DossierChecklistPageController {

    private final DossierChecklist checklist;
    private final DossierPageMessages messages;

    DossierChecklistPageController(DossierChecklist checklist, DossierPageMessages messages) {
        this.checklist = checklist;
        this.messages = messages;
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
            Locale locale,
            RedirectAttributes redirect) {
        try {
            checklist.add(level, kind, title);
            messages.notice(redirect, locale, "dossier.checklist.saved");
        } catch (DomainException e) {
            messages.error(redirect, locale, e);
        }
        return "redirect:/dossier-checklist";
    }

    @PostMapping("/dossier-checklist/{id}")
    String change(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "false") boolean active,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            checklist.change(id, title, active);
            messages.notice(redirect, locale, "dossier.checklist.saved");
        } catch (DomainException e) {
            messages.error(redirect, locale, e);
        }
        return "redirect:/dossier-checklist";
    }
}

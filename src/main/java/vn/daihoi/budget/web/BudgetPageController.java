package vn.daihoi.budget.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.budget.BudgetEstimate;
import vn.daihoi.budget.BudgetEstimates;
import vn.daihoi.budget.BudgetFiling;
import vn.daihoi.budget.BudgetGroup;
import vn.daihoi.budget.NewBudgetLine;
import vn.daihoi.budget.internal.BudgetExports;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;
import vn.daihoi.platform.FormErrors;

/** The budget estimate page of a congress case, its forms and its XLSX and PDF exports. */
@Controller
class BudgetPageController {

    private final BudgetEstimates estimates;
    private final BudgetExports exports;
    private final BudgetFiling filing;
    private final FormActions actions;

    BudgetPageController(BudgetEstimates estimates, BudgetExports exports, BudgetFiling filing, FormActions actions) {
        this.estimates = estimates;
        this.exports = exports;
        this.filing = filing;
        this.actions = actions;
    }

    @GetMapping("/congresses/{id}/budget")
    String show(@PathVariable long id, Model model) {
        BudgetEstimate e = estimates.view(id);
        model.addAttribute("e", e);
        model.addAttribute("c", e.congress());
        model.addAttribute("groups", BudgetGroup.values());
        model.addAttribute("vnd", vn.daihoi.budget.Vnd.INSTANCE);
        model.addAttribute("filings", filing.filings(id));
        return "budget/estimate";
    }

    @PostMapping("/congresses/{id}/budget/items")
    String add(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        estimates.requireEditable(id);
        return actions.submit(
                "budget-form",
                "/congresses/" + id + "/budget",
                request,
                redirect,
                locale,
                "budget.saved.add",
                errors -> {
                    NewBudgetLine line = line(errors, form);
                    errors.check();
                    estimates.addLine(id, line);
                    return null;
                });
    }

    @PostMapping("/congresses/{id}/budget/items/edit")
    String edit(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        estimates.requireEditable(id);
        String item = form.getOrDefault("item", "").strip();
        return actions.submit(
                "budget-edit-form-" + item,
                "/congresses/" + id + "/budget",
                request,
                redirect,
                locale,
                "budget.saved.edit",
                errors -> {
                    NewBudgetLine line = line(errors, form);
                    errors.check();
                    estimates.updateLine(id, money(item), line);
                    return null;
                });
    }

    /** Reads the line fields of a page form (add or edit), every bad one beside its field. */
    private static NewBudgetLine line(FormErrors errors, Map<String, String> form) {
        errors.place("budget.error.group", "group")
                .place("budget.error.description", "description")
                .place("budget.error.unit", "unit")
                .place("budget.error.quantity", "quantity")
                .place("budget.error.unitPrice", "unitPrice")
                .place("budget.error.norm", "norm");
        return new NewBudgetLine(
                errors.parse("group", () -> group(form.get("group"))),
                errors.required("description", "budget.col.description", form.get("description")),
                errors.parse(
                        "quantity",
                        () -> quantity(errors.required("quantity", "budget.col.quantity", form.get("quantity")))),
                errors.required("unit", "budget.col.unit", form.get("unit")),
                errors.parse(
                        "unitPrice",
                        () -> money(errors.required("unitPrice", "budget.col.unitPrice", form.get("unitPrice")))),
                errors.parse("norm", () -> money(form.get("norm"))));
    }

    @PostMapping("/congresses/{id}/budget/items/remove")
    String remove(
            @PathVariable long id, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        return apply(id, locale, redirect, "budget.saved.remove", () -> {
            Long item = money(form.get("item"));
            estimates.removeLine(id, item);
        });
    }

    @PostMapping("/congresses/{id}/budget/filing")
    String file(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return apply(id, locale, redirect, "budget.saved.filed", () -> filing.file(id));
    }

    @GetMapping("/congresses/{id}/budget.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) throws IOException {
        BudgetEstimate e = estimates.view(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.xlsx(e, out);
        return Downloads.xlsx("du-toan-kinh-phi-" + e.congress().orgCode() + ".xlsx", out.toByteArray());
    }

    @GetMapping("/congresses/{id}/budget.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) throws IOException {
        BudgetEstimate e = estimates.view(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.pdf(e, out);
        return Downloads.pdf("du-toan-kinh-phi-" + e.congress().orgCode() + ".pdf", out.toByteArray());
    }

    private String apply(long id, Locale locale, RedirectAttributes redirect, String notice, Runnable change) {
        return actions.run("/congresses/" + id + "/budget", redirect, locale, notice, change);
    }

    static BudgetGroup group(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return BudgetGroup.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("budget.error.code", s.strip());
        }
    }

    static Integer quantity(String s) {
        Long n = money(s);
        if (n == null) {
            return null;
        }
        if (n > Integer.MAX_VALUE) {
            throw new DomainException("budget.error.number", s.strip());
        }
        return n.intValue();
    }

    /** Whole đồng as users type them: "1.234.567", "1 234 567" or "1234567" (a comma decimal is refused). */
    static Long money(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String digits = s.strip().replace(".", "").replace(" ", "").replace("\u00a0", "");
        if (digits.endsWith("đ")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        if (!digits.matches("\\d{1,15}")) {
            throw new DomainException("budget.error.number", s.strip());
        }
        return Long.valueOf(digits);
    }
}

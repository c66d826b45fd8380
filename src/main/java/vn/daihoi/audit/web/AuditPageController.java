package vn.daihoi.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.audit.AuditEntry;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.audit.AuditQuery;
import vn.daihoi.audit.AuditReaders;
import vn.daihoi.audit.AuditScope;
import vn.daihoi.audit.ChainVerification;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.FormActions;

/** The audit log page: browse and filter what one may see, and verify the hash chain. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final AuditLog log;
    private final AuditLinks links;
    private final AuditReaders readers;
    private final MessageSource messages;
    private final FormActions actions;
    private final Clock clock;

    AuditPageController(
            AuditLog log,
            AuditLinks links,
            AuditReaders readers,
            MessageSource messages,
            FormActions actions,
            Clock clock) {
        this.actions = actions;
        this.log = log;
        this.links = links;
        this.readers = readers;
        this.messages = messages;
        this.clock = clock;
    }

    /** The filter as typed in the form (dates as dd/MM/yyyy text, so a bad one can be shown back). */
    record Filter(
            String actor, String action, String entityType, String entityId, String from, String to, Integer page) {

        int pageNumber() {
            return page == null || page < 1 ? 1 : page;
        }
    }

    /** One line of the table, formatted for display. */
    record Row(
            long id,
            String at,
            String actor,
            String action,
            String entityType,
            String entityId,
            Long orgId,
            String summary,
            AuditLinks.Target link) {}

    @GetMapping("/audit")
    String list(@ModelAttribute("filter") Filter filter, Model model, Locale locale) {
        AuditScope scope = readers.currentScope().orElseThrow(() -> new AccessDeniedException("AUDIT_VIEW"));
        List<String> errors = new ArrayList<>();
        LocalDate from = date(filter.from(), "audit.from", errors, locale);
        LocalDate to = date(filter.to(), "audit.to", errors, locale);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(messages.getMessage("audit.error.range", null, locale));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("mayVerify", readers.mayVerify());
        model.addAttribute("page", filter.pageNumber());
        if (!errors.isEmpty()) {
            model.addAttribute("rows", List.of());
            model.addAttribute("hasNext", false);
            return "audit/log";
        }
        int page = filter.pageNumber();
        AuditQuery query = new AuditQuery(
                        filter.actor(),
                        filter.action(),
                        filter.entityType(),
                        filter.entityId(),
                        from,
                        to,
                        null,
                        true,
                        PAGE_SIZE + 1,
                        (page - 1) * PAGE_SIZE)
                .within(scope);
        List<AuditEntry> entries = log.find(query);
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        List<AuditEntry> shown = entries.stream().limit(PAGE_SIZE).toList();
        java.util.Map<Long, AuditLinks.Target> objects = links.of(shown);
        model.addAttribute(
                "rows", shown.stream().map(e -> row(e, objects.get(e.id()))).toList());
        return "audit/log";
    }

    /**
     * Checks the chain, against a head written down earlier when one is typed (both its number of entries and its
     * hash): a bad head comes back on the form, each field's error beside it; the result is shown on its own page.
     */
    @PostMapping("/audit/verify")
    String verify(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        if (!readers.mayVerify()) {
            throw new AccessDeniedException("AUDIT_VERIFY");
        }
        return actions.submit("verify-form", "/audit", request, redirect, locale, "audit.verify.done", errors -> {
            String entriesText = errors.text("entries", "audit.verify.expectedEntries", form.get("entries"), 19);
            String head = errors.text("head", "audit.verify.expectedHead", form.get("head"), 64);
            Long entries = null;
            if (entriesText != null) {
                if (entriesText.matches("\\d{1,18}")) {
                    entries = Long.parseLong(entriesText);
                } else {
                    errors.reject("entries", "audit.verify.expectedEntriesInvalid", entriesText);
                }
            }
            if (head != null && !head.matches("[0-9a-fA-F]{8,64}")) {
                errors.reject("head", "audit.verify.expectedHeadInvalid", head);
            }
            if (entriesText != null && head == null) {
                errors.reject("head", "audit.verify.expectedBoth");
            } else if (head != null && entriesText == null) {
                errors.reject("entries", "audit.verify.expectedBoth");
            }
            errors.check();
            ChainVerification.ExpectedHead expected =
                    entries == null ? null : new ChainVerification.ExpectedHead(entries, head);
            ChainVerification result = log.verify(expected);
            // the flash lives in the stored session: plain values only
            redirect.addFlashAttribute("intact", result.intact());
            redirect.addFlashAttribute("resultText", resultText(result, locale));
            if (result.lastHash() != null) {
                redirect.addFlashAttribute(
                        "headText",
                        messages.getMessage(
                                "audit.verify.head", new Object[] {result.checked(), result.lastHash()}, locale));
            }
            return "/audit/verify";
        });
    }

    /** The result of the check just made (flashed); without one, back to the log. */
    @GetMapping("/audit/verify")
    String verified(Model model) {
        if (!readers.mayVerify()) {
            throw new AccessDeniedException("AUDIT_VERIFY");
        }
        return model.containsAttribute("resultText") ? "audit/verify" : "redirect:/audit";
    }

    private String resultText(ChainVerification result, Locale locale) {
        if (result.firstBrokenId() != null) {
            return messages.getMessage(
                    "audit.verify.broken",
                    new Object[] {
                        result.firstBrokenId() < 0 ? "—" : Long.toString(result.firstBrokenId()),
                        messages.getMessage("audit.verify.problem." + result.problem(), null, locale),
                        result.checked()
                    },
                    locale);
        }
        if (result.missingTail() > 0) {
            return messages.getMessage(
                    "audit.verify.missingTail", new Object[] {result.missingTail(), result.checked()}, locale);
        }
        return messages.getMessage("audit.verify.intact", new Object[] {result.checked()}, locale);
    }

    private Row row(AuditEntry e, AuditLinks.Target link) {
        return new Row(
                e.id(),
                AT.format(e.at().atZone(vn.daihoi.platform.Dates.ZONE)),
                e.actor(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.orgId(),
                e.summary(),
                link);
    }

    /** A filter date typed dd/MM/yyyy; a bad one is said in the one wording of every form. */
    private LocalDate date(String text, String labelKey, List<String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> parsed = Dates.parse(text);
        if (parsed.isEmpty()) {
            errors.add(messages.getMessage(
                    "form.error.date",
                    new Object[] {messages.getMessage(labelKey, null, locale), text.strip()},
                    locale));
        }
        return parsed.orElse(null);
    }
}

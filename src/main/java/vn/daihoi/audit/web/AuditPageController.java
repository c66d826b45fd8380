package vn.daihoi.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daihoi.audit.AuditEntry;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.audit.AuditQuery;
import vn.daihoi.audit.AuditReaders;
import vn.daihoi.audit.AuditScope;
import vn.daihoi.audit.ChainVerification;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/** The audit log page: browse and filter what one may see, and verify the hash chain. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final AuditLog log;
    private final AuditReaders readers;
    private final MessageSource messages;
    private final Clock clock;

    AuditPageController(AuditLog log, AuditReaders readers, MessageSource messages, Clock clock) {
        this.log = log;
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
        LocalDate from = date(filter.from(), errors, locale);
        LocalDate to = date(filter.to(), errors, locale);
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
        model.addAttribute(
                "rows", entries.stream().limit(PAGE_SIZE).map(this::row).toList());
        return "audit/log";
    }

    @PostMapping("/audit/verify")
    String verify(
            @RequestParam(required = false) Long entries,
            @RequestParam(required = false) String head,
            Model model,
            Locale locale) {
        if (!readers.mayVerify()) {
            throw new AccessDeniedException("AUDIT_VERIFY");
        }
        ChainVerification.ExpectedHead expected = null;
        if (entries != null || (head != null && !head.isBlank())) {
            if (entries == null || entries < 0 || head == null || !head.strip().matches("[0-9a-fA-F]{8,64}")) {
                throw new DomainException("audit.verify.expectedInvalid");
            }
            expected = new ChainVerification.ExpectedHead(entries, head.strip());
        }
        ChainVerification result = log.verify(expected);
        model.addAttribute("result", result);
        String text;
        if (result.firstBrokenId() != null) {
            text = messages.getMessage(
                    "audit.verify.broken",
                    new Object[] {
                        result.firstBrokenId() < 0 ? "—" : Long.toString(result.firstBrokenId()),
                        messages.getMessage("audit.verify.problem." + result.problem(), null, locale),
                        result.checked()
                    },
                    locale);
        } else if (result.missingTail() > 0) {
            text = messages.getMessage(
                    "audit.verify.missingTail", new Object[] {result.missingTail(), result.checked()}, locale);
        } else {
            text = messages.getMessage("audit.verify.intact", new Object[] {result.checked()}, locale);
        }
        model.addAttribute("resultText", text);
        return "audit/verify";
    }

    private Row row(AuditEntry e) {
        return new Row(
                e.id(),
                AT.format(e.at().atZone(vn.daihoi.platform.Dates.ZONE)),
                e.actor(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.orgId(),
                e.summary(),
                AuditLinks.of(e.entityType(), e.entityId()));
    }

    private LocalDate date(String text, List<String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> parsed = Dates.parse(text);
        if (parsed.isEmpty()) {
            errors.add(messages.getMessage("error.dateFormat", new Object[] {text.strip()}, locale));
        }
        return parsed.orElse(null);
    }
}

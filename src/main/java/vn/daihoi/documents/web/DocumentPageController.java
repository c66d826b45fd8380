package vn.daihoi.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.documents.DocumentDetail;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentRendering;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.documents.IssuingOrgan;
import vn.daihoi.documents.NewDocument;
import vn.daihoi.documents.internal.DocumentQuery;
import vn.daihoi.documents.internal.NumberProposal;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;
import vn.daihoi.platform.TextLimits;

/** The register pages: the list with filters, the "new document" form, the detail and the downloads. */
@Controller
@RequestMapping("/documents")
class DocumentPageController {

    private final DocumentRegister register;
    private final DocumentRendering rendering;
    private final DocumentFormReader reader;
    private final OrgTree tree;
    private final AccessControl access;
    private final MessageSource messages;
    private final Clock clock;
    private final FormActions actions;

    DocumentPageController(
            DocumentRegister register,
            DocumentRendering rendering,
            DocumentFormReader reader,
            OrgTree tree,
            AccessControl access,
            MessageSource messages,
            Clock clock,
            FormActions actions) {
        this.register = register;
        this.rendering = rendering;
        this.reader = reader;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
        this.actions = actions;
    }

    /** Lets templates write dates as dd/MM/yyyy: {@code ${dates.format(d)}}. */
    static final class DateFormat {
        public String format(LocalDate d) {
            return Dates.format(d);
        }
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("organs", IssuingOrgan.values());
        model.addAttribute("dates", new DateFormat());
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String issuerCode,
            @RequestParam(required = false) DocumentType type,
            @RequestParam(defaultValue = "") String term,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        access.requireSomewhere(Permission.DOCUMENT_VIEW);
        model.addAttribute("issuerCode", issuerCode);
        model.addAttribute("type", type);
        model.addAttribute("term", term);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("q", q);
        model.addAttribute(
                "canIssue", !access.scopeRoots(Permission.DOCUMENT_ISSUE).isEmpty());
        try {
            Long subtree = issuerCode.isBlank() ? null : reader.orgOfCode("Đơn vị ban hành", issuerCode);
            LocalDate fromDate = from.isBlank() ? null : DocumentFormReader.date("Từ ngày", from);
            LocalDate toDate = to.isBlank() ? null : DocumentFormReader.date("Đến ngày", to);
            model.addAttribute(
                    "result", register.search(new DocumentQuery(subtree, type, term, fromDate, toDate, q, page, 50)));
        } catch (DomainException e) {
            model.addAttribute("error", text(e));
            model.addAttribute("result", register.search(new DocumentQuery(null, null, null, null, null, "", 0, 50)));
        }
        return "documents/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        access.requireSomewhere(Permission.DOCUMENT_ISSUE);
        String home = access.homeNode(Permission.DOCUMENT_ISSUE)
                .flatMap(id -> tree.node(id, LocalDate.now(clock)))
                .map(n -> n.code())
                .orElse("");
        model.addAttribute("form", DocumentForm.empty(home, Dates.format(LocalDate.now(clock))));
        return "documents/new";
    }

    @PostMapping
    String create(
            @ModelAttribute("form") DocumentForm form,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.requireSomewhere(Permission.DOCUMENT_ISSUE);
        return actions.submit("document-form", "/documents/new", request, redirect, locale, "documents.created", e -> {
            e.place("documents.error.outgoingElsewhere", "registrarCode")
                    .place("documents.error.boardName", "organName")
                    .place("documents.error.congressOrgan", "congressCaseId")
                    .place("documents.error.numberPositive", "number")
                    .place("documents.error.incomingNumber", "number")
                    .place("documents.error.numberTaken", "number")
                    .place("documents.error.implementsUnknown", "implementsRef")
                    .place("files.error.uploadEmpty", "file")
                    .place("files.error.uploadTooLarge", "file")
                    .place("files.error.uploadType", "file");
            // the units first: the right to issue is checked on them before anything else is read
            String issuerCode = e.required("issuerCode", "documents.field.issuerCode", form.issuerCode());
            Long issuer = issuerCode == null
                    ? null
                    : e.parse("issuerCode", () -> reader.orgOfCode("Đơn vị ban hành", issuerCode));
            Long registrar = DocumentFormReader.blank(form.registrarCode())
                    ? null
                    : e.parse("registrarCode", () -> reader.orgOfCode("Đơn vị vào sổ", form.registrarCode()));
            if (issuer != null && (registrar != null || DocumentFormReader.blank(form.registrarCode()))) {
                access.require(Permission.DOCUMENT_ISSUE, registrar != null ? registrar : issuer);
            }
            if (!DocumentFormReader.blank(form.direction())) {
                e.parse("direction", () -> DocumentFormReader.direction(form.direction()));
            }
            e.parse("type", () -> DocumentFormReader.type(form.type()));
            e.parse("organ", () -> DocumentFormReader.organ(form.organ()));
            e.text("organName", "documents.field.organName", form.organName(), TextLimits.TITLE);
            e.date("issuedOn", "documents.field.issuedOn", form.issuedOn(), true);
            if (!DocumentFormReader.blank(form.number())) {
                e.parse("number", () -> DocumentFormReader.integer("Số", form.number()));
            }
            if (!DocumentFormReader.blank(form.congressCaseId())) {
                e.parse("congressCaseId", () -> DocumentFormReader.integer("Mã đại hội", form.congressCaseId()));
            }
            e.text("place", "documents.field.place", form.place(), TextLimits.TITLE);
            e.text(
                    "subject",
                    "documents.field.subject",
                    e.required("subject", "documents.field.subject", form.subject()),
                    TextLimits.SUMMARY);
            e.text("signingAuthority", "documents.field.signingAuthority", form.signingAuthority(), TextLimits.TITLE);
            e.text("signerTitle", "documents.field.signerTitle", form.signerTitle(), TextLimits.TITLE);
            e.text("signerName", "documents.field.signerName", form.signerName(), TextLimits.TITLE);
            e.text("recipients", "documents.field.recipients", form.recipients(), TextLimits.NOTE);
            NewDocument.Attachment attachment = e.parse("file", () -> attachment(file));
            e.check();
            IssuedDocument issued = register.issue(reader.read(form, issuer, registrar, attachment));
            return "/documents/" + issued.id() + "?created";
        });
    }

    private static NewDocument.Attachment attachment(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new NewDocument.Attachment(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new DomainException("documents.error.upload");
        }
    }

    /** The htmx "next number" hint of the form. */
    @GetMapping("/next-number")
    String nextNumber(
            @RequestParam(defaultValue = "") String issuerCode,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String issuedOn,
            @RequestParam(defaultValue = "") String congressCaseId,
            Model model) {
        access.requireSomewhere(Permission.DOCUMENT_ISSUE);
        try {
            long issuer = reader.orgOfCode("Đơn vị ban hành", issuerCode);
            access.require(Permission.DOCUMENT_ISSUE, issuer);
            Long congress = DocumentFormReader.blank(congressCaseId)
                    ? null
                    : (long) DocumentFormReader.integer("Mã đại hội", congressCaseId);
            NumberProposal p = register.proposeNext(
                    issuer,
                    DocumentFormReader.type(type),
                    DocumentFormReader.date("Ngày ban hành", issuedOn),
                    congress);
            model.addAttribute("proposal", p);
        } catch (DomainException e) {
            model.addAttribute("proposalError", text(e));
        }
        return "documents/new :: proposal";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        DocumentDetail d = register.find(id);
        model.addAttribute("doc", d);
        model.addAttribute("bodyLines", vn.daihoi.platform.paper.PartyPaper.lines(d.body()));
        model.addAttribute("recipientLines", vn.daihoi.platform.paper.PartyPaper.lines(d.recipients()));
        return "documents/detail";
    }

    @GetMapping("/{id}.pdf")
    void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        DocumentDetail d = register.find(id);
        Downloads.attach(response, Downloads.PDF, fileName(d, "pdf"));
        rendering.pdf(id, response.getOutputStream());
    }

    @GetMapping("/{id}.docx")
    void docx(@PathVariable long id, HttpServletResponse response) throws IOException {
        DocumentDetail d = register.find(id);
        Downloads.attach(response, Downloads.DOCX, fileName(d, "docx"));
        rendering.docx(id, response.getOutputStream());
    }

    @GetMapping("/{id}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        var f = register.file(id);
        Downloads.attach(response, f.contentType(), f.filename());
        response.setContentLength(f.bytes().length);
        response.getOutputStream().write(f.bytes());
    }

    /** "101-KH-DU.pdf": the symbol with its slash made safe for a file name. */
    static String fileName(DocumentDetail d, String extension) {
        return d.symbol().replace('/', '-') + "." + extension;
    }

    private String text(DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e, locale);
    }
}

package vn.daihoi.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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
import vn.daihoi.documents.internal.PartyLayout;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

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

    DocumentPageController(
            DocumentRegister register,
            DocumentRendering rendering,
            DocumentFormReader reader,
            OrgTree tree,
            AccessControl access,
            MessageSource messages,
            Clock clock) {
        this.register = register;
        this.rendering = rendering;
        this.reader = reader;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
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
            Model model)
            throws IOException {
        access.requireSomewhere(Permission.DOCUMENT_ISSUE);
        try {
            long issuer = reader.orgOfCode("Đơn vị ban hành", form.issuerCode());
            Long registrar = DocumentFormReader.blank(form.registrarCode())
                    ? null
                    : reader.orgOfCode("Đơn vị vào sổ", form.registrarCode());
            access.require(Permission.DOCUMENT_ISSUE, registrar != null ? registrar : issuer);
            NewDocument.Attachment attachment = file == null || file.isEmpty()
                    ? null
                    : new NewDocument.Attachment(file.getOriginalFilename(), file.getBytes());
            IssuedDocument issued = register.issue(reader.read(form, issuer, registrar, attachment));
            return "redirect:/documents/" + issued.id() + "?created";
        } catch (DomainException e) {
            model.addAttribute("error", text(e));
            return "documents/new";
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
        model.addAttribute("bodyLines", PartyLayout.lines(d.body()));
        model.addAttribute("recipientLines", PartyLayout.lines(d.recipients()));
        return "documents/detail";
    }

    @GetMapping("/{id}.pdf")
    void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        DocumentDetail d = register.find(id);
        download(response, "application/pdf", fileName(d, "pdf"));
        rendering.pdf(id, response.getOutputStream());
    }

    @GetMapping("/{id}.docx")
    void docx(@PathVariable long id, HttpServletResponse response) throws IOException {
        DocumentDetail d = register.find(id);
        download(
                response,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                fileName(d, "docx"));
        rendering.docx(id, response.getOutputStream());
    }

    @GetMapping("/{id}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        var f = register.file(id);
        download(response, f.contentType(), f.filename());
        response.setContentLength(f.bytes().length);
        response.getOutputStream().write(f.bytes());
    }

    /** "101-KH-DU.pdf": the symbol with its slash made safe for a file name. */
    static String fileName(DocumentDetail d, String extension) {
        return d.symbol().replace('/', '-') + "." + extension;
    }

    private static void download(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }

    private String text(DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e, locale);
    }
}

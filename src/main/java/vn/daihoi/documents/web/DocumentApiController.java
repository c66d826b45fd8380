package vn.daihoi.documents.web;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.documents.DocumentDetail;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.documents.NewDocument;
import vn.daihoi.documents.SymbolResolution;
import vn.daihoi.documents.internal.DocumentPage;
import vn.daihoi.documents.internal.DocumentQuery;
import vn.daihoi.documents.internal.NumberProposal;
import vn.daihoi.platform.DomainException;

/**
 * The register as JSON (HTTP Basic). Dates are ISO yyyy-MM-dd; errors are ProblemDetails with a
 * Vietnamese detail. Reads are limited to what the user may see; issuing needs DOCUMENT_ISSUE on the
 * issuer (or on the registrar for an incoming document).
 */
@RestController
@RequestMapping("/api/documents")
class DocumentApiController {

    /**
     * A document to issue or register. Codes as in the enums (type KE_HOACH, organ BTV, direction
     * OUTGOING/INCOMING); {@code number} only for an incoming document or to take a number on purpose;
     * {@code implementsRef} an id or a symbol; the attachment as base64.
     */
    record DocumentRequest(
            String issuerId,
            String registrarId,
            String direction,
            String organ,
            String organName,
            String type,
            String number,
            String congressCaseId,
            String issuedOn,
            String place,
            String subject,
            String body,
            String signingAuthority,
            String signerTitle,
            String signerName,
            String recipients,
            List<Long> implementsIds,
            String implementsRef,
            String attachmentFilename,
            String attachmentBase64) {}

    private final DocumentRegister register;
    private final DocumentFormReader reader;
    private final AccessControl access;
    private final MessageSource messages;

    DocumentApiController(
            DocumentRegister register, DocumentFormReader reader, AccessControl access, MessageSource messages) {
        this.register = register;
        this.reader = reader;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    DocumentPage list(
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return register.search(new DocumentQuery(issuerId, type, term, from, to, q, page, size));
    }

    @GetMapping("/{id}")
    DocumentDetail get(@PathVariable long id) {
        return register.find(id);
    }

    @PostMapping
    ResponseEntity<IssuedDocument> create(@RequestBody DocumentRequest r) {
        access.requireSomewhere(Permission.DOCUMENT_ISSUE);
        if (DocumentFormReader.blank(r.issuerId())) {
            throw new DomainException("error.required", "issuerId");
        }
        long issuer = DocumentFormReader.id("issuerId", r.issuerId());
        Long registrar = DocumentFormReader.blank(r.registrarId())
                ? null
                : DocumentFormReader.id("registrarId", r.registrarId());
        access.require(Permission.DOCUMENT_ISSUE, registrar != null ? registrar : issuer);
        NewDocument.Attachment file = null;
        if (r.attachmentBase64() != null && !r.attachmentBase64().isBlank()) {
            try {
                file = new NewDocument.Attachment(
                        r.attachmentFilename(), Base64.getMimeDecoder().decode(r.attachmentBase64()));
            } catch (IllegalArgumentException e) {
                throw new DomainException("documents.error.base64");
            }
        }
        DocumentForm form = new DocumentForm(
                null,
                null,
                r.direction(),
                r.organ(),
                r.organName(),
                r.type(),
                r.number(),
                r.congressCaseId(),
                r.issuedOn(),
                r.place(),
                r.subject(),
                r.body(),
                r.signingAuthority(),
                r.signerTitle(),
                r.signerName(),
                r.recipients(),
                r.implementsRef());
        NewDocument d = reader.read(form, issuer, registrar, file);
        if (r.implementsIds() != null && !r.implementsIds().isEmpty()) {
            d = d.implementing(java.util.stream.Stream.concat(d.implementsIds().stream(), r.implementsIds().stream())
                    .toList());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(register.issue(d));
    }

    @GetMapping("/next-number")
    NumberProposal nextNumber(
            @RequestParam long issuerId,
            @RequestParam DocumentType type,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long congressCaseId) {
        return register.proposeNext(issuerId, type, date, congressCaseId);
    }

    @GetMapping("/symbols/parse")
    SymbolResolution parse(
            @RequestParam String symbol,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long contextOrgId) {
        return register.resolve(symbol, date != null ? date : register.today(), contextOrgId);
    }

    /** A body that is not JSON, or a field of the wrong kind: 400 with a message, not a server error. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("documents.error.json", null, "documents.error.json", locale));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        return ResponseEntity.badRequest().body(problem);
    }
}

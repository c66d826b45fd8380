package vn.daihoi.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.documents.internal.DocumentPage;
import vn.daihoi.documents.internal.DocumentQueries;
import vn.daihoi.documents.internal.DocumentQuery;
import vn.daihoi.documents.internal.IssuerSymbols;
import vn.daihoi.documents.internal.NumberProposal;
import vn.daihoi.files.UploadCheck;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.TextLimits;

/**
 * The register of Party documents: numbers outgoing documents in their sequence (per issuer, type and
 * committee term, or one per congress), records incoming ones, refuses a number already used in the
 * sequence, and answers reads limited to what the user may see. Issuing is serialised per sequence by a
 * transaction-scoped advisory lock, with unique indexes as the last guard, so two offices issuing at the
 * same moment never get the same number.
 */
@Service
public class DocumentRegister {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Numbering numbering;
    private final IssuerSymbols issuers;
    private final OrgTree tree;
    private final DocumentQueries queries;
    private final UploadCheck uploads;
    private final Clock clock;

    DocumentRegister(
            JdbcClient jdbc,
            AccessControl access,
            AuditLog audit,
            Numbering numbering,
            IssuerSymbols issuers,
            OrgTree tree,
            DocumentQueries queries,
            Clock clock,
            @Value("${daihoi.documents.max-upload-bytes:" + UploadCheck.DEFAULT_MAX_BYTES + "}") long maxUploadBytes) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.numbering = numbering;
        this.issuers = issuers;
        this.tree = tree;
        this.queries = queries;
        this.clock = clock;
        this.uploads = new UploadCheck(maxUploadBytes);
    }

    /** Numbers (or records) a document; everything or nothing is stored. Needs DOCUMENT_ISSUE on the registrar. */
    @Transactional
    public IssuedDocument issue(NewDocument d) {
        long registrar = d.registrarOrgId() != null ? d.registrarOrgId() : d.issuerOrgId();
        access.require(Permission.DOCUMENT_ISSUE, registrar);
        validate(d);
        if (d.direction() == Direction.OUTGOING && registrar != d.issuerOrgId()) {
            throw new DomainException("documents.error.outgoingElsewhere");
        }
        OrgNode issuer = issuers.nodeAt(d.issuerOrgId(), d.issuedOn());
        Numbering.Placing placing = numbering.place(d.issuerOrgId(), d.type(), d.issuedOn(), d.congressCaseId());
        UploadCheck.CheckedFile file = d.attachment() == null
                ? null
                : uploads.check(d.attachment().filename(), d.attachment().bytes());
        List<Long> implemented = implemented(d.implementsIds());
        numbering.lock(placing.sequence());
        int number = d.number() != null ? d.number() : numbering.next(placing);
        numbering.refuseTaken(placing, number);
        String symbol = DocumentSymbols.format(number, d.type(), placing.issuerSymbol());
        long id;
        try {
            id = insert(d, registrar, placing, number, symbol);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("documents.error.numberTaken", symbol);
        }
        if (file != null) {
            jdbc.sql("""
                    insert into document_file (document_id, filename, content_type, size, sha256, bytes)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, file.filename(), file.contentType(), file.size(), file.sha256(), file.bytes())
                    .update();
        }
        for (long target : implemented) {
            jdbc.sql("insert into document_implements (document_id, implements_id) values (?, ?)")
                    .params(id, target)
                    .update();
        }
        String action = d.direction() == Direction.OUTGOING ? "DOCUMENT_ISSUE" : "DOCUMENT_REGISTER";
        audit.record(AuditLog.Change.of(
                        action,
                        "document",
                        id,
                        d.issuerOrgId(),
                        (d.direction() == Direction.OUTGOING ? "Cấp số " : "Vào sổ văn bản đến ") + symbol + ": "
                                + d.type().vietnamese() + " " + d.subject().strip() + " (" + issuer.name() + ", ngày "
                                + Dates.format(d.issuedOn()) + ")")
                .withDetails(fileDetails(placing.term(), number, file)));
        return new IssuedDocument(id, number, symbol);
    }

    /** The audit details of a registered document: its place in the sequence, its file's SHA-256 (null: none). */
    private static Map<String, Object> fileDetails(String term, int number, UploadCheck.CheckedFile file) {
        Map<String, Object> details = new HashMap<>();
        details.put("term", term == null ? "" : term);
        details.put("number", number);
        details.put("file", file == null ? null : file.sha256());
        return details;
    }

    /** The number the next document of this sequence would get (a proposal: issuing fixes it). */
    @Transactional(readOnly = true)
    public NumberProposal proposeNext(long issuerOrgId, DocumentType type, LocalDate date, Long congressCaseId) {
        access.require(Permission.DOCUMENT_ISSUE, issuerOrgId);
        if (type == null || date == null) {
            throw new DomainException("documents.error.proposeNeeds");
        }
        issuers.nodeAt(issuerOrgId, date);
        Numbering.Placing placing = numbering.place(issuerOrgId, type, date, congressCaseId);
        int number = numbering.next(placing);
        return new NumberProposal(
                number,
                DocumentSymbols.format(number, type, placing.issuerSymbol()),
                placing.term(),
                placing.issuerSymbol());
    }

    /** Today in Vietnam, the default date of symbol look-ups. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A document the user may see, with the issuer's name and superior as of its date. */
    @Transactional(readOnly = true)
    public DocumentDetail find(long id) {
        DocumentDetail row = queries.row(id)
                .orElseThrow(() -> DomainException.notFound("documents.error.notFound", String.valueOf(id)));
        requireVisible(id);
        OrgNode issuer = tree.lastKnown(row.issuerOrgId(), row.issuedOn())
                .or(() -> tree.lastKnown(row.issuerOrgId(), LocalDate.now(clock)))
                .orElseThrow();
        String superior = Optional.ofNullable(issuer.directSuperiorId())
                .flatMap(s -> tree.lastKnown(s, row.issuedOn()))
                .map(OrgNode::name)
                .orElse(null);
        return new DocumentDetail(
                row.id(),
                row.issuerOrgId(),
                row.issuerCode(),
                issuer.name(),
                superior,
                row.registrarOrgId(),
                row.organ(),
                row.organName(),
                row.type(),
                row.number(),
                row.symbol(),
                row.term(),
                row.congressCaseId(),
                row.issuedOn(),
                row.place(),
                row.subject(),
                row.body(),
                row.signingAuthority(),
                row.signerTitle(),
                row.signerName(),
                row.recipients(),
                row.direction(),
                row.createdBy(),
                row.createdAt(),
                row.file(),
                row.implementsDocuments(),
                row.implementedBy());
    }

    /**
     * The documents in a congress's own number sequence, by number. No permission check: for a module that has
     * checked the case (the archive of a closed congress).
     */
    @Transactional(readOnly = true)
    public List<Long> ofCongress(long congressCaseId) {
        return jdbc.sql("select id from document where congress_case_id = ? order by number")
                .param(congressCaseId)
                .query(Long.class)
                .list();
    }

    /** The register's lines the user may see. */
    @Transactional(readOnly = true)
    public DocumentPage search(DocumentQuery query) {
        access.requireSomewhere(Permission.DOCUMENT_VIEW);
        return queries.search(query, access.scopeRoots(Permission.DOCUMENT_VIEW));
    }

    /** The attached file of a document the user may see. */
    @Transactional(readOnly = true)
    public DocumentFile file(long id) {
        find(id);
        return queries.file(id)
                .orElseThrow(() -> DomainException.notFound("documents.error.noFile", String.valueOf(id)));
    }

    /**
     * Reads a symbol and resolves its issuer on {@code date} around {@code contextOrgId} (or the user's
     * scope), with the registered documents bearing it.
     */
    @Transactional(readOnly = true)
    public SymbolResolution resolve(String symbol, LocalDate date, Long contextOrgId) {
        if (contextOrgId != null) {
            access.require(Permission.DOCUMENT_VIEW, contextOrgId);
        } else {
            access.requireSomewhere(Permission.DOCUMENT_VIEW);
        }
        DocumentSymbols.ParsedSymbol parsed = DocumentSymbols.parse(symbol)
                .orElseThrow(
                        () -> new DomainException("documents.error.symbolUnreadable", symbol == null ? "" : symbol));
        List<Long> roots = access.scopeRoots(Permission.DOCUMENT_VIEW);
        var candidates = issuers.resolve(parsed.issuerSymbol(), date, contextOrgId, roots);
        String canonical = parsed.types().isEmpty()
                ? String.format("%02d/%s", parsed.number(), parsed.issuerSymbol())
                : DocumentSymbols.format(parsed.number(), parsed.types().getFirst(), parsed.issuerSymbol());
        List<DocumentSummary> documents = queries.bySymbol(
                canonical,
                candidates.stream().map(SymbolResolution.IssuerCandidate::orgId).toList(),
                roots);
        return new SymbolResolution(parsed, candidates, documents);
    }

    /**
     * The document a user means by a reference typed in a form: its id, or its symbol read around the
     * issuer. A symbol recurs across terms (35-CT/TW of 2019 and of 2024), so the latest one issued on or
     * before {@code date} is taken.
     */
    @Transactional(readOnly = true)
    public long documentReferredTo(String reference, LocalDate date, long contextOrgId) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.matches("\\d{1,18}")) {
            long id = Long.parseLong(ref);
            if (!queries.visible(id, access.scopeRoots(Permission.DOCUMENT_VIEW))) {
                throw new DomainException("documents.error.implementsUnknown", ref);
            }
            return id;
        }
        SymbolResolution r = resolve(ref, date, contextOrgId);
        return r.documents().stream()
                .filter(doc -> !doc.issuedOn().isAfter(date))
                .max(java.util.Comparator.comparing(DocumentSummary::issuedOn).thenComparing(DocumentSummary::id))
                .map(DocumentSummary::id)
                .orElseThrow(() -> new DomainException("documents.error.implementsUnknown", ref));
    }

    private void requireVisible(long id) {
        if (!queries.visible(id, access.scopeRoots(Permission.DOCUMENT_VIEW))) {
            throw new org.springframework.security.access.AccessDeniedException("document " + id);
        }
    }

    private static void validate(NewDocument d) {
        if (d.type() == null) {
            throw new DomainException("error.required", "Thể loại");
        }
        if (d.organ() == null) {
            throw new DomainException("error.required", "Cơ quan ban hành");
        }
        if (d.issuedOn() == null) {
            throw new DomainException("error.required", "Ngày ban hành");
        }
        if (d.subject() == null || d.subject().isBlank()) {
            throw new DomainException("error.required", "Trích yếu");
        }
        TextLimits.check(d.subject(), TextLimits.SUMMARY, "Trích yếu");
        TextLimits.check(d.organName(), TextLimits.TITLE, "Tên ban, văn phòng");
        TextLimits.check(d.place(), TextLimits.TITLE, "Địa danh");
        TextLimits.check(d.signingAuthority(), TextLimits.TITLE, "Thẩm quyền ký");
        TextLimits.check(d.signerTitle(), TextLimits.TITLE, "Chức vụ người ký");
        TextLimits.check(d.signerName(), TextLimits.TITLE, "Họ tên người ký");
        TextLimits.check(d.recipients(), TextLimits.NOTE, "Nơi nhận");
        if (d.organ() == IssuingOrgan.BOARD
                && (d.organName() == null || d.organName().isBlank())) {
            throw new DomainException("documents.error.boardName");
        }
        if ((d.organ() == IssuingOrgan.CONGRESS) != (d.congressCaseId() != null)) {
            throw new DomainException("documents.error.congressOrgan");
        }
        if (d.number() != null && d.number() <= 0) {
            throw new DomainException("documents.error.numberPositive", String.valueOf(d.number()));
        }
        if (d.direction() == Direction.INCOMING && d.number() == null) {
            throw new DomainException("documents.error.incomingNumber");
        }
    }

    private List<Long> implemented(List<Long> ids) {
        List<Long> roots = access.scopeRoots(Permission.DOCUMENT_VIEW);
        for (long target : ids) {
            if (!queries.visible(target, roots)) {
                throw new DomainException("documents.error.implementsUnknown", String.valueOf(target));
            }
        }
        return ids.stream().distinct().toList();
    }

    private long insert(NewDocument d, long registrar, Numbering.Placing placing, int number, String symbol) {
        return jdbc.sql("""
                        insert into document (issuer_org_id, registrar_org_id, organ, organ_name, type, number_series,
                            number, symbol, term, congress_case_id, issued_on, place, subject, body, signer_title,
                            signer_name, signing_authority, recipients, direction, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(
                        d.issuerOrgId(),
                        registrar,
                        d.organ().name(),
                        blankToNull(d.organName()),
                        d.type().name(),
                        placing.sequence().congress() ? "*" : placing.sequence().series(),
                        number,
                        symbol,
                        placing.term(),
                        d.congressCaseId(),
                        d.issuedOn(),
                        blankToNull(d.place()),
                        d.subject().strip(),
                        blankToNull(d.body()),
                        blankToNull(d.signerTitle()),
                        blankToNull(d.signerName()),
                        blankToNull(d.signingAuthority()),
                        blankToNull(d.recipients()),
                        d.direction().name(),
                        access.currentUser().map(u -> u.getUsername()).orElse("system"),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package vn.daihoi.season.plan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.daihoi.documents.Direction;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentSummary;
import vn.daihoi.documents.DocumentSymbols;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.documents.IssuingOrgan;
import vn.daihoi.documents.NewDocument;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.DomainException;

/**
 * A plan is a document of the register (type Kế hoạch, issued by the plan's issuer). Left without a
 * number, the register numbers it in the issuer's sequence for the term; with a number, the plan is the
 * registered document bearing it, or is registered with that number (a duplicate is refused).
 */
@Component
class PlanDocuments {

    record Registered(long documentId, String symbol) {}

    private final DocumentRegister register;

    PlanDocuments(DocumentRegister register) {
        this.register = register;
    }

    Registered register(PlanQueries.Node issuer, String symbol, LocalDate issuedOn, String title) {
        IssuingOrgan organ = issuer.level() == OrgLevel.SUBORDINATE_CELL || issuer.level() == OrgLevel.GRASSROOTS_CELL
                ? IssuingOrgan.CELL_COMMITTEE
                : IssuingOrgan.BTV;
        if (symbol == null || symbol.isBlank()) {
            IssuedDocument d =
                    register.issue(NewDocument.outgoing(issuer.id(), organ, DocumentType.KE_HOACH, issuedOn, title));
            return new Registered(d.id(), d.symbol());
        }
        DocumentSymbols.ParsedSymbol parsed =
                DocumentSymbols.parse(symbol).orElseThrow(() -> new DomainException("plan.error.symbol", symbol));
        if (!parsed.types().contains(DocumentType.KE_HOACH)) {
            throw new DomainException("plan.error.symbolType", symbol);
        }
        List<DocumentSummary> existing = register.resolve(symbol, issuedOn, issuer.id()).documents().stream()
                .filter(d -> d.issuerOrgId() == issuer.id() && d.type() == DocumentType.KE_HOACH)
                .filter(d -> !d.issuedOn().isAfter(issuedOn))
                .toList();
        if (!existing.isEmpty()) {
            DocumentSummary d = existing.getLast();
            return new Registered(d.id(), d.symbol());
        }
        IssuedDocument d = register.issue(new NewDocument(
                issuer.id(),
                null,
                organ,
                null,
                DocumentType.KE_HOACH,
                parsed.number(),
                null,
                issuedOn,
                null,
                title,
                null,
                null,
                null,
                null,
                null,
                Direction.OUTGOING,
                List.of(),
                null));
        String typed = DocumentSymbols.format(parsed.number(), DocumentType.KE_HOACH, parsed.issuerSymbol());
        if (!typed.equals(d.symbol())) {
            throw new DomainException("plan.error.symbolIssuer", symbol, d.symbol());
        }
        return new Registered(d.id(), d.symbol());
    }
}

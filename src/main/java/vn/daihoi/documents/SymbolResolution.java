package vn.daihoi.documents;

import java.util.List;

/**
 * A symbol read and resolved as of a date: the issuer nodes its abbreviation may name (one when
 * resolved, several for the user to choose, e.g. "TU" without a context), and the registered documents
 * that match it.
 */
public record SymbolResolution(
        DocumentSymbols.ParsedSymbol parsed, List<IssuerCandidate> issuers, List<DocumentSummary> documents) {

    /** A node whose issuer abbreviation on the date is the symbol's. */
    public record IssuerCandidate(long orgId, String code, String name) {}

    public boolean resolved() {
        return issuers.size() == 1;
    }
}

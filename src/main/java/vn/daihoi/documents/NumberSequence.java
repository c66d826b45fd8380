package vn.daihoi.documents;

/**
 * The sequence a document is numbered in (Hướng dẫn 36-HD/VPTW): a committee numbers each type from 01
 * within one committee term, so the key is (issuer, series, term), the series being the type's
 * abbreviation; a congress numbers all its documents, whatever their type, in one sequence from 01, so
 * the key is the congress case alone. No year: 35-CT/TW of 2019 and of 2024 are in different terms.
 */
record NumberSequence(long issuerOrgId, String series, String term, Long congressCaseId) {

    static NumberSequence of(long issuerOrgId, DocumentType type, String term, Long congressCaseId) {
        return congressCaseId != null
                ? new NumberSequence(0, "*", null, congressCaseId)
                : new NumberSequence(issuerOrgId, type.numberSeries(), term, null);
    }

    boolean congress() {
        return congressCaseId != null;
    }

    /** The text hashed into the transaction-scoped advisory lock that serialises issuing in this sequence. */
    String lockName() {
        return congress()
                ? "document-number:congress:" + congressCaseId
                : "document-number:" + issuerOrgId + ":" + series + ":" + term;
    }
}

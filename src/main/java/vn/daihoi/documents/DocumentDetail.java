package vn.daihoi.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as the detail page and the renderers need it. {@code superiorName} is the issuer's direct
 * superior on the document's date (the first line of the heading), null at the top of the tree.
 */
public record DocumentDetail(
        long id,
        long issuerOrgId,
        String issuerCode,
        String issuerName,
        String superiorName,
        long registrarOrgId,
        IssuingOrgan organ,
        String organName,
        DocumentType type,
        int number,
        String symbol,
        String term,
        Long congressCaseId,
        LocalDate issuedOn,
        String place,
        String subject,
        String body,
        String signingAuthority,
        String signerTitle,
        String signerName,
        String recipients,
        Direction direction,
        String createdBy,
        Instant createdAt,
        StoredFileInfo file,
        List<DocumentRef> implementsDocuments,
        List<DocumentRef> implementedBy) {

    /** The attached file's description (no bytes). */
    public record StoredFileInfo(String filename, String contentType, long size, String sha256) {}

    /** A link to another document. */
    public record DocumentRef(long id, String symbol, DocumentType type, LocalDate issuedOn, String subject) {}
}

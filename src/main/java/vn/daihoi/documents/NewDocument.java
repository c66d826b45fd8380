package vn.daihoi.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A document to put in the register. {@code number} null asks the register for the next number (an
 * outgoing document); an incoming one carries the number it was issued with. {@code congressCaseId} set
 * numbers it in that congress's shared sequence (organ {@link IssuingOrgan#CONGRESS}). {@code registrarOrgId}
 * is the office recording it, the issuer itself when null. {@code attachment} may be null.
 */
public record NewDocument(
        long issuerOrgId,
        Long registrarOrgId,
        IssuingOrgan organ,
        String organName,
        DocumentType type,
        Integer number,
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
        List<Long> implementsIds,
        Attachment attachment) {

    public NewDocument {
        implementsIds = implementsIds == null ? List.of() : List.copyOf(implementsIds);
        direction = direction == null ? Direction.OUTGOING : direction;
    }

    /** An uploaded file as received: its name and bytes; the type is read from the content. */
    public record Attachment(String filename, byte[] bytes) {}

    /** The smallest outgoing document: the register numbers it. */
    public static NewDocument outgoing(
            long issuerOrgId, IssuingOrgan organ, DocumentType type, LocalDate issuedOn, String subject) {
        return new NewDocument(
                issuerOrgId,
                null,
                organ,
                null,
                type,
                null,
                null,
                issuedOn,
                null,
                subject,
                null,
                null,
                null,
                null,
                null,
                Direction.OUTGOING,
                List.of(),
                null);
    }

    public NewDocument withNumber(Integer n) {
        return new NewDocument(
                issuerOrgId,
                registrarOrgId,
                organ,
                organName,
                type,
                n,
                congressCaseId,
                issuedOn,
                place,
                subject,
                body,
                signingAuthority,
                signerTitle,
                signerName,
                recipients,
                direction,
                implementsIds,
                attachment);
    }

    public NewDocument inCongress(Long caseId) {
        return new NewDocument(
                issuerOrgId,
                registrarOrgId,
                IssuingOrgan.CONGRESS,
                organName,
                type,
                number,
                caseId,
                issuedOn,
                place,
                subject,
                body,
                signingAuthority,
                signerTitle,
                signerName,
                recipients,
                direction,
                implementsIds,
                attachment);
    }

    public NewDocument implementing(List<Long> ids) {
        return new NewDocument(
                issuerOrgId,
                registrarOrgId,
                organ,
                organName,
                type,
                number,
                congressCaseId,
                issuedOn,
                place,
                subject,
                body,
                signingAuthority,
                signerTitle,
                signerName,
                recipients,
                direction,
                ids,
                attachment);
    }

    public NewDocument withAttachment(Attachment file) {
        return new NewDocument(
                issuerOrgId,
                registrarOrgId,
                organ,
                organName,
                type,
                number,
                congressCaseId,
                issuedOn,
                place,
                subject,
                body,
                signingAuthority,
                signerTitle,
                signerName,
                recipients,
                direction,
                implementsIds,
                file);
    }

    public NewDocument signedBy(String authority, String title, String name, String place, String recipients) {
        return new NewDocument(
                issuerOrgId,
                registrarOrgId,
                organ,
                organName,
                type,
                number,
                congressCaseId,
                issuedOn,
                place,
                subject,
                body,
                authority,
                title,
                name,
                recipients,
                direction,
                implementsIds,
                attachment);
    }

    public NewDocument withBody(String text) {
        return new NewDocument(
                issuerOrgId,
                registrarOrgId,
                organ,
                organName,
                type,
                number,
                congressCaseId,
                issuedOn,
                place,
                subject,
                text,
                signingAuthority,
                signerTitle,
                signerName,
                recipients,
                direction,
                implementsIds,
                attachment);
    }

    public NewDocument incoming(Long registrar, int n) {
        return new NewDocument(
                issuerOrgId,
                registrar,
                organ,
                organName,
                type,
                n,
                congressCaseId,
                issuedOn,
                place,
                subject,
                body,
                signingAuthority,
                signerTitle,
                signerName,
                recipients,
                Direction.INCOMING,
                implementsIds,
                attachment);
    }
}

package vn.daihoi.documents.web;

/**
 * The "new document" form as typed: every field a string, read into a {@code NewDocument} by
 * {@link DocumentFormReader} with a Vietnamese message naming the field that is wrong.
 */
public record DocumentForm(
        String issuerCode,
        String registrarCode,
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
        String implementsRef) {

    static DocumentForm empty(String issuerCode, String today) {
        return new DocumentForm(
                issuerCode, "", "OUTGOING", "BTV", "", "KE_HOACH", "", "", today, "", "", "", "", "", "", "", "");
    }
}

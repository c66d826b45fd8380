package vn.daihoi.documents.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.daihoi.documents.DocumentDetail;
import vn.daihoi.documents.DocumentType;

/**
 * The parts of a Party document in the order and wording of Hướng dẫn 36-HD/VPTW, shared by the PDF and
 * the DOCX so both print the same text: the heading (superior, issuer, "*", number), the national
 * heading with place and date, the type and subject (a công văn has only "V/v …" under its number), the
 * body, the signature block and the recipients.
 */
public record PartyLayout(
        String superior,
        String issuer,
        String numberLine,
        String letterSubject,
        String placeAndDate,
        String title,
        String subject,
        List<String> paragraphs,
        String authority,
        String signerTitle,
        String signerName,
        List<String> recipients) {

    public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    private static final Locale VI = Locale.forLanguageTag("vi");

    public static PartyLayout of(DocumentDetail d) {
        boolean letter = d.type() == DocumentType.CONG_VAN;
        String issuer = d.issuerName().toUpperCase(VI);
        return new PartyLayout(
                d.superiorName() == null ? null : d.superiorName().toUpperCase(VI),
                issuer,
                "Số " + d.symbol(),
                letter ? "V/v " + d.subject().strip() : null,
                placeAndDate(d.place(), d.issuedOn()),
                letter ? null : d.type().title(),
                letter ? null : d.subject().strip(),
                lines(d.body()),
                d.signingAuthority() == null
                        ? defaultAuthority(d)
                        : d.signingAuthority().toUpperCase(VI),
                d.signerTitle() == null ? null : d.signerTitle().toUpperCase(VI),
                d.signerName(),
                lines(d.recipients()).stream()
                        .map(r -> r.startsWith("-") ? r : "- " + r)
                        .toList());
    }

    private static String defaultAuthority(DocumentDetail d) {
        if (d.organ().defaultAuthority() != null) {
            return d.organ().defaultAuthority();
        }
        return d.organName() == null ? null : "T/L " + d.organName().toUpperCase(VI);
    }

    /**
     * "Hà Nội, ngày 05 tháng 02 năm 2020": days below 10 and the months January and February are written
     * with a leading zero, as in the Party's and the State's rules.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String day = String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
        String month = date.getMonthValue() < 3
                ? String.format(Locale.ROOT, "%02d", date.getMonthValue())
                : Integer.toString(date.getMonthValue());
        String where = place == null || place.isBlank() ? "" : place.strip() + ", ";
        return where + "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The non-empty lines of a text, stripped. */
    public static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

package vn.daihoi.documents.internal;

import java.util.List;
import java.util.Locale;
import vn.daihoi.documents.DocumentDetail;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.platform.paper.PartyPaper;

/**
 * A Party document as the one Party paper ({@link PartyPaper}) in the order and wording of Hướng dẫn
 * 36-HD/VPTW: the heading (superior, issuer, "*", number), the national heading with place and date, the type
 * and subject (a công văn has only "V/v …" under its number), the body, the recipients and the signature block.
 */
public final class PartyLayout {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private PartyLayout() {}

    public static PartyPaper of(DocumentDetail d) {
        boolean letter = d.type() == DocumentType.CONG_VAN;
        PartyPaper.Builder paper = PartyPaper.issuedBy(d.superiorName(), d.issuerName())
                .symbol("Số " + d.symbol(), letter ? "V/v " + d.subject().strip() : null)
                .placeAndDate(PartyPaper.placeAndDate(d.place(), d.issuedOn()))
                .density(PartyPaper.Density.DOCUMENT);
        if (!letter) {
            paper.title(d.type().title()).subtitle(d.subject().strip());
        }
        PartyPaper.lines(d.body()).forEach(paper::para);
        return paper.recipients(PartyPaper.lines(d.recipients()).stream()
                        .map(r -> r.startsWith("-") ? r : "- " + r)
                        .toList())
                .sign(new PartyPaper.Signer(
                        List.of(
                                d.signingAuthority() == null
                                        ? or(defaultAuthority(d))
                                        : d.signingAuthority().toUpperCase(VI),
                                d.signerTitle() == null ? "" : d.signerTitle().toUpperCase(VI)),
                        false,
                        d.signerName() == null ? List.of() : List.of(d.signerName())))
                .build();
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    private static String defaultAuthority(DocumentDetail d) {
        if (d.organ().defaultAuthority() != null) {
            return d.organ().defaultAuthority();
        }
        return d.organName() == null ? null : "T/L " + d.organName().toUpperCase(VI);
    }
}

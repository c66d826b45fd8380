package vn.daihoi.documents;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.UnitType;

/**
 * Reading and writing symbols such as {@code 35-CT/TW}: number, "-", type abbreviation, "/", issuer
 * abbreviation. Party numbers carry no year (unlike the State's {@code 15/2020/NĐ-CP}); numbers below
 * ten are written with a leading zero ({@code 02-HD/TU}). Pure functions, no database.
 */
public final class DocumentSymbols {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern WITH_TYPE = Pattern.compile("(\\d{1,6})-([\\p{L}]{1,8})/([\\p{L}0-9]{1,16})");
    private static final Pattern WITHOUT_TYPE = Pattern.compile("(\\d{1,6})/([\\p{L}0-9]{1,16})");
    private static final Pattern PREFIX = Pattern.compile("^(?iu:số|so)[:.]?");

    private DocumentSymbols() {}

    /**
     * A symbol as read: {@code types} holds every type the abbreviation may stand for (two for "QĐ",
     * none when the symbol has no type part).
     */
    public record ParsedSymbol(int number, String typeAbbreviation, List<DocumentType> types, String issuerSymbol) {

        public boolean ambiguousType() {
            return types.size() > 1;
        }
    }

    /** The symbol of a numbered document: {@code format(101, KE_HOACH, "ĐU")} is {@code 101-KH/ĐU}. */
    public static String format(int number, DocumentType type, String issuerSymbol) {
        String n = String.format(Locale.ROOT, "%02d", number);
        String issuer = normalizeIssuer(issuerSymbol);
        return type.abbreviation() == null ? n + "/" + issuer : n + "-" + type.abbreviation() + "/" + issuer;
    }

    /**
     * Reads a symbol as typed or copied: tolerant of a leading "Số", spaces, any kind of dash, decomposed
     * Unicode (NFD) and the letters that look like Đ (Ð, Ɖ, D with a combining stroke). Empty when the text
     * is not a symbol or its type abbreviation is unknown.
     */
    public static Optional<ParsedSymbol> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = clean(text);
        s = PREFIX.matcher(s).replaceFirst("");
        Matcher m = WITH_TYPE.matcher(s);
        if (m.matches()) {
            List<DocumentType> types = DocumentType.forAbbreviation(m.group(2));
            if (types.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ParsedSymbol(
                    Integer.parseInt(m.group(1)),
                    types.getFirst().abbreviation(),
                    types,
                    m.group(3).toUpperCase(VI)));
        }
        Matcher bare = WITHOUT_TYPE.matcher(s);
        if (bare.matches()) {
            return Optional.of(new ParsedSymbol(
                    Integer.parseInt(bare.group(1)),
                    null,
                    List.of(),
                    bare.group(2).toUpperCase(VI)));
        }
        return Optional.empty();
    }

    /** An issuer abbreviation as stored and compared: NFC, no spaces, Đ lookalikes folded, capitals. */
    public static String normalizeIssuer(String issuerSymbol) {
        return issuerSymbol == null ? null : clean(issuerSymbol).toUpperCase(VI);
    }

    /**
     * The issuer abbreviation of a node whose version has none recorded, from its level and unit type:
     * the Central Committee TW; a province (any unit directly under the centre that is not a bloc or the
     * armed forces) TU; a bloc committee (AGENCY_BLOC) ĐUK; the armed forces' and every other committee
     * (commune, ward, special zone, grassroots, partial) ĐU; cells and party groups CB. Named boards
     * (VPTU, BTCTW…) and district committees (HU, QU) must be recorded on the version.
     */
    public static String defaultIssuerSymbol(OrgLevel level, UnitType unitType) {
        return switch (level) {
            case CENTRAL -> "TW";
            case GRASSROOTS_CELL, SUBORDINATE_CELL, PARTY_GROUP -> "CB";
            case DIRECTLY_UNDER_CENTRAL ->
                unitType == UnitType.AGENCY_BLOC ? "ĐUK" : unitType == UnitType.ARMED_FORCES ? "ĐU" : "TU";
            case SUPERIOR_OF_GRASSROOTS, GRASSROOTS_COMMITTEE, SUB_COMMITTEE ->
                unitType == UnitType.AGENCY_BLOC ? "ĐUK" : "ĐU";
        };
    }

    static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        // D or d followed by a combining stroke or slash overlay is how some fonts and OCR write Đ/đ.
        s = s.replaceAll("D[\\u0335\\u0336\\u0337\\u0338]", "Đ").replaceAll("d[\\u0335\\u0336\\u0337\\u0338]", "đ");
        s = s.replace('\u00D0', 'Đ')
                .replace('\u0189', 'Đ')
                .replace('\u00F0', 'đ')
                .replace('\u0256', 'đ');
        s = s.replaceAll("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE63\\uFF0D]", "-");
        s = s.replace('\uFF0F', '/').replace('\u2215', '/');
        return s.replaceAll("[\\s\\u00A0\\u200B]+", "");
    }
}

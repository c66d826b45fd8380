package vn.daihoi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.UnitType;

/** Symbols read as people type and copy them, and written as the Party prints them. */
class DocumentSymbolsTest {

    static DocumentSymbols.ParsedSymbol parse(String s) {
        return DocumentSymbols.parse(s).orElseThrow(() -> new AssertionError("not read: " + s));
    }

    @Test
    void readsTheSymbolsOfRealDocuments() {
        assertThat(parse("35-CT/TW"))
                .isEqualTo(new DocumentSymbols.ParsedSymbol(35, "CT", List.of(DocumentType.CHI_THI), "TW"));
        assertThat(parse("101-KH/ĐU").issuerSymbol()).isEqualTo("ĐU");
        assertThat(parse("92-KH/ĐUK").types()).containsExactly(DocumentType.KE_HOACH);
        assertThat(parse("447-BC/BTCTW"))
                .isEqualTo(new DocumentSymbols.ParsedSymbol(447, "BC", List.of(DocumentType.BAO_CAO), "BTCTW"));
        assertThat(parse("Số 02-HD/TU"))
                .isEqualTo(new DocumentSymbols.ParsedSymbol(2, "HD", List.of(DocumentType.HUONG_DAN), "TU"));
        assertThat(parse("147-CTHĐ/TU").types()).containsExactly(DocumentType.CHUONG_TRINH_HANH_DONG);
    }

    @Test
    void qdStandsForBothDecisionAndRegulation() {
        var p = parse("294-QĐ/TW");
        assertThat(p.types()).containsExactly(DocumentType.QUYET_DINH, DocumentType.QUY_DINH);
        assertThat(p.ambiguousType()).isTrue();
        assertThat(parse("35-CT/TW").ambiguousType()).isFalse();
    }

    @Test
    void tellsDirectiveFromProgrammeBySmallR() {
        assertThat(parse("12-CTr/TU").types()).containsExactly(DocumentType.CHUONG_TRINH);
        assertThat(parse("12-CTR/TU").types()).containsExactly(DocumentType.CHUONG_TRINH);
        assertThat(parse("12-CT/TU").types()).containsExactly(DocumentType.CHI_THI);
        assertThat(parse("3-TTr/ĐU").types()).containsExactly(DocumentType.TO_TRINH);
        assertThat(parse("3-TT/ĐU").types()).containsExactly(DocumentType.THONG_TRI);
    }

    @Test
    void toleratesSpacesDashesPrefixesAndUnicodeForms() {
        assertThat(parse("  Số:  02 - HD / TU ").number()).isEqualTo(2);
        assertThat(parse("SỐ 02-HD/TU").number()).isEqualTo(2);
        assertThat(parse("101–KH/ĐU").number()).isEqualTo(101);
        assertThat(parse("101\u00A0-\u00A0KH/ĐU").number()).isEqualTo(101);
        String nfd = Normalizer.normalize("Số 147-CTHĐ/ĐUK", Normalizer.Form.NFD);
        assertThat(parse(nfd).types()).containsExactly(DocumentType.CHUONG_TRINH_HANH_DONG);
        assertThat(parse(nfd).issuerSymbol()).isEqualTo("ĐUK");
        // Icelandic eth, African D, D with a combining stroke: all the Đ people meant.
        assertThat(parse("101-KH/\u00D0U").issuerSymbol()).isEqualTo("ĐU");
        assertThat(parse("101-KH/\u0189U").issuerSymbol()).isEqualTo("ĐU");
        assertThat(parse("101-KH/D\u0335U").issuerSymbol()).isEqualTo("ĐU");
        assertThat(parse("101-kh/đu").issuerSymbol()).isEqualTo("ĐU");
        assertThat(parse("5-\u00D0A/TU").types()).containsExactly(DocumentType.DE_AN);
    }

    @Test
    void refusesWhatIsNotASymbol() {
        assertThat(DocumentSymbols.parse(null)).isEmpty();
        assertThat(DocumentSymbols.parse("")).isEmpty();
        assertThat(DocumentSymbols.parse("35/CT/TW")).isEmpty();
        assertThat(DocumentSymbols.parse("35-XYZ/TW")).isEmpty();
        assertThat(DocumentSymbols.parse("15/2020/NĐ-CP")).isEmpty();
        assertThat(DocumentSymbols.parse("KH/ĐU")).isEmpty();
    }

    @Test
    void writesNumbersFromZeroOneWithoutAYear() {
        assertThat(DocumentSymbols.format(101, DocumentType.KE_HOACH, "ĐU")).isEqualTo("101-KH/ĐU");
        assertThat(DocumentSymbols.format(2, DocumentType.HUONG_DAN, "TU")).isEqualTo("02-HD/TU");
        assertThat(DocumentSymbols.format(1, DocumentType.QUY_DINH, "TW")).isEqualTo("01-QĐ/TW");
        assertThat(DocumentSymbols.format(7, DocumentType.TUYEN_BO, "TW")).isEqualTo("07/TW");
        assertThat(DocumentSymbols.format(3, DocumentType.KE_HOACH, " \u00D0uk "))
                .isEqualTo("03-KH/ĐUK");
    }

    @Test
    void everyAbbreviatedTypeRoundTrips() {
        for (DocumentType t : DocumentType.values()) {
            if (t.abbreviation() == null) {
                continue;
            }
            var p = parse(DocumentSymbols.format(42, t, "TU"));
            assertThat(p.number()).isEqualTo(42);
            assertThat(p.types()).as(t.name()).contains(t);
        }
    }

    @Test
    void defaultIssuerSymbolsFollowTheLevelAndUnitType() {
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.CENTRAL, null)).isEqualTo("TW");
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.DIRECTLY_UNDER_CENTRAL, UnitType.PROVINCE))
                .isEqualTo("TU");
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.DIRECTLY_UNDER_CENTRAL, null))
                .isEqualTo("TU");
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.DIRECTLY_UNDER_CENTRAL, UnitType.AGENCY_BLOC))
                .isEqualTo("ĐUK");
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.SUPERIOR_OF_GRASSROOTS, UnitType.COMMUNE))
                .isEqualTo("ĐU");
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.SUPERIOR_OF_GRASSROOTS, UnitType.WARD))
                .isEqualTo("ĐU");
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.GRASSROOTS_COMMITTEE, UnitType.ENTERPRISE))
                .isEqualTo("ĐU");
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.GRASSROOTS_COMMITTEE, UnitType.AGENCY_BLOC))
                .isEqualTo("ĐUK");
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.GRASSROOTS_CELL, UnitType.SCHOOL))
                .isEqualTo("CB");
        assertThat(DocumentSymbols.defaultIssuerSymbol(OrgLevel.SUBORDINATE_CELL, null))
                .isEqualTo("CB");
        assertThat(Arrays.stream(OrgLevel.values())
                        .map(l -> DocumentSymbols.defaultIssuerSymbol(l, null))
                        .allMatch(s -> s != null && !s.isEmpty()))
                .isTrue();
    }
}

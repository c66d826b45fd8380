package vn.daihoi.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The types (thể loại) of Party documents, in the order of the Party's document rules, with the
 * abbreviation that forms the first half of a symbol ({@code KH} in {@code 101-KH/ĐU}).
 *
 * <p>Abbreviations verified in issued documents: NQ, QĐ, CT, KL, HD, KH, TB, TT, BC, CV, CTHĐ. Taken
 * from teaching material and practice, not seen in an issued document here: CTr, TTr, QC, ĐA, BB, TC.
 * Guessed, borrowed from the State's rules (Nghị định 30/2020/NĐ-CP, Appendix III) because no Party text
 * for them was found: QH, GGT, GCN, GĐĐ, GNP, PG. Cương lĩnh, Điều lệ, Chiến lược, Tuyên bố and Lời kêu
 * gọi have no abbreviation: they are adopted by a congress or the Central Committee and cited by name.
 */
public enum DocumentType {
    CUONG_LINH("Cương lĩnh", null),
    DIEU_LE("Điều lệ", null),
    CHIEN_LUOC("Chiến lược", null),
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    QUY_DINH("Quy định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    KET_LUAN("Kết luận", "KL"),
    QUY_CHE("Quy chế", "QC"),
    THONG_TRI("Thông tri", "TT"),
    HUONG_DAN("Hướng dẫn", "HD"),
    THONG_BAO("Thông báo", "TB"),
    THONG_CAO("Thông cáo", "TC"),
    TUYEN_BO("Tuyên bố", null),
    LOI_KEU_GOI("Lời kêu gọi", null),
    BAO_CAO("Báo cáo", "BC"),
    KE_HOACH("Kế hoạch", "KH"),
    /** QH: guessed. */
    QUY_HOACH("Quy hoạch", "QH"),
    CHUONG_TRINH("Chương trình", "CTr"),
    CHUONG_TRINH_HANH_DONG("Chương trình hành động", "CTHĐ"),
    DE_AN("Đề án", "ĐA"),
    TO_TRINH("Tờ trình", "TTr"),
    CONG_VAN("Công văn", "CV"),
    BIEN_BAN("Biên bản", "BB"),
    /** GGT: guessed (State rules). */
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    /** GCN: guessed (State rules). */
    GIAY_CHUNG_NHAN("Giấy chứng nhận", "GCN"),
    /** GĐĐ: guessed (State rules). */
    GIAY_DI_DUONG("Giấy đi đường", "GĐĐ"),
    /** GNP: guessed (State rules). */
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
    /** PG: guessed (State rules). */
    PHIEU_GUI("Phiếu gửi", "PG");

    private final String vietnamese;
    private final String abbreviation;

    DocumentType(String vietnamese, String abbreviation) {
        this.vietnamese = vietnamese;
        this.abbreviation = abbreviation;
    }

    /** The name as printed in a sentence: "Kế hoạch". */
    public String vietnamese() {
        return vietnamese;
    }

    /** The name as printed in a document's title: "KẾ HOẠCH". */
    public String title() {
        return vietnamese.toUpperCase(Locale.forLanguageTag("vi"));
    }

    /** The abbreviation in symbols, null for types cited by name only. */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * The sequence a committee numbers this type in: its abbreviation, so both "QĐ" types share one and a
     * symbol stays unique in a term; the type's own name when it has no abbreviation.
     */
    public String numberSeries() {
        return abbreviation != null ? abbreviation : name();
    }

    /**
     * The types an abbreviation may stand for: "QĐ" gives both Quyết định and Quy định. Exact case first
     * ("CT" is Chỉ thị, "CTr" Chương trình), then ignoring case for a symbol typed in capitals ("CTR").
     */
    public static List<DocumentType> forAbbreviation(String abbreviation) {
        if (abbreviation == null || abbreviation.isBlank()) {
            return List.of();
        }
        List<DocumentType> exact = Arrays.stream(values())
                .filter(t -> abbreviation.equals(t.abbreviation))
                .toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        String upper = abbreviation.toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.abbreviation != null && upper.equals(t.abbreviation.toUpperCase(Locale.ROOT)))
                .toList();
    }

    public String labelKey() {
        return "documents.type." + name();
    }
}

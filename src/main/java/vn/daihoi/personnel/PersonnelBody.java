package vn.daihoi.personnel;

/** The bodies a personnel proposal fills. Message keys {@code personnel.body.<NAME>}. */
public enum PersonnelBody {
    /** Ban chấp hành (cấp ủy). */
    EXECUTIVE_COMMITTEE,
    /** Ban thường vụ. */
    STANDING_COMMITTEE,
    /** Bí thư. */
    SECRETARY,
    /** Phó bí thư. */
    DEPUTY_SECRETARY,
    /** Ủy ban kiểm tra. */
    INSPECTION_COMMITTEE,
    /** Chủ nhiệm ủy ban kiểm tra. */
    INSPECTION_CHAIR,
    /** Đại biểu chính thức dự đại hội cấp trên. */
    DELEGATE,
    /** Đại biểu dự khuyết. */
    ALTERNATE_DELEGATE;

    public String labelKey() {
        return "personnel.body." + name();
    }

    /** Bodies elected from a list with a surplus (Quy định 190: committee and standing committee, and the like). */
    public boolean electedWithSurplus() {
        return this == EXECUTIVE_COMMITTEE
                || this == STANDING_COMMITTEE
                || this == INSPECTION_COMMITTEE
                || this == DELEGATE;
    }
}

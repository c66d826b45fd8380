package vn.daihoi.documents;

/**
 * Which body of the issuer signed: the symbol names the committee, not the organ (a document signed
 * "T/M BAN THƯỜNG VỤ" still carries "/TU"), so the organ is kept apart from the symbol.
 */
public enum IssuingOrgan {
    /** Ban chấp hành (the full committee). */
    BCH("T/M BAN CHẤP HÀNH"),
    /** Ban thường vụ. */
    BTV("T/M BAN THƯỜNG VỤ"),
    /** Thường trực (the standing office of the committee). */
    THUONG_TRUC("T/M THƯỜNG TRỰC"),
    /** A board or office of the committee (Văn phòng, Ban Tổ chức…), named in {@code organ_name}. */
    BOARD(null),
    /** Chi ủy (the committee of a cell). */
    CELL_COMMITTEE("T/M CHI ỦY"),
    /** The congress and its presidium, secretariat, credentials and counting committees. */
    CONGRESS("T/M ĐOÀN CHỦ TỊCH");

    private final String defaultAuthority;

    IssuingOrgan(String defaultAuthority) {
        this.defaultAuthority = defaultAuthority;
    }

    /** The usual authority line of the signature block, null when it depends on the board's name. */
    public String defaultAuthority() {
        return defaultAuthority;
    }

    public String labelKey() {
        return "documents.organ." + name();
    }
}

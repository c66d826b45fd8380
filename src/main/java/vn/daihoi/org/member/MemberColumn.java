package vn.daihoi.org.member;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.daihoi.names.VietnameseNames;

/**
 * The columns of the member template (docs/member-import.md), in file order. The headers are part of
 * the documented file format, so they are fixed Vietnamese text rather than translated messages.
 */
enum MemberColumn {
    NO("STT", false),
    FAMILY_NAME("Họ", true),
    MIDDLE_NAME("Tên đệm", false),
    GIVEN_NAME("Tên", true),
    SEX("Giới tính", true),
    BIRTH_DATE("Ngày sinh", false),
    ETHNICITY("Dân tộc", false),
    RELIGION("Tôn giáo", false),
    NATIONAL_ID("Số CCCD", false),
    PHONE("Điện thoại", false),
    PARTY_CARD_NO("Số thẻ đảng viên", false),
    ADMISSION_DATE("Ngày vào Đảng", true),
    OFFICIAL_DATE("Ngày chính thức", false),
    STATUS("Trạng thái", true),
    SITUATION("Tình trạng", false),
    CELL_CODE("Mã chi bộ", true),
    MANUAL_SORT_KEY("Khóa sắp xếp", false);

    private static final Map<String, MemberColumn> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toMap(c -> VietnameseNames.searchKey(c.header), Function.identity()));

    final String header;
    /** The header must be present (a cell may still be empty where the rules allow it). */
    final boolean requiredHeader;

    MemberColumn(String header, boolean requiredHeader) {
        this.header = header;
        this.requiredHeader = requiredHeader;
    }

    /** Recognises a header whatever its case, accents or spacing ("ngay sinh" = "Ngày sinh"). */
    static Optional<MemberColumn> byHeader(String text) {
        return Optional.ofNullable(BY_KEY.get(VietnameseNames.searchKey(text)));
    }
}

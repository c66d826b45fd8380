package vn.daihoi.elections;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.counting.InvalidReason;

/** The Vietnamese words the printed papers use for the engine's codes. */
final class Labels {

    private Labels() {}

    static final Map<Body, String> BODIES = new EnumMap<>(Map.of(
            Body.EXECUTIVE_COMMITTEE, "Ban Chấp hành (cấp ủy)",
            Body.STANDING_COMMITTEE, "Ban Thường vụ",
            Body.SECRETARY, "Bí thư",
            Body.DEPUTY_SECRETARY, "Phó Bí thư",
            Body.INSPECTION_COMMITTEE, "Ủy ban Kiểm tra",
            Body.INSPECTION_CHAIR, "Chủ nhiệm Ủy ban Kiểm tra",
            Body.INSPECTION_VICE_CHAIR, "Phó Chủ nhiệm Ủy ban Kiểm tra",
            Body.DELEGATE, "Đại biểu chính thức đi dự Đại hội cấp trên",
            Body.ALTERNATE_DELEGATE, "Đại biểu dự khuyết đi dự Đại hội cấp trên"));

    static final Map<Exclusion, String> EXCLUSIONS = new EnumMap<>(Map.of(
            Exclusion.TEMPORARY_TRANSFER, "chuyển sinh hoạt tạm thời",
            Exclusion.EXEMPT_ABSENT, "miễn sinh hoạt và vắng mặt",
            Exclusion.SUSPENDED, "bị đình chỉ sinh hoạt",
            Exclusion.PROSECUTED, "bị khởi tố, truy tố, tạm giam",
            Exclusion.ABSENT_WITH_REASON, "vắng mặt cả đại hội có lý do được chấp nhận",
            Exclusion.EX_OFFICIO_ABSENT, "đại biểu đương nhiên vắng mặt cả đại hội",
            Exclusion.DELEGATE_ABSENT_NO_ALTERNATE, "đại biểu vắng mặt không có dự khuyết thay"));

    static final Map<InvalidReason, String> INVALID = new EnumMap<>(Map.of(
            InvalidReason.NOT_ISSUED, "không phải phiếu do Ban kiểm phiếu phát ra hoặc không có dấu",
            InvalidReason.OVERVOTE, "để lại nhiều tên hơn số lượng bầu",
            InvalidReason.ALL_STRUCK_OUT, "gạch hết tên",
            InvalidReason.NO_CLEAR_CHOICE, "không rõ đồng ý hay không đồng ý",
            InvalidReason.ADDED_NAME, "ghi thêm tên ngoài danh sách",
            InvalidReason.IDENTIFYING_MARK, "có dấu hiệu nhận biết",
            InvalidReason.UNREADABLE, "rách, không đọc được"));

    /** Of D, two decimals, a decimal comma: 94,34%. */
    static String percent(String dotted) {
        return dotted.replace('.', ',') + "%";
    }

    static String percent(BigDecimal p) {
        return percent(p.toPlainString());
    }
}

package vn.daihoi.counting;

/** Why a ballot is invalid (elections.md §4); recorded for the minutes. */
public enum InvalidReason {
    NOT_ISSUED("phiếu không do Ban kiểm phiếu phát ra hoặc không có dấu"),
    OVERVOTE("để lại nhiều tên hơn số lượng cần bầu"),
    ALL_STRUCK_OUT("gạch hết tên"),
    NO_CLEAR_CHOICE("đánh dấu cả hai ô hoặc không đánh dấu ô nào"),
    ADDED_NAME("ghi thêm tên ngoài danh sách"),
    IDENTIFYING_MARK("có ký hiệu, chữ viết có thể nhận biết người bỏ phiếu"),
    UNREADABLE("rách, không đọc được");

    private final String vietnamese;

    InvalidReason(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}

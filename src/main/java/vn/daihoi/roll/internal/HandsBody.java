package vn.daihoi.roll.internal;

/** A body the congress elects by show of hands, before its elections by ballot. */
public enum HandsBody {
    /** Đoàn Chủ tịch. */
    PRESIDIUM,
    /** Đoàn Thư ký. */
    SECRETARIAT,
    /** Ban Thẩm tra tư cách đại biểu. */
    CREDENTIALS_COMMITTEE,
    /** Ban Kiểm phiếu: nobody on a list being voted on may sit on it. */
    COUNTING_COMMITTEE;

    public String labelKey() {
        return "roll.body." + name();
    }
}

package vn.daihoi.rules;

/** Why a day is not what its weekday suggests: a holiday on a weekday, a compensatory day, a make-up day. */
public enum DayReason {
    /** Tết Dương lịch, 1/1 (Bộ luật Lao động 2019, Điều 112). */
    NEW_YEAR,
    /** Tết Nguyên đán by default: the last day of the lunar year and days 1–4. */
    LUNAR_NEW_YEAR,
    /** Tết Nguyên đán as officially decided for the year. */
    OFFICIAL_LUNAR_NEW_YEAR,
    /** Giỗ Tổ Hùng Vương, 10/3 âm lịch. */
    HUNG_KINGS,
    /** Ngày Chiến thắng, 30/4. */
    REUNIFICATION,
    /** Ngày Quốc tế Lao động, 1/5. */
    LABOUR_DAY,
    /** Quốc khánh, 2/9. */
    NATIONAL_DAY,
    /** The day next to Quốc khánh: 1/9 unless an administrator entered 3/9 as a holiday. */
    NATIONAL_DAY_ADJACENT,
    /** Nghỉ bù: the next working day after a holiday that fell on a weekend. */
    COMPENSATORY,
    /** A holiday entered from a decision. */
    DECLARED_HOLIDAY,
    /** A weekday off entered from a decision (hoán đổi). */
    DECLARED_DAY_OFF,
    /** A weekend day worked, entered from a decision (làm bù). */
    MAKE_UP_DAY;

    public String labelKey() {
        return "calendar.reason." + name();
    }
}

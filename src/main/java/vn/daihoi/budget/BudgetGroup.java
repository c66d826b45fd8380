package vn.daihoi.budget;

/** The groups of a congress budget, in the order of the estimate. Message keys {@code budget.group.<NAME>}. */
public enum BudgetGroup {
    /** Hội trường, địa điểm. */
    VENUE,
    /** Tài liệu, in ấn. */
    PRINTING,
    /** Ăn, nghỉ. */
    ACCOMMODATION,
    /** Trang trí, khánh tiết. */
    DECORATION,
    /** Tuyên truyền. */
    PROPAGANDA,
    /** Công nghệ thông tin. */
    IT,
    /** Chi khác. */
    OTHER;

    public String labelKey() {
        return "budget.group." + name();
    }
}

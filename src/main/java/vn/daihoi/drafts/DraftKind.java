package vn.daihoi.drafts;

/** What a draft is. Message keys {@code drafts.kind.<NAME>}. */
public enum DraftKind {
    /** Báo cáo chính trị. */
    POLITICAL_REPORT,
    /** Báo cáo kiểm điểm của cấp ủy. */
    REVIEW_REPORT,
    /** Dự thảo nghị quyết. */
    RESOLUTION,
    /** Văn kiện khác. */
    OTHER;

    public String labelKey() {
        return "drafts.kind." + name();
    }
}

package vn.daihoi.results;

import vn.daihoi.files.ArchiveGroup;

/** The files of a results report and where Hướng dẫn 62-HD/VPTW files them. Keys {@code results.kind.<NAME>}. */
public enum ResultsFileKind {
    /** Biên bản đại hội: required. */
    MINUTES(ArchiveGroup.OFFICE, true),
    /** Danh sách trúng cử (committee, secretaries, delegates): required. */
    ELECTED_LIST(ArchiveGroup.PERSONNEL, true),
    /** Biên bản kiểm phiếu. */
    COUNT_MINUTES(ArchiveGroup.COUNTING, false),
    /** Báo cáo tóm tắt kết quả đại hội. */
    SUMMARY(ArchiveGroup.OFFICE, false),
    /** The signed confirmation decision of the superior. */
    DECISION(ArchiveGroup.OFFICE, false);

    private final ArchiveGroup group;
    private final boolean required;

    ResultsFileKind(ArchiveGroup group, boolean required) {
        this.group = group;
        this.required = required;
    }

    public ArchiveGroup group() {
        return group;
    }

    /** Whether a results report must carry a file of this kind. */
    public boolean required() {
        return required;
    }

    public String labelKey() {
        return "results.kind." + name();
    }
}

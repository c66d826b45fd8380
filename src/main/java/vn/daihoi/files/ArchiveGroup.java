package vn.daihoi.files;

/**
 * The groups of a congress file as Hướng dẫn 62-HD/VPTW groups it (the order of the archive's index).
 * Message keys {@code archive.group.<NAME>}.
 */
public enum ArchiveGroup {
    /** Văn kiện: political report, review report, resolution, comments and their synthesis. */
    DOCUMENTS,
    /** Nhân sự: personnel proposal, candidates' papers, election results. */
    PERSONNEL,
    /** Tổ chức phục vụ: logistics, budget. */
    LOGISTICS,
    /** Văn phòng: plans, notices, the approval dossier and conclusions, minutes, reports. */
    OFFICE,
    /** Thẩm tra tư cách đại biểu: credentials. */
    CREDENTIALS,
    /** Bầu cử, kiểm phiếu: ballots' minutes and counts. */
    COUNTING
}

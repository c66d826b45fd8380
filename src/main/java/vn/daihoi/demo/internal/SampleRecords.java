package vn.daihoi.demo.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.documents.Direction;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.documents.IssuingOrgan;
import vn.daihoi.documents.NewDocument;
import vn.daihoi.dossier.ApprovalCalendar;
import vn.daihoi.dossier.ApprovalConclusions;
import vn.daihoi.dossier.ApprovalMeeting;
import vn.daihoi.dossier.DossierAppraisals;
import vn.daihoi.dossier.DossierSubmissions;
import vn.daihoi.dossier.DossierView;
import vn.daihoi.dossier.Dossiers;
import vn.daihoi.dossier.PaperVerdict;
import vn.daihoi.files.FileStore;
import vn.daihoi.season.CongressState;

/**
 * The paper trail of the sample cases before their congresses: the province's plan 05-KH/TU in the document
 * register ({@link DocumentRegister}, signed in as the demo's administrator), and the dossier (every checklist
 * item's own file and the appraisal's verdict) of every case that submitted one, recorded through {@link
 * Dossiers} as an office that handled it on paper records it, at the days of the case's history. The results
 * reports and confirmations are {@link SampleResults}'.
 */
final class SampleRecords {

    static final int PLAN_NUMBER = 5;

    /** The number of the showcased approval's conclusion notice (Thông báo kết luận 21-TB). */
    static final int CONCLUSION_NUMBER = 21;

    /** The services the records go through, and who uses them. */
    record Services(
            FileStore files,
            DocumentRegister register,
            Dossiers dossiers,
            DossierSubmissions submissions,
            DossierAppraisals appraisals,
            ApprovalCalendar calendar,
            ApprovalConclusions conclusions,
            UserDetailsService users,
            String office) {}

    private final JdbcClient jdbc;
    private final Services services;

    SampleRecords(JdbcClient jdbc, Services services) {
        this.jdbc = jdbc;
        this.services = services;
    }

    /** Registers the plan the cases cite (Kế hoạch số 05-KH/TU); returns its id. */
    long plan(long provinceId) {
        IssuedDocument plan = services.register()
                .issue(new NewDocument(
                        provinceId,
                        null,
                        IssuingOrgan.BTV,
                        null,
                        DocumentType.KE_HOACH,
                        PLAN_NUMBER,
                        null,
                        SampleCongresses.PLAN_DATE,
                        "Hòa Bình Xanh",
                        "Tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030",
                        "Ban Thường vụ Tỉnh ủy ban hành kế hoạch tổ chức đại hội đảng bộ, chi bộ các cấp nhiệm kỳ"
                                + " 2025-2030: chi bộ tổ chức đại hội trong tháng 7, đảng bộ xã, phường trong tháng 8,"
                                + " Đại hội Đảng bộ tỉnh từ tháng 9 năm 2025.",
                        null,
                        null,
                        null,
                        "Các đảng ủy trực thuộc Tỉnh ủy, các chi bộ, đảng bộ cơ sở",
                        Direction.OUTGOING,
                        List.of(),
                        null));
        return plan.id();
    }

    /**
     * Every case's dossier, as far as its history went, recorded as an office that handled it on paper records
     * it ({@link DossierSubmissions#recordSubmittedOnPaper}, {@link
     * DossierAppraisals#recordVerdictOnPaper}): the province's office
     * uploads each checklist item's own file and records the day the unit handed it in; the organisation board,
     * which appraises for the standing committee, records the verdict and its day. Returns how many.
     */
    int write(List<SampleCongresses.Dossier> dossiers) {
        SignedIn.as(services.users(), services.office(), () -> {
            for (SampleCongresses.Dossier d : dossiers) {
                submit(d);
            }
            return null;
        });
        SignedIn.as(services.users(), SampleResults.BOARD, () -> {
            for (SampleCongresses.Dossier d : dossiers) {
                if (d.verdict() != null) {
                    verdict(d);
                }
            }
            return null;
        });
        approveAtMeeting(dossiers);
        return dossiers.size();
    }

    /**
     * The showcased approval: the first commune (by code; a committee's, then a cell's, when none) whose congress
     * went on to be archived is put on its superior's approval meeting at the day of its approval and its
     * conclusion notice (number 21) recorded from paper, by the province's office ({@link ApprovalCalendar},
     * {@link ApprovalConclusions#recordOnPaper}).
     */
    private void approveAtMeeting(List<SampleCongresses.Dossier> dossiers) {
        dossiers.stream()
                .filter(d -> d.target() == CongressState.ARCHIVED
                        && !d.rest().isEmpty()
                        && d.rest().getFirst() == CongressState.APPROVED)
                .min(java.util.Comparator.comparing(
                                (SampleCongresses.Dossier d) -> !d.level().equals("GRASSROOTS_COMMITTEE"))
                        .thenComparing(d -> d.level().endsWith("CELL"))
                        .thenComparing(SampleCongresses.Dossier::code))
                .ifPresent(d -> SignedIn.as(services.users(), services.office(), () -> {
                    approve(d);
                    return null;
                }));
    }

    private void approve(SampleCongresses.Dossier d) {
        LocalDate on = d.restDates().getFirst();
        DossierView view = services.dossiers().view(d.caseId());
        String unit = view.congress().orgName();
        long superior = services.calendar().superiorOfCase(view.congress().orgId());
        boolean byProvince = jdbc.sql("select code from org_unit where id = ?")
                .param(superior)
                .query(String.class)
                .single()
                .equals(SampleProvince.PROVINCE_CODE);
        ApprovalMeeting meeting = services.calendar()
                .schedule(
                        superior,
                        new ApprovalMeeting.New(
                                on,
                                LocalTime.of(8, 0),
                                LocalTime.of(9, 30),
                                byProvince ? "Phòng họp Ban Thường vụ Tỉnh ủy" : "Phòng họp Đảng ủy",
                                List.of(new ApprovalMeeting.Entry(d.caseId(), "Đồng chí Bí thư " + unit))));
        services.conclusions()
                .recordOnPaper(
                        meeting.id(),
                        d.caseId(),
                        CONCLUSION_NUMBER,
                        on,
                        "thong-bao-ket-luan-" + CONCLUSION_NUMBER + "-TB.pdf",
                        SamplePapers.paper(
                                unit,
                                "Thông báo kết luận số " + CONCLUSION_NUMBER + "-TB",
                                "Ban Thường vụ kết luận về việc duyệt đại hội " + unit
                                        + " nhiệm kỳ 2025-2030: đồng ý nội dung văn kiện, đề án nhân sự, thời gian và"
                                        + " địa điểm đại hội.",
                                on));
    }

    private void submit(SampleCongresses.Dossier d) {
        DossierView view = services.dossiers().view(d.caseId());
        String unit = view.congress().orgName();
        for (DossierView.Item i : view.items()) {
            services.submissions()
                    .upload(
                            d.caseId(),
                            i.item().id(),
                            i.item().code().toLowerCase() + ".pdf",
                            SamplePapers.paper(
                                    unit,
                                    i.item().title(),
                                    "Hồ sơ đề nghị cấp trên duyệt đại hội " + unit + ": "
                                            + i.item().title() + ".",
                                    d.submittedOn()));
        }
        services.submissions().recordSubmittedOnPaper(d.caseId(), d.submittedOn(), d.plannedOn());
    }

    private void verdict(SampleCongresses.Dossier d) {
        if (d.verdict() == CongressState.APPROVAL_MEETING) {
            services.appraisals()
                    .recordVerdictOnPaper(
                            d.caseId(),
                            new PaperVerdict(
                                    PaperVerdict.Outcome.READY,
                                    d.decidedOn(),
                                    "Hồ sơ đầy đủ, đủ điều kiện trình Ban Thường vụ duyệt",
                                    null));
            return;
        }
        List<PaperVerdict.ItemComment> comments = services.dossiers().view(d.caseId()).items().stream()
                .filter(i -> i.item().code().equals("PERSONNEL"))
                .map(i -> new PaperVerdict.ItemComment(
                        i.item().id(),
                        "Bổ sung tỷ lệ cán bộ nữ trong danh sách giới thiệu cấp ủy (hiện chưa có đồng chí nữ nào)"))
                .toList();
        services.appraisals()
                .recordVerdictOnPaper(
                        d.caseId(),
                        new PaperVerdict(
                                PaperVerdict.Outcome.RETURNED,
                                d.decidedOn(),
                                SampleCongresses.reason(CongressState.RETURNED_FOR_REVISION),
                                comments));
    }
}

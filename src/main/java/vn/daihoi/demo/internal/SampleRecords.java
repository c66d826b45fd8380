package vn.daihoi.demo.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.documents.Direction;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.documents.IssuingOrgan;
import vn.daihoi.documents.NewDocument;
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

    /** The services the records go through, and who uses them. */
    record Services(
            FileStore files, DocumentRegister register, Dossiers dossiers, UserDetailsService users, String office) {}

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
     * it ({@link Dossiers#recordSubmittedOnPaper}, {@link Dossiers#recordVerdictOnPaper}): the province's office
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
        return dossiers.size();
    }

    private void submit(SampleCongresses.Dossier d) {
        DossierView view = services.dossiers().view(d.caseId());
        String unit = view.congress().orgName();
        for (DossierView.Item i : view.items()) {
            services.dossiers()
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
        services.dossiers().recordSubmittedOnPaper(d.caseId(), d.submittedOn(), d.plannedOn());
    }

    private void verdict(SampleCongresses.Dossier d) {
        if (d.verdict() == CongressState.APPROVAL_MEETING) {
            services.dossiers()
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
        services.dossiers()
                .recordVerdictOnPaper(
                        d.caseId(),
                        new PaperVerdict(
                                PaperVerdict.Outcome.RETURNED,
                                d.decidedOn(),
                                SampleCongresses.reason(CongressState.RETURNED_FOR_REVISION),
                                comments));
    }
}

package vn.daihoi.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentRendering;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.documents.IssuingOrgan;
import vn.daihoi.documents.NewDocument;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressMove;
import vn.daihoi.season.CongressState;

/**
 * The written conclusion (thông báo kết luận) of an approval meeting on one unit: a Thông báo numbered in
 * the superior's register, its PDF kept with the congress's files, and the case approved, all in one
 * transaction.
 */
@Service
public class ApprovalConclusions {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final ApprovalCalendar calendar;
    private final DocumentRegister register;
    private final DocumentRendering rendering;
    private final FileStore files;
    private final CongressCases cases;
    private final Clock clock;

    ApprovalConclusions(
            JdbcClient jdbc,
            AccessControl access,
            AuditLog audit,
            ApprovalCalendar calendar,
            DocumentRegister register,
            DocumentRendering rendering,
            FileStore files,
            CongressCases cases,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.register = register;
        this.rendering = rendering;
        this.files = files;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Records a conclusion issued on paper before the office used daihoi (ghi nhận hồ sơ giấy): the notice's
     * number and day as typed, registered in the superior's register with them, the scanned notice uploaded now,
     * and the case approved with that day as the step's effective day. The day is refused in the future, before
     * the meeting or before the case's previous step; same permission as {@link #conclude}.
     */
    @Transactional
    public IssuedDocument recordOnPaper(
            long meetingId, long caseId, Integer number, LocalDate issuedOn, String filename, byte[] pdf) {
        ApprovalMeeting meeting = calendar.meeting(meetingId);
        access.require(Permission.CONGRESS_APPROVE, meeting.superiorOrgId());
        ApprovalMeeting.Agenda unit = meeting.agenda().stream()
                .filter(a -> a.caseId() == caseId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("dossier.error.notOnAgenda", String.valueOf(caseId)));
        if (!ApprovalCalendar.awaitsConclusion(unit)) {
            throw DomainException.conflict("dossier.error.alreadyConcluded", unit.orgName());
        }
        if (number == null || number < 1) {
            throw new DomainException("dossier.error.paperNumberRequired");
        }
        if (issuedOn == null) {
            throw new DomainException("dossier.error.paperDateRequired", label("dossier.paper.concludedOn"));
        }
        if (issuedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException(
                    "dossier.error.paperDateFuture", label("dossier.paper.concludedOn"), Dates.format(issuedOn));
        }
        LocalDate last = cases.lastStepOn(caseId).orElse(null);
        LocalDate after = last == null || meeting.meetsOn().isAfter(last) ? meeting.meetsOn() : last;
        if (issuedOn.isBefore(after)) {
            throw new DomainException(
                    "dossier.error.paperDateBeforeStep",
                    label("dossier.paper.concludedOn"),
                    Dates.format(issuedOn),
                    Dates.format(after));
        }
        String user = access.requireUser().getUsername();
        StoredFile stored = files.store(filename, pdf == null ? new byte[0] : pdf, unit.orgId(), user);
        IssuedDocument doc = register.issue(new NewDocument(
                meeting.superiorOrgId(),
                null,
                IssuingOrgan.BTV,
                null,
                DocumentType.THONG_BAO,
                number,
                null,
                issuedOn,
                null,
                "Kết luận của Ban Thường vụ về việc duyệt đại hội " + unit.orgName() + " nhiệm kỳ " + unit.term(),
                null,
                null,
                null,
                null,
                null,
                vn.daihoi.documents.Direction.OUTGOING,
                java.util.List.of(),
                null));
        jdbc.sql("""
                        update approval_meeting_unit set conclusion_document_id = ?, conclusion_symbol = ?,
                            conclusion_file_id = ?
                        where meeting_id = ? and case_id = ?""")
                .params(doc.id(), doc.symbol(), stored.id(), meetingId, caseId)
                .update();
        cases.move(
                caseId,
                new CongressMove(
                        CongressState.APPROVED,
                        issuedOn,
                        null,
                        "Thông báo kết luận số " + doc.symbol() + " ngày " + Dates.format(issuedOn)
                                + " (ghi nhận hồ sơ giấy)",
                        null));
        audit.record(AuditLog.Change.of(
                        "DOSSIER_PAPER",
                        "congress_case",
                        caseId,
                        unit.orgId(),
                        "Ghi nhận hồ sơ giấy: duyệt đại hội " + unit.orgName() + " nhiệm kỳ " + unit.term()
                                + ", thông báo kết luận số " + doc.symbol() + " ngày " + Dates.format(issuedOn))
                .withDetails(Map.of("meeting", meetingId, "document", doc.id(), "sha256", stored.sha256())));
        return doc;
    }

    private static org.springframework.context.support.DefaultMessageSourceResolvable label(String key) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(key);
    }

    /** Issues the conclusion on one unit of a held meeting and approves its congress. */
    @Transactional
    public IssuedDocument conclude(long meetingId, long caseId, String text) {
        ApprovalMeeting meeting = calendar.meeting(meetingId);
        access.require(Permission.CONGRESS_APPROVE, meeting.superiorOrgId());
        ApprovalMeeting.Agenda unit = meeting.agenda().stream()
                .filter(a -> a.caseId() == caseId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("dossier.error.notOnAgenda", String.valueOf(caseId)));
        if (!ApprovalCalendar.awaitsConclusion(unit)) {
            throw DomainException.conflict("dossier.error.alreadyConcluded", unit.orgName());
        }
        LocalDate today = LocalDate.now(clock);
        if (meeting.meetsOn().isAfter(today)) {
            throw new DomainException("dossier.error.meetingNotHeld", Dates.format(meeting.meetsOn()));
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainException("dossier.error.conclusionRequired", unit.orgName());
        }
        if (body.length() > 20_000) {
            throw new DomainException("dossier.error.conclusionTooLong");
        }
        IssuedDocument doc = register.issue(NewDocument.outgoing(
                        meeting.superiorOrgId(),
                        IssuingOrgan.BTV,
                        DocumentType.THONG_BAO,
                        today,
                        "Kết luận của Ban Thường vụ về việc duyệt đại hội " + unit.orgName() + " nhiệm kỳ "
                                + unit.term())
                .withBody(body));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            rendering.pdf(doc.id(), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String user = access.requireUser().getUsername();
        StoredFile stored = files.store(
                "thong-bao-ket-luan-" + doc.symbol().replaceAll("[^\\p{L}\\p{N}-]", "-") + ".pdf",
                pdf.toByteArray(),
                unit.orgId(),
                user);
        jdbc.sql("""
                        update approval_meeting_unit set conclusion_document_id = ?, conclusion_symbol = ?,
                            conclusion_file_id = ?
                        where meeting_id = ? and case_id = ?""")
                .params(doc.id(), doc.symbol(), stored.id(), meetingId, caseId)
                .update();
        cases.move(
                caseId,
                new CongressMove(
                        CongressState.APPROVED,
                        null,
                        null,
                        "Thông báo kết luận số " + doc.symbol() + " ngày " + Dates.format(today),
                        null));
        audit.record(AuditLog.Change.of(
                        "DOSSIER_APPROVE",
                        "congress_case",
                        caseId,
                        unit.orgId(),
                        "Duyệt đại hội " + unit.orgName() + " nhiệm kỳ " + unit.term() + ": thông báo kết luận số "
                                + doc.symbol())
                .withDetails(Map.of("meeting", meetingId, "document", doc.id(), "sha256", stored.sha256())));
        return doc;
    }
}

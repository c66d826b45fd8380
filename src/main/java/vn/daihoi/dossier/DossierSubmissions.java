package vn.daihoi.dossier;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressState;

/**
 * The unit's side of a dossier: it uploads a file per checklist item (each upload a new version), then submits
 * the dossier to its direct superior once nothing is missing, or the office records a submission made on paper.
 * Reading and the shared checks are {@link Dossiers}'.
 */
@Service
public class DossierSubmissions {

    private final Dossiers dossiers;
    private final JdbcClient jdbc;
    private final FileStore files;
    private final AuditLog audit;

    DossierSubmissions(Dossiers dossiers, JdbcClient jdbc, FileStore files, AuditLog audit) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.files = files;
        this.audit = audit;
    }

    /** Stores a new version of an item's file; a refused file leaves nothing behind. */
    @Transactional
    public DossierView.FileVersion upload(long caseId, long itemId, String filename, byte[] bytes) {
        CongressCase c = dossiers.lockAsUnit(caseId);
        if (!Dossiers.EDITABLE.contains(c.state())) {
            throw DomainException.conflict("dossier.error.locked", c.orgName());
        }
        DossierItem item = dossiers.itemOf(c, itemId);
        String user = dossiers.username();
        StoredFile stored = files.store(filename, bytes == null ? new byte[0] : bytes, c.orgId(), user);
        int version = jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from dossier_file where case_id = ? and item_id = ?")
                .params(caseId, itemId)
                .query(Integer.class)
                .single();
        Timestamp now = dossiers.at(null);
        long id = jdbc.sql("""
                        insert into dossier_file (case_id, item_id, version, stored_file_id, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, itemId, version, stored.id(), now, user)
                .query(Long.class)
                .single();
        audit.record(AuditLog.Change.of(
                        "DOSSIER_UPLOAD",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Hồ sơ đề nghị duyệt đại hội " + c.orgName() + ": tải lên \"" + stored.filename()
                                + "\" cho mục " + Dossiers.title(item) + " (phiên bản " + version + ")")
                .withDetails(Map.of("item", item.code(), "sha256", stored.sha256())));
        return new DossierView.FileVersion(id, version, stored, now.toInstant(), user);
    }

    /**
     * Sends the dossier to the direct superior with the planned congress date of the request (tờ trình);
     * refused, naming every missing item, when an item has no file.
     */
    @Transactional
    public DossierView submit(long caseId, LocalDate plannedOn) {
        CongressCase c = submittable(caseId);
        if (plannedOn == null) {
            throw new DomainException("dossier.error.plannedOnRequired");
        }
        if (plannedOn.isBefore(dossiers.today())) {
            throw new DomainException("dossier.error.plannedOnPast", Dates.format(plannedOn));
        }
        int round = openRound(c, plannedOn, null);
        dossiers.move(
                c,
                CongressState.DOSSIER_SUBMITTED,
                null,
                "Nộp hồ sơ đề nghị duyệt đại hội (lần " + round + "), dự kiến đại hội ngày " + Dates.format(plannedOn));
        audit.record(AuditLog.Change.of(
                        "DOSSIER_SUBMIT",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Nộp hồ sơ đề nghị duyệt đại hội " + c.orgName() + " lên cấp trên (lần " + round + ")")
                .withDetails(Map.of("round", round, "plannedOn", plannedOn)));
        return dossiers.reread(caseId);
    }

    /**
     * Records a dossier submitted on paper before the office used daihoi (ghi nhận hồ sơ giấy): the files are
     * uploaded first ({@link #upload}, stored now), then the office types the day the unit handed the dossier in
     * and the congress day of its request. The case moves to DOSSIER_SUBMITTED with that day as the step's
     * effective day; the day is refused in the future or before the case's previous step, the congress day
     * before the submission. Same permission and checks as {@link #submit}.
     */
    @Transactional
    public void recordSubmittedOnPaper(long caseId, LocalDate submittedOn, LocalDate plannedOn) {
        CongressCase c = submittable(caseId);
        dossiers.paperDay(caseId, submittedOn, "dossier.paper.submittedOn");
        if (plannedOn == null) {
            throw new DomainException("dossier.error.plannedOnRequired");
        }
        if (plannedOn.isBefore(submittedOn)) {
            throw new DomainException(
                    "dossier.error.plannedBeforeSubmitted", Dates.format(plannedOn), Dates.format(submittedOn));
        }
        int round = openRound(c, plannedOn, submittedOn);
        dossiers.move(
                c,
                CongressState.DOSSIER_SUBMITTED,
                submittedOn,
                "Nộp hồ sơ đề nghị duyệt đại hội (lần " + round + ", ghi nhận hồ sơ giấy), dự kiến đại hội ngày "
                        + Dates.format(plannedOn));
        audit.record(AuditLog.Change.of(
                        "DOSSIER_PAPER",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Ghi nhận hồ sơ giấy: " + c.orgName() + " nộp hồ sơ đề nghị duyệt đại hội lên cấp trên ngày "
                                + Dates.format(submittedOn) + " (lần " + round + ")")
                .withDetails(details(round, submittedOn, plannedOn)));
    }

    /** The case locked for a submission: the user manages the unit, the unit has adopted or must revise. */
    private CongressCase submittable(long caseId) {
        CongressCase c = dossiers.lockAsUnit(caseId);
        if (!Dossiers.SUBMITTABLE.contains(c.state())) {
            throw DomainException.conflict("dossier.error.notSubmittable", c.orgName(), Dossiers.stateLabel(c.state()));
        }
        return c;
    }

    /**
     * Opens the next round of a complete dossier (refused, naming every missing item, otherwise), submitted now
     * or on the day typed for a paper step; returns its number.
     */
    private int openRound(CongressCase c, LocalDate plannedOn, LocalDate submittedOn) {
        List<DossierItem> missing = dossiers.missingItems(c);
        if (!missing.isEmpty()) {
            throw new DomainException("dossier.error.missing", c.orgName(), missing.size(), Dossiers.titles(missing));
        }
        int round = dossiers.currentRound(c.id()) + 1;
        jdbc.sql("""
                        insert into dossier_round (case_id, round, planned_on, submitted_at, submitted_by)
                        values (?, ?, ?, ?, ?)""")
                .params(c.id(), round, plannedOn, dossiers.at(submittedOn), dossiers.username())
                .update();
        return round;
    }

    private static Map<String, Object> details(int round, LocalDate submittedOn, LocalDate plannedOn) {
        Map<String, Object> d = new java.util.HashMap<>();
        d.put("round", round);
        d.put("submittedOn", submittedOn);
        d.put("plannedOn", plannedOn);
        return d;
    }
}

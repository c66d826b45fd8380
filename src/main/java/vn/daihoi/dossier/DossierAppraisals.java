package vn.daihoi.dossier;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressState;

/**
 * The superior's side of a dossier: the appraiser (the case's follower or a user who approves on the unit's
 * direct superior) comments per item, then returns the dossier for revision or declares it ready for the
 * approval meeting, or the office records a verdict decided on paper. Reading and the shared checks are
 * {@link Dossiers}'.
 */
@Service
public class DossierAppraisals {

    private static final String READY_REASON = "Hồ sơ đủ điều kiện trình duyệt";

    private final Dossiers dossiers;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    DossierAppraisals(Dossiers dossiers, JdbcClient jdbc, AuditLog audit) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Refuses (403) a user who may not appraise the case's dossier: a form checks it before reading its fields. */
    @Transactional(readOnly = true)
    public void requireAppraiser(long caseId) {
        dossiers.requireAppraiser(caseId);
    }

    /** The appraiser's comment on one item: what the unit must fix. Takes the dossier up for appraisal. */
    @Transactional
    public void comment(long caseId, long itemId, String body) {
        CongressCase c = dossiers.lockAsAppraiser(caseId);
        DossierItem item = dossiers.itemOf(c, itemId);
        String text = commentText(item, body);
        takeUp(c, null);
        insertComment(caseId, dossiers.currentRound(caseId), item, text, dossiers.at(null));
        audit.record(AuditLog.Change.of(
                        "DOSSIER_COMMENT",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Thẩm định hồ sơ " + c.orgName() + ", mục " + Dossiers.title(item) + ": " + text)
                .withDetails(Map.of("item", item.code())));
    }

    /** Returns the dossier to the unit: at least one comment on an item, or a note, says what to fix. */
    @Transactional
    public void returnForRevision(long caseId, String note) {
        CongressCase c = dossiers.lockAsAppraiser(caseId);
        int round = dossiers.currentRound(caseId);
        String text = note == null ? "" : note.strip();
        List<String> commented =
                jdbc.sql("""
                        select distinct i.position || '. ' || i.title from dossier_comment m
                        join dossier_item i on i.id = m.item_id where m.case_id = ? and m.round = ?
                        order by 1""").params(caseId, round).query(String.class).list();
        if (text.isEmpty() && commented.isEmpty()) {
            throw new DomainException("dossier.error.returnNeedsReason", c.orgName());
        }
        String reason = returnReason(text, commented);
        if (reason.length() > 2000) {
            reason = reason.substring(0, 1999) + "…";
        }
        takeUp(c, null);
        verdict(caseId, round, "RETURNED", text, null);
        dossiers.move(c, CongressState.RETURNED_FOR_REVISION, null, reason);
        audit.record(AuditLog.Change.of(
                "DOSSIER_RETURN", "congress_case", caseId, c.orgId(), "Trả lại hồ sơ " + c.orgName() + ": " + reason));
    }

    /**
     * Declares the dossier ready: the case waits for a place on the approval calendar. Refused, naming every
     * missing item, while a required item has no file (a case can reach appraisal without the unit's
     * submission, through the case page or a checklist item added later).
     */
    @Transactional
    public void markReady(long caseId, String note) {
        CongressCase c = dossiers.lockAsAppraiser(caseId);
        requireComplete(c);
        int round = dossiers.currentRound(caseId);
        takeUp(c, null);
        String text = note == null ? "" : note.strip();
        verdict(caseId, round, "READY", text, null);
        dossiers.move(c, CongressState.APPROVAL_MEETING, null, text.isEmpty() ? READY_REASON : text);
        audit.record(AuditLog.Change.of(
                "DOSSIER_READY",
                "congress_case",
                caseId,
                c.orgId(),
                "Hồ sơ đề nghị duyệt đại hội " + c.orgName() + " đủ điều kiện trình Ban Thường vụ duyệt"));
    }

    /**
     * Records the appraisal of a dossier decided on paper: its comments, then ready (the case waits for the
     * approval meeting) or returned for revision, with the day typed as the steps' effective day (refused in the
     * future or before the case's previous step). Same permission and checks as {@link #markReady} and {@link
     * #returnForRevision}.
     */
    @Transactional
    public void recordVerdictOnPaper(long caseId, PaperVerdict verdict) {
        CongressCase c = dossiers.lockAsAppraiser(caseId);
        if (verdict == null || verdict.outcome() == null) {
            throw new DomainException("dossier.error.paperOutcomeRequired");
        }
        LocalDate on = verdict.decidedOn();
        dossiers.paperDay(caseId, on, "dossier.paper.decidedOn");
        int round = dossiers.currentRound(caseId);
        if (round == 0) {
            throw DomainException.conflict("dossier.error.paperNoRound", c.orgName());
        }
        String note = verdict.note() == null ? "" : verdict.note().strip();
        if (note.length() > 2000) {
            throw new DomainException("dossier.error.commentTooLong");
        }
        record Comment(DossierItem item, String text) {}
        List<String> commented = new ArrayList<>();
        List<Comment> rows = new ArrayList<>();
        for (PaperVerdict.ItemComment comment : verdict.comments()) {
            DossierItem item = dossiers.itemOf(c, comment.itemId());
            rows.add(new Comment(item, commentText(item, comment.body())));
            commented.add(Dossiers.title(item));
        }
        boolean ready = verdict.outcome() == PaperVerdict.Outcome.READY;
        if (ready) {
            requireComplete(c);
        } else if (note.isEmpty() && commented.isEmpty()) {
            throw new DomainException("dossier.error.returnNeedsReason", c.orgName());
        }
        Timestamp at = dossiers.at(on);
        takeUp(c, on);
        for (Comment row : rows) {
            insertComment(caseId, round, row.item(), row.text(), at);
        }
        verdict(caseId, round, verdict.outcome().name(), note, on);
        String reason = ready ? (note.isEmpty() ? READY_REASON : note) : returnReason(note, commented);
        dossiers.move(
                c,
                ready ? CongressState.APPROVAL_MEETING : CongressState.RETURNED_FOR_REVISION,
                on,
                reason + " (ghi nhận hồ sơ giấy)");
        audit.record(AuditLog.Change.of(
                        "DOSSIER_PAPER",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Ghi nhận hồ sơ giấy: thẩm định hồ sơ đề nghị duyệt đại hội " + c.orgName() + " ngày "
                                + Dates.format(on) + ", "
                                + (ready ? "đủ điều kiện trình Ban Thường vụ duyệt" : "trả lại: " + reason))
                .withDetails(Map.of(
                        "round", round, "verdict", verdict.outcome(), "decidedOn", on, "comments", rows.size())));
    }

    /** A comment's text, stripped: refused empty or longer than 4000 characters. */
    private static String commentText(DossierItem item, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new DomainException("dossier.error.commentEmpty", Dossiers.title(item));
        }
        if (text.length() > 4000) {
            throw new DomainException("dossier.error.commentTooLong");
        }
        return text;
    }

    private static String returnReason(String note, List<String> commented) {
        return note.isEmpty() ? "Trả lại hồ sơ để bổ sung, sửa các mục: " + String.join("; ", commented) : note;
    }

    /** Refuses, naming every missing item, a dossier with an item without a file. */
    private void requireComplete(CongressCase c) {
        List<DossierItem> missing = dossiers.missingItems(c);
        if (!missing.isEmpty()) {
            throw DomainException.conflict(
                    "dossier.error.notReady", c.orgName(), missing.size(), Dossiers.titles(missing));
        }
    }

    /** A submitted dossier is taken up for appraisal by the first comment or verdict. */
    private void takeUp(CongressCase c, LocalDate on) {
        if (c.state() == CongressState.DOSSIER_SUBMITTED) {
            dossiers.move(c, CongressState.UNDER_APPRAISAL, on, null);
        }
    }

    private void insertComment(long caseId, int round, DossierItem item, String text, Timestamp at) {
        jdbc.sql("""
                        insert into dossier_comment (case_id, round, item_id, body, at, username)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, round, item.id(), text, at, dossiers.username())
                .update();
    }

    /** The round's verdict, given now or on the day typed for a paper step. */
    private void verdict(long caseId, int round, String outcome, String note, LocalDate paperDay) {
        jdbc.sql("""
                        update dossier_round set verdict = ?, verdict_at = ?, verdict_by = ?, verdict_note = ?
                        where case_id = ? and round = ?""")
                .params(
                        outcome,
                        dossiers.at(paperDay),
                        dossiers.username(),
                        note == null || note.isEmpty() ? null : note,
                        caseId,
                        round)
                .update();
    }
}

package vn.daihoi.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.CurrentUser;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressMove;
import vn.daihoi.season.CongressState;

/**
 * A congress case's approval dossier: the unit uploads a file per checklist item (each upload a new
 * version), submits it to its direct superior once nothing is missing, and the appraiser (the case's
 * follower or a user who approves on the superior) comments per item, then returns it for revision or
 * declares it ready for the approval meeting. Every step moves the case through {@link CongressCases#move},
 * so the state machine and its actors stay the season module's.
 */
@Service
public class Dossiers {

    /** States in which the unit may still change its dossier. */
    static final Set<CongressState> EDITABLE = EnumSet.of(
            CongressState.PLAN_ISSUED,
            CongressState.PREPARING,
            CongressState.INTERNAL_ADOPTED,
            CongressState.RETURNED_FOR_REVISION);

    static final Set<CongressState> SUBMITTABLE =
            EnumSet.of(CongressState.INTERNAL_ADOPTED, CongressState.RETURNED_FOR_REVISION);

    static final Set<CongressState> APPRAISABLE =
            EnumSet.of(CongressState.DOSSIER_SUBMITTED, CongressState.UNDER_APPRAISAL);

    /** A stored file of a dossier with its bytes (checked against the SHA-256). */
    public record Download(StoredFile file, byte[] bytes) {}

    private final JdbcClient jdbc;
    private final CongressCases cases;
    private final AccessControl access;
    private final AuditLog audit;
    private final FileStore files;
    private final OrgTree tree;
    private final DossierChecklist checklist;
    private final Clock clock;

    Dossiers(
            JdbcClient jdbc,
            CongressCases cases,
            AccessControl access,
            AuditLog audit,
            FileStore files,
            OrgTree tree,
            DossierChecklist checklist,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.files = files;
        this.tree = tree;
        this.checklist = checklist;
        this.clock = clock;
    }

    /** The dossier of a case the user may see (its unit or a unit above it). */
    @Transactional(readOnly = true)
    public DossierView view(long caseId) {
        CongressCase c = cases.view(caseId);
        return read(c);
    }

    private DossierView read(CongressCase c) {
        List<DossierView.Round> rounds = jdbc.sql("""
                        select round, planned_on, submitted_at, submitted_by, verdict, verdict_at, verdict_by,
                               verdict_note
                        from dossier_round where case_id = ? order by round""")
                .param(c.id())
                .query((rs, i) -> new DossierView.Round(
                        rs.getInt(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
        int latest = rounds.isEmpty() ? 0 : rounds.getLast().round();
        record Row(long itemId, DossierView.FileVersion version) {}
        Map<Long, List<DossierView.FileVersion>> versions = jdbc
                .sql("""
                        select item_id, id, version, stored_file_id, uploaded_at, uploaded_by from dossier_file
                        where case_id = ? order by item_id, version desc""")
                .param(c.id())
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        new DossierView.FileVersion(
                                rs.getLong(2),
                                rs.getInt(3),
                                files.find(rs.getLong(4)).orElseThrow(),
                                rs.getTimestamp(5).toInstant(),
                                rs.getString(6))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::itemId, Collectors.mapping(Row::version, Collectors.toList())));
        record Note(long itemId, DossierView.Comment comment) {}
        Map<Long, List<DossierView.Comment>> comments = jdbc
                .sql("""
                        select item_id, id, round, body, at, username from dossier_comment
                        where case_id = ? and round = ? order by at, id""")
                .param(c.id())
                .param(latest)
                .query((rs, i) -> new Note(
                        rs.getLong(1),
                        new DossierView.Comment(
                                rs.getLong(2),
                                rs.getInt(3),
                                rs.getString(4),
                                rs.getTimestamp(5).toInstant(),
                                rs.getString(6))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Note::itemId, Collectors.mapping(Note::comment, Collectors.toList())));
        List<DossierView.Item> items = new ArrayList<>();
        for (DossierItem item : checklist.itemsFor(c.level().name(), c.kind())) {
            items.add(new DossierView.Item(
                    item, versions.getOrDefault(item.id(), List.of()), comments.getOrDefault(item.id(), List.of())));
        }
        boolean mayEdit = EDITABLE.contains(c.state()) && access.can(Permission.CONGRESS_MANAGE, c.orgId());
        boolean mayAppraise = APPRAISABLE.contains(c.state()) && isAppraiser(c);
        return new DossierView(c, items, rounds, mayEdit, mayAppraise);
    }

    /** Stores a new version of an item's file; a refused file leaves nothing behind. */
    @Transactional
    public DossierView.FileVersion upload(long caseId, long itemId, String filename, byte[] bytes) {
        CongressCase c = lockAsUnit(caseId);
        if (!EDITABLE.contains(c.state())) {
            throw DomainException.conflict("dossier.error.locked", c.orgName());
        }
        DossierItem item = itemOf(c, itemId);
        CurrentUser user = access.requireUser();
        StoredFile stored = files.store(filename, bytes == null ? new byte[0] : bytes, c.orgId(), user.getUsername());
        int version = jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from dossier_file where case_id = ? and item_id = ?")
                .params(caseId, itemId)
                .query(Integer.class)
                .single();
        Timestamp now = Dates.now(clock);
        long id = jdbc.sql("""
                        insert into dossier_file (case_id, item_id, version, stored_file_id, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, itemId, version, stored.id(), now, user.getUsername())
                .query(Long.class)
                .single();
        audit.record(AuditLog.Change.of(
                        "DOSSIER_UPLOAD",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Hồ sơ đề nghị duyệt đại hội " + c.orgName() + ": tải lên \"" + stored.filename()
                                + "\" cho mục " + item.position() + ". " + item.title() + " (phiên bản " + version
                                + ")")
                .withDetails(Map.of("item", item.code(), "sha256", stored.sha256())));
        return new DossierView.FileVersion(id, version, stored, now.toInstant(), user.getUsername());
    }

    /**
     * Sends the dossier to the direct superior with the planned congress date of the request (tờ trình);
     * refused, naming every missing item, when an item has no file.
     */
    @Transactional
    public DossierView submit(long caseId, LocalDate plannedOn) {
        CongressCase c = lockAsUnit(caseId);
        if (!SUBMITTABLE.contains(c.state())) {
            throw DomainException.conflict("dossier.error.notSubmittable", c.orgName(), stateLabel(c.state()));
        }
        if (plannedOn == null) {
            throw new DomainException("dossier.error.plannedOnRequired");
        }
        if (plannedOn.isBefore(LocalDate.now(clock))) {
            throw new DomainException("dossier.error.plannedOnPast", Dates.format(plannedOn));
        }
        DossierView view = read(c);
        List<DossierView.Item> missing = view.missing();
        if (!missing.isEmpty()) {
            String names = missing.stream()
                    .map(i -> i.item().position() + ". " + i.item().title())
                    .collect(Collectors.joining("; "));
            throw new DomainException("dossier.error.missing", c.orgName(), missing.size(), names);
        }
        int round = view.rounds().size() + 1;
        CurrentUser user = access.requireUser();
        jdbc.sql("""
                        insert into dossier_round (case_id, round, planned_on, submitted_at, submitted_by)
                        values (?, ?, ?, ?, ?)""")
                .params(caseId, round, plannedOn, Dates.now(clock), user.getUsername())
                .update();
        cases.move(
                caseId,
                new CongressMove(
                        CongressState.DOSSIER_SUBMITTED,
                        null,
                        null,
                        "Nộp hồ sơ đề nghị duyệt đại hội (lần " + round + "), dự kiến đại hội ngày "
                                + Dates.format(plannedOn),
                        null));
        audit.record(AuditLog.Change.of(
                        "DOSSIER_SUBMIT",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Nộp hồ sơ đề nghị duyệt đại hội " + c.orgName() + " lên cấp trên (lần " + round + ")")
                .withDetails(Map.of("round", round, "plannedOn", plannedOn)));
        return read(cases.find(caseId).orElseThrow());
    }

    /** The appraiser's comment on one item: what the unit must fix. Takes the dossier up for appraisal. */
    @Transactional
    public void comment(long caseId, long itemId, String body) {
        CongressCase c = lockAsAppraiser(caseId);
        DossierItem item = itemOf(c, itemId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new DomainException("dossier.error.commentEmpty", item.position() + ". " + item.title());
        }
        if (text.length() > 4000) {
            throw new DomainException("dossier.error.commentTooLong");
        }
        takeUp(c);
        CurrentUser user = access.requireUser();
        jdbc.sql("""
                        insert into dossier_comment (case_id, round, item_id, body, at, username)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, currentRound(caseId), itemId, text, Dates.now(clock), user.getUsername())
                .update();
        audit.record(AuditLog.Change.of(
                        "DOSSIER_COMMENT",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Thẩm định hồ sơ " + c.orgName() + ", mục " + item.position() + ". " + item.title() + ": "
                                + text)
                .withDetails(Map.of("item", item.code())));
    }

    /** Returns the dossier to the unit: at least one comment on an item, or a note, says what to fix. */
    @Transactional
    public void returnForRevision(long caseId, String note) {
        CongressCase c = lockAsAppraiser(caseId);
        int round = currentRound(caseId);
        String text = note == null ? "" : note.strip();
        List<String> commented =
                jdbc.sql("""
                        select distinct i.position || '. ' || i.title from dossier_comment m
                        join dossier_item i on i.id = m.item_id where m.case_id = ? and m.round = ?
                        order by 1""").params(caseId, round).query(String.class).list();
        if (text.isEmpty() && commented.isEmpty()) {
            throw new DomainException("dossier.error.returnNeedsReason", c.orgName());
        }
        String reason =
                text.isEmpty() ? "Trả lại hồ sơ để bổ sung, sửa các mục: " + String.join("; ", commented) : text;
        if (reason.length() > 2000) {
            reason = reason.substring(0, 1999) + "…";
        }
        takeUp(c);
        verdict(caseId, round, "RETURNED", text);
        cases.move(caseId, new CongressMove(CongressState.RETURNED_FOR_REVISION, null, null, reason, null));
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
        CongressCase c = lockAsAppraiser(caseId);
        List<DossierView.Item> missing = read(c).missing();
        if (!missing.isEmpty()) {
            throw DomainException.conflict(
                    "dossier.error.notReady",
                    c.orgName(),
                    missing.size(),
                    missing.stream()
                            .map(i -> i.item().position() + ". " + i.item().title())
                            .collect(Collectors.joining("; ")));
        }
        int round = currentRound(caseId);
        takeUp(c);
        String text = note == null ? "" : note.strip();
        verdict(caseId, round, "READY", text);
        cases.move(
                caseId,
                new CongressMove(
                        CongressState.APPROVAL_MEETING,
                        null,
                        null,
                        text.isEmpty() ? "Hồ sơ đủ điều kiện trình duyệt" : text,
                        null));
        audit.record(AuditLog.Change.of(
                "DOSSIER_READY",
                "congress_case",
                caseId,
                c.orgId(),
                "Hồ sơ đề nghị duyệt đại hội " + c.orgName() + " đủ điều kiện trình Ban Thường vụ duyệt"));
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
        CongressCase c = lockAsUnit(caseId);
        if (!SUBMITTABLE.contains(c.state())) {
            throw DomainException.conflict("dossier.error.notSubmittable", c.orgName(), stateLabel(c.state()));
        }
        paperDay(caseId, submittedOn, "dossier.paper.submittedOn");
        if (plannedOn == null) {
            throw new DomainException("dossier.error.plannedOnRequired");
        }
        if (plannedOn.isBefore(submittedOn)) {
            throw new DomainException(
                    "dossier.error.plannedBeforeSubmitted", Dates.format(plannedOn), Dates.format(submittedOn));
        }
        List<DossierItem> missing = missingItems(c);
        if (!missing.isEmpty()) {
            throw new DomainException("dossier.error.missing", c.orgName(), missing.size(), titles(missing));
        }
        int round = currentRound(caseId) + 1;
        CurrentUser user = access.requireUser();
        jdbc.sql("""
                        insert into dossier_round (case_id, round, planned_on, submitted_at, submitted_by)
                        values (?, ?, ?, ?, ?)""")
                .params(caseId, round, plannedOn, startOf(submittedOn), user.getUsername())
                .update();
        cases.move(
                caseId,
                new CongressMove(
                        CongressState.DOSSIER_SUBMITTED,
                        submittedOn,
                        null,
                        "Nộp hồ sơ đề nghị duyệt đại hội (lần " + round
                                + ", ghi nhận hồ sơ giấy), dự kiến đại hội ngày " + Dates.format(plannedOn),
                        null));
        audit.record(AuditLog.Change.of(
                        "DOSSIER_PAPER",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Ghi nhận hồ sơ giấy: " + c.orgName() + " nộp hồ sơ đề nghị duyệt đại hội lên cấp trên ngày "
                                + Dates.format(submittedOn) + " (lần " + round + ")")
                .withDetails(Map.of("round", round, "submittedOn", submittedOn, "plannedOn", plannedOn)));
    }

    /**
     * Records the appraisal of a dossier decided on paper: its comments, then ready (the case waits for the
     * approval meeting) or returned for revision, with the day typed as the steps' effective day (refused in the
     * future or before the case's previous step). Same permission and checks as {@link #markReady} and {@link
     * #returnForRevision}.
     */
    @Transactional
    public void recordVerdictOnPaper(long caseId, PaperVerdict verdict) {
        CongressCase c = lockAsAppraiser(caseId);
        if (verdict == null || verdict.outcome() == null) {
            throw new DomainException("dossier.error.paperOutcomeRequired");
        }
        LocalDate on = verdict.decidedOn();
        paperDay(caseId, on, "dossier.paper.decidedOn");
        int round = currentRound(caseId);
        if (round == 0) {
            throw DomainException.conflict("dossier.error.paperNoRound", c.orgName());
        }
        String note = verdict.note() == null ? "" : verdict.note().strip();
        if (note.length() > 2000) {
            throw new DomainException("dossier.error.commentTooLong");
        }
        List<String> commented = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (PaperVerdict.ItemComment comment : verdict.comments()) {
            DossierItem item = itemOf(c, comment.itemId());
            String text = comment.body() == null ? "" : comment.body().strip();
            if (text.isEmpty()) {
                throw new DomainException("dossier.error.commentEmpty", item.position() + ". " + item.title());
            }
            if (text.length() > 4000) {
                throw new DomainException("dossier.error.commentTooLong");
            }
            commented.add(item.position() + ". " + item.title());
            rows.add(new Object[] {item, text});
        }
        boolean ready = verdict.outcome() == PaperVerdict.Outcome.READY;
        if (ready) {
            List<DossierItem> missing = missingItems(c);
            if (!missing.isEmpty()) {
                throw DomainException.conflict("dossier.error.notReady", c.orgName(), missing.size(), titles(missing));
            }
        } else if (note.isEmpty() && commented.isEmpty()) {
            throw new DomainException("dossier.error.returnNeedsReason", c.orgName());
        }
        String user = access.requireUser().getUsername();
        Timestamp at = startOf(on);
        if (c.state() == CongressState.DOSSIER_SUBMITTED) {
            cases.move(c.id(), new CongressMove(CongressState.UNDER_APPRAISAL, on, null, null, null));
        }
        for (Object[] row : rows) {
            jdbc.sql("""
                            insert into dossier_comment (case_id, round, item_id, body, at, username)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(caseId, round, ((DossierItem) row[0]).id(), row[1], at, user)
                    .update();
        }
        jdbc.sql("""
                        update dossier_round set verdict = ?, verdict_at = ?, verdict_by = ?, verdict_note = ?
                        where case_id = ? and round = ?""")
                .params(verdict.outcome().name(), at, user, note.isEmpty() ? null : note, caseId, round)
                .update();
        String reason = ready
                ? (note.isEmpty() ? "Hồ sơ đủ điều kiện trình duyệt" : note)
                : (note.isEmpty() ? "Trả lại hồ sơ để bổ sung, sửa các mục: " + String.join("; ", commented) : note);
        cases.move(
                caseId,
                new CongressMove(
                        ready ? CongressState.APPROVAL_MEETING : CongressState.RETURNED_FOR_REVISION,
                        on,
                        null,
                        reason + " (ghi nhận hồ sơ giấy)",
                        null));
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

    /** Refuses (403) a user who may not appraise the case's dossier: a form checks it before reading its fields. */
    @Transactional(readOnly = true)
    public void requireAppraiser(long caseId) {
        CongressCase c = cases.view(caseId);
        if (!isAppraiser(c)) {
            access.require(Permission.CONGRESS_APPROVE, superiorOf(c.orgId()));
        }
    }

    /** A day typed for a paper step: required, not in the future, not before the case's previous step. */
    private void paperDay(long caseId, LocalDate on, String labelKey) {
        if (on == null) {
            throw new DomainException("dossier.error.paperDateRequired", stateLabelOf(labelKey));
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("dossier.error.paperDateFuture", stateLabelOf(labelKey), Dates.format(on));
        }
        LocalDate last = cases.lastStepOn(caseId).orElse(null);
        if (last != null && on.isBefore(last)) {
            throw new DomainException(
                    "dossier.error.paperDateBeforeStep", stateLabelOf(labelKey), Dates.format(on), Dates.format(last));
        }
    }

    /** The checklist's items without a file, in one query (a paper round records many dossiers at once). */
    private List<DossierItem> missingItems(CongressCase c) {
        Set<Long> filed = Set.copyOf(jdbc.sql("select distinct item_id from dossier_file where case_id = ?")
                .param(c.id())
                .query(Long.class)
                .list());
        return checklist.itemsFor(c.level().name(), c.kind()).stream()
                .filter(i -> !filed.contains(i.id()))
                .toList();
    }

    private static String titles(List<DossierItem> missing) {
        return missing.stream().map(i -> i.position() + ". " + i.title()).collect(Collectors.joining("; "));
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Dates.ZONE).toInstant());
    }

    private static org.springframework.context.support.DefaultMessageSourceResolvable stateLabelOf(String key) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(key);
    }

    /** A file of a dossier the user may see. */
    @Transactional(readOnly = true)
    public Download download(long dossierFileId) {
        record Ref(long caseId, long storedId) {}
        Ref ref = jdbc.sql("select case_id, stored_file_id from dossier_file where id = ?")
                .param(dossierFileId)
                .query((rs, i) -> new Ref(rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElseThrow(
                        () -> DomainException.notFound("dossier.error.fileNotFound", String.valueOf(dossierFileId)));
        cases.view(ref.caseId());
        return new Download(files.find(ref.storedId()).orElseThrow(), files.content(ref.storedId()));
    }

    /** The direct superior of a unit today; the root decides for itself. */
    public long superiorOf(long orgId) {
        LocalDate today = LocalDate.now(clock);
        return tree.node(orgId, today)
                .or(() -> tree.lastKnown(orgId, today))
                .map(OrgNode::directSuperiorId)
                .orElse(orgId);
    }

    boolean isAppraiser(CongressCase c) {
        boolean follower = c.followerUserId() != null
                && access.currentUser().map(u -> u.id() == c.followerUserId()).orElse(false);
        return follower || access.can(Permission.CONGRESS_APPROVE, superiorOf(c.orgId()));
    }

    private CongressCase lockAsUnit(long caseId) {
        CongressCase c = lock(caseId);
        access.require(Permission.CONGRESS_MANAGE, c.orgId());
        return c;
    }

    private CongressCase lockAsAppraiser(long caseId) {
        CongressCase c = lock(caseId);
        if (!isAppraiser(c)) {
            access.require(Permission.CONGRESS_APPROVE, superiorOf(c.orgId()));
        }
        if (!APPRAISABLE.contains(c.state())) {
            throw DomainException.conflict("dossier.error.notUnderAppraisal", c.orgName(), stateLabel(c.state()));
        }
        return c;
    }

    private CongressCase lock(long caseId) {
        cases.lock(caseId)
                .orElseThrow(() -> DomainException.notFound("dossier.error.caseNotFound", String.valueOf(caseId)));
        CongressCase c = cases.find(caseId).orElseThrow();
        access.require(Permission.CONGRESS_VIEW, c.orgId());
        return c;
    }

    /** A submitted dossier is taken up for appraisal by the first comment or verdict. */
    private void takeUp(CongressCase c) {
        if (c.state() == CongressState.DOSSIER_SUBMITTED) {
            cases.move(c.id(), new CongressMove(CongressState.UNDER_APPRAISAL, null, null, null, null));
        }
    }

    private DossierItem itemOf(CongressCase c, long itemId) {
        return checklist.itemsFor(c.level().name(), c.kind()).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() ->
                        DomainException.notFound("dossier.error.itemNotFound", String.valueOf(itemId), c.orgName()));
    }

    private int currentRound(long caseId) {
        return jdbc.sql("select coalesce(max(round), 0) from dossier_round where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    private void verdict(long caseId, int round, String verdict, String note) {
        jdbc.sql("""
                        update dossier_round set verdict = ?, verdict_at = ?, verdict_by = ?, verdict_note = ?
                        where case_id = ? and round = ?""")
                .params(
                        verdict,
                        Dates.now(clock),
                        access.requireUser().getUsername(),
                        note == null || note.isEmpty() ? null : note,
                        caseId,
                        round)
                .update();
    }

    static org.springframework.context.support.DefaultMessageSourceResolvable stateLabel(CongressState s) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(s.labelKey());
    }
}

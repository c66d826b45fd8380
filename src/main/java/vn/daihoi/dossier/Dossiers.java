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
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
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
 * A congress case's approval dossier as read by both sides: the dossier with its files, comments and rounds, a
 * file's download, the direct superior who appraises it. The unit's side (files uploaded, submission, a
 * submission recorded from paper) is {@link DossierSubmissions}; the superior's side (comments per item, the
 * verdict, a verdict recorded from paper) is {@link DossierAppraisals}. Both lock a case and check their actor
 * here, and every step moves the case through {@link CongressCases#move}, so the state machine and its actors
 * stay the season module's.
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
    private final FileStore files;
    private final OrgTree tree;
    private final DossierChecklist checklist;
    private final Clock clock;

    Dossiers(
            JdbcClient jdbc,
            CongressCases cases,
            AccessControl access,
            FileStore files,
            OrgTree tree,
            DossierChecklist checklist,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
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

    /** The dossier again after a step, read without a second check of the reader. */
    DossierView reread(long caseId) {
        return read(cases.find(caseId).orElseThrow());
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

    /** Refuses (403) a user who may not appraise the case's dossier, read as its reader sees it. */
    void requireAppraiser(long caseId) {
        requireAppraiser(cases.view(caseId));
    }

    /** Refuses (403) a user who is neither the case's follower nor approves on the unit's superior. */
    private void requireAppraiser(CongressCase c) {
        if (!isAppraiser(c)) {
            access.require(Permission.CONGRESS_APPROVE, superiorOf(c.orgId()));
        }
    }

    /** The case locked for the unit's step: the user manages the unit. */
    CongressCase lockAsUnit(long caseId) {
        CongressCase c = lock(caseId);
        access.require(Permission.CONGRESS_MANAGE, c.orgId());
        return c;
    }

    /** The case locked for the appraiser's step: the user appraises it and it is submitted or under appraisal. */
    CongressCase lockAsAppraiser(long caseId) {
        CongressCase c = lock(caseId);
        requireAppraiser(c);
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

    DossierItem itemOf(CongressCase c, long itemId) {
        return checklist.itemsFor(c.level().name(), c.kind()).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() ->
                        DomainException.notFound("dossier.error.itemNotFound", String.valueOf(itemId), c.orgName()));
    }

    /** The checklist's items without a file, in one query (a paper round records many dossiers at once). */
    List<DossierItem> missingItems(CongressCase c) {
        Set<Long> filed = Set.copyOf(jdbc.sql("select distinct item_id from dossier_file where case_id = ?")
                .param(c.id())
                .query(Long.class)
                .list());
        return checklist.itemsFor(c.level().name(), c.kind()).stream()
                .filter(i -> !filed.contains(i.id()))
                .toList();
    }

    /** Items named as the forms and messages name them: "4. Đề án nhân sự; 8. Biên bản". */
    static String titles(List<DossierItem> items) {
        return items.stream().map(Dossiers::title).collect(Collectors.joining("; "));
    }

    static String title(DossierItem item) {
        return item.position() + ". " + item.title();
    }

    int currentRound(long caseId) {
        return jdbc.sql("select coalesce(max(round), 0) from dossier_round where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    /** The case's next step, on the day typed for a paper step or (null) today. */
    void move(CongressCase c, CongressState to, LocalDate on, String reason) {
        cases.move(c.id(), new CongressMove(to, on, null, reason, null));
    }

    /** A day typed for a paper step: required, not in the future, not before the case's previous step. */
    void paperDay(long caseId, LocalDate on, String labelKey) {
        DefaultMessageSourceResolvable label = new DefaultMessageSourceResolvable(labelKey);
        if (on == null) {
            throw new DomainException("dossier.error.paperDateRequired", label);
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("dossier.error.paperDateFuture", label, Dates.format(on));
        }
        LocalDate last = cases.lastStepOn(caseId).orElse(null);
        if (last != null && on.isBefore(last)) {
            throw new DomainException("dossier.error.paperDateBeforeStep", label, Dates.format(on), Dates.format(last));
        }
    }

    /** The signed-in user who records a step. */
    String username() {
        return access.requireUser().getUsername();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now, or the start of the day typed for a paper step. */
    Timestamp at(LocalDate paperDay) {
        return paperDay == null
                ? Dates.now(clock)
                : Timestamp.from(paperDay.atStartOfDay(Dates.ZONE).toInstant());
    }

    static DefaultMessageSourceResolvable stateLabel(CongressState s) {
        return new DefaultMessageSourceResolvable(s.labelKey());
    }
}

package vn.daihoi.drafts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.drafts.DraftRecords.Comment;
import vn.daihoi.drafts.DraftRecords.Contribution;
import vn.daihoi.drafts.DraftRecords.DraftSummary;
import vn.daihoi.drafts.DraftRecords.Publication;
import vn.daihoi.drafts.DraftRecords.Unit;
import vn.daihoi.drafts.DraftText.Paragraph;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgSql;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * Publishing a version to units below, commenting on it until the deadline, and forwarding a unit's
 * compiled comments up. A comment is seen only by the unit holding it (DRAFT_EDIT there) and its author;
 * forwarding moves it to the next unit up and appends the forwarding unit to its path.
 */
@Service
public class DraftPublications {

    static final int MAX_COMMENT = 5_000;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final Drafts drafts;
    private final OrgTree tree;

    DraftPublications(JdbcClient jdbc, AccessControl access, AuditLog audit, Clock clock, Drafts drafts, OrgTree tree) {
        this.tree = tree;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.drafts = drafts;
    }

    /**
     * Publishes version {@code number} of the draft to the chosen units strictly below its unit, and to all
     * units below at {@code level} if given; {@code toMembers} lets the members of those units comment
     * themselves, {@code publicPortal} shows the text on the public portal.
     */
    @Transactional
    public long publish(
            long draftId,
            int number,
            List<Long> unitIds,
            String level,
            boolean toMembers,
            boolean publicPortal,
            LocalDate deadline) {
        DraftSummary draft = drafts.summary(draftId);
        access.require(Permission.DRAFT_EDIT, draft.orgId());
        Long versionId = jdbc.sql("select id from draft_version where draft_id = ? and number = ?")
                .params(draftId, number)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("drafts.error.versionNotFound", number));
        if (deadline == null) {
            throw new DomainException("drafts.error.deadlineRequired");
        }
        if (deadline.isBefore(LocalDate.now(clock))) {
            throw new DomainException("drafts.error.deadlineInPast", Dates.format(deadline));
        }
        Set<Long> units = new LinkedHashSet<>();
        for (Long unit : unitIds == null ? List.<Long>of() : unitIds) {
            if (unit == null || !below(draft.orgId(), unit)) {
                throw new DomainException("drafts.error.unitNotBelow", unitName(unit), draft.orgName());
            }
            units.add(unit);
        }
        if (level != null && !level.isBlank()) {
            Arrays.stream(OrgLevel.values())
                    .filter(l -> l.name().equals(level.strip()))
                    .findFirst()
                    .ifPresent(l -> units.addAll(tree.liveBelow(draft.orgId(), l)));
        }
        if (units.isEmpty()) {
            throw new DomainException("drafts.error.noUnits");
        }
        String user = access.requireUser().getUsername();
        long id = jdbc.sql("""
                insert into draft_publication (draft_id, version_id, publisher_org_id, to_members, public_portal,
                    deadline, published_by, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(draftId, versionId, draft.orgId(), toMembers, publicPortal, deadline, user, now())
                .query(Long.class)
                .single();
        for (long unit : units) {
            jdbc.sql("insert into draft_publication_unit (publication_id, org_id) values (?, ?)")
                    .params(id, unit)
                    .update();
        }
        audit.record(AuditLog.Change.of(
                        "DRAFT_PUBLISH",
                        "draft_publication",
                        id,
                        draft.orgId(),
                        "Gửi xin ý kiến dự thảo «" + draft.title() + "» (phiên bản " + number + ") tới " + units.size()
                                + " đơn vị, hạn " + Dates.format(deadline))
                .withDetails("units=" + units + " toMembers=" + toMembers + " public=" + publicPortal));
        return id;
    }

    /** A publication the user may see: as its publisher's reader or as a reader/commenter of a unit it went to. */
    public Publication find(long publicationId) {
        Publication p = load(publicationId).orElseThrow(() -> notFound(publicationId));
        if (!access.can(Permission.DRAFT_VIEW, p.publisherOrgId())
                && !reachesUnit(p, Permission.DRAFT_VIEW)
                && !reachesUnit(p, Permission.DRAFT_COMMENT)) {
            throw new AccessDeniedException("publication " + publicationId);
        }
        return p;
    }

    /** The text published, for readers of the publication. */
    public List<Paragraph> text(long publicationId) {
        Publication p = find(publicationId);
        return drafts.paragraphs(p.draftId(), p.versionNumber());
    }

    /** The text of a publication flagged for the public portal (no sign-in); empty when not public. */
    public Optional<Publication> publicPublication(long publicationId) {
        return load(publicationId).filter(Publication::publicPortal);
    }

    public List<Paragraph> publicText(Publication p) {
        return drafts.paragraphs(p.draftId(), p.versionNumber());
    }

    /** Publications the user can see: published by a unit they read or sent to a unit they may comment for. */
    public List<Publication> visible() {
        List<Long> view = access.scopeRoots(Permission.DRAFT_VIEW);
        List<Long> comment = access.scopeRoots(Permission.DRAFT_COMMENT);
        if (view.isEmpty() && comment.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                select p.id from draft_publication p
                where %s
                   or exists (select 1 from draft_publication_unit u where u.publication_id = p.id and %s)
                order by p.id desc limit 200""".formatted(
                        OrgSql.within("p.publisher_org_id", "in (:view)"), OrgSql.within("u.org_id", "in (:units)")))
                .param("view", view.isEmpty() ? List.of(-1L) : view)
                .param("units", concat(view, comment))
                .query(Long.class)
                .list();
        return ids.stream().map(id -> load(id).orElseThrow()).toList();
    }

    /** The units of the publication the user may comment for (as themselves or as the unit). */
    public List<Unit> commentingUnits(Publication p) {
        return p.units().stream()
                .filter(u -> access.can(Permission.DRAFT_COMMENT, u.id()))
                .filter(u -> p.toMembers() || access.can(Permission.DRAFT_EDIT, u.id()))
                .toList();
    }

    /** The units (recipients or publisher) where the user collects comments (DRAFT_EDIT). */
    public List<Unit> collectingUnits(Publication p) {
        List<Unit> out = new ArrayList<>();
        if (access.can(Permission.DRAFT_EDIT, p.publisherOrgId())) {
            out.add(new Unit(p.publisherOrgId(), p.publisherName()));
        }
        p.units().stream()
                .filter(u -> access.can(Permission.DRAFT_EDIT, u.id()))
                .forEach(out::add);
        return out;
    }

    /**
     * A comment for unit {@code orgId} on the paragraph or section {@code anchor} (blank: the whole text).
     * Refused after the deadline. A member's comment (no DRAFT_EDIT on the unit) needs a publication open
     * to members.
     */
    @Transactional
    public long comment(long publicationId, Long orgId, String anchor, String text) {
        Publication p = find(publicationId);
        if (!reachesUnit(p, Permission.DRAFT_COMMENT)) {
            throw new AccessDeniedException("comment on " + publicationId);
        }
        if (orgId == null) {
            throw new DomainException("drafts.error.unitRequired");
        }
        if (p.units().stream().noneMatch(u -> u.id() == orgId)) {
            throw new DomainException("drafts.error.notRecipient", unitName(orgId), p.title());
        }
        access.require(Permission.DRAFT_COMMENT, orgId);
        boolean asUnit = access.can(Permission.DRAFT_EDIT, orgId);
        if (!asUnit && !p.toMembers()) {
            throw new DomainException("drafts.error.membersNotInvited", p.title());
        }
        if (LocalDate.now(clock).isAfter(p.deadline())) {
            throw new DomainException("drafts.error.deadlinePassed", Dates.format(p.deadline()), p.title());
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new DomainException("drafts.error.commentRequired");
        }
        if (clean.length() > MAX_COMMENT) {
            throw new DomainException("drafts.error.commentTooLong", MAX_COMMENT);
        }
        String cleanAnchor = anchor == null || anchor.isBlank() ? null : anchor.strip();
        if (cleanAnchor != null
                && drafts.paragraphs(p.draftId(), p.versionNumber()).stream()
                        .noneMatch(x -> x.anchor().equals(cleanAnchor))) {
            throw new DomainException("drafts.error.unknownAnchor", cleanAnchor, p.versionNumber());
        }
        var user = access.requireUser();
        // Not audited one by one: a member's comment is for the collecting unit's eyes only, and the row
        // itself keeps who wrote it and when.
        return jdbc.sql("""
                insert into draft_comment (publication_id, anchor, origin_org_id, author, author_name, from_member,
                    text, created_at, holder_org_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        publicationId,
                        cleanAnchor,
                        orgId,
                        user.getUsername(),
                        user.getFullName(),
                        !asUnit,
                        clean,
                        now(),
                        orgId)
                .query(Long.class)
                .single();
    }

    /** The comments unit {@code orgId} holds now (its members', its own and those forwarded to it). */
    public List<Comment> held(long publicationId, long orgId) {
        find(publicationId);
        access.require(Permission.DRAFT_EDIT, orgId);
        return comments("c.publication_id = ? and c.holder_org_id = ?", publicationId, orgId);
    }

    /** The user's own comments on the publication, wherever they are now. */
    public List<Comment> mine(long publicationId) {
        find(publicationId);
        return comments(
                "c.publication_id = ? and c.author = ?",
                publicationId,
                access.requireUser().getUsername());
    }

    /**
     * Forwards what unit {@code orgId} holds, as its contribution, to the next unit up that received the
     * publication or published it. Each comment keeps its origin and gets {@code orgId} added to its path.
     */
    @Transactional
    public Contribution forward(long publicationId, Long orgId, String note) {
        Publication p = find(publicationId);
        if (collectingUnits(p).isEmpty()) {
            throw new AccessDeniedException("forward " + publicationId);
        }
        if (orgId == null) {
            throw new DomainException("drafts.error.unitRequired");
        }
        access.require(Permission.DRAFT_EDIT, orgId);
        if (orgId == p.publisherOrgId()) {
            throw new DomainException("drafts.error.atPublisher", p.publisherName());
        }
        // the nearest unit above that the publication reached: its publisher or one of its units
        Set<Long> reached = new HashSet<>();
        reached.add(p.publisherOrgId());
        p.units().forEach(u -> reached.add(u.id()));
        List<OrgNode> above = new ArrayList<>(tree.ancestors(orgId, LocalDate.now(clock)));
        Collections.reverse(above);
        Long to = above.stream()
                .map(OrgNode::id)
                .filter(reached::contains)
                .findFirst()
                .orElseThrow(() -> new DomainException("drafts.error.notBelowPublisher", p.publisherName()));
        int moved = jdbc.sql("""
                update draft_comment set holder_org_id = ?, path = path || ?::bigint
                where publication_id = ? and holder_org_id = ?""").params(to, orgId, publicationId, orgId).update();
        if (moved == 0) {
            throw new DomainException("drafts.error.nothingToForward");
        }
        String user = access.requireUser().getUsername();
        jdbc.sql("""
                insert into draft_contribution (publication_id, from_org_id, to_org_id, comments, note, forwarded_by, forwarded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        publicationId,
                        orgId,
                        to,
                        moved,
                        note == null || note.isBlank() ? null : note.strip(),
                        user,
                        now())
                .update();
        String toName = orgName(to);
        audit.record(AuditLog.Change.of(
                "DRAFT_FORWARD",
                "draft_publication",
                publicationId,
                orgId,
                "Chuyển " + moved + " ý kiến về dự thảo «" + p.title() + "» lên " + toName));
        return new Contribution(orgId, to, toName, moved, clock.instant());
    }

    /** The units whose subtrees the user may write drafts for (where a draft can be created). */
    public List<Unit> editableRoots() {
        List<Long> roots = access.scopeRoots(Permission.DRAFT_EDIT);
        if (roots.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.id, %s from unnest(?::bigint[]) r(id) order by r.id"
                        .formatted(Drafts.ORG_NAME.formatted("r.id")))
                .param(roots.stream().distinct().toArray(Long[]::new))
                .query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The ids of units given by their codes; an unknown code is refused by name. */
    public List<Long> unitsByCode(List<String> codes) {
        List<Long> ids = new ArrayList<>();
        for (String code : codes) {
            ids.add(tree.idOfCode(code.strip())
                    .orElseThrow(() -> new DomainException("drafts.error.unknownUnit", code)));
        }
        return ids;
    }

    Optional<Publication> load(long id) {
        return jdbc.sql("""
                select p.id, p.draft_id, d.kind, d.title, v.number, p.publisher_org_id, %s, p.to_members,
                       p.public_portal, p.deadline, p.published_by, p.published_at
                from draft_publication p join draft d on d.id = p.draft_id join draft_version v on v.id = p.version_id
                where p.id = ?""".formatted(Drafts.ORG_NAME.formatted("p.publisher_org_id")))
                .param(id)
                .query((rs, i) -> new Publication(
                        rs.getLong(1),
                        rs.getLong(2),
                        DraftKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getLong(6),
                        rs.getString(7),
                        rs.getBoolean(8),
                        rs.getBoolean(9),
                        rs.getObject(10, LocalDate.class),
                        rs.getString(11),
                        rs.getTimestamp(12).toInstant(),
                        units(id)))
                .optional();
    }

    DomainException notFound(long id) {
        return DomainException.notFound("drafts.error.publicationNotFound", Long.toString(id));
    }

    private List<Unit> units(long publicationId) {
        return jdbc.sql("select u.org_id, %s from draft_publication_unit u where u.publication_id = ? order by 2, 1"
                        .formatted(Drafts.ORG_NAME.formatted("u.org_id")))
                .param(publicationId)
                .query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private boolean reachesUnit(Publication p, Permission permission) {
        return p.units().stream().anyMatch(u -> access.can(permission, u.id()));
    }

    private boolean below(long ancestor, long unit) {
        return jdbc.sql("select " + OrgSql.below("?", "= ?"))
                .params(unit, ancestor)
                .query(Boolean.class)
                .single();
    }

    private String unitName(Long unit) {
        if (unit == null) {
            return "?";
        }
        String name = jdbc.sql("select " + Drafts.ORG_NAME.formatted("?"))
                .param(unit)
                .query(String.class)
                .optional()
                .orElse(null);
        return name == null ? Long.toString(unit) : name;
    }

    private String orgName(long orgId) {
        return jdbc.sql("select " + Drafts.ORG_NAME.formatted("?"))
                .param(orgId)
                .query(String.class)
                .single();
    }

    private List<Comment> comments(String where, Object... params) {
        return jdbc.sql("""
                select c.id, c.anchor, %s, c.author, c.author_name, c.from_member, c.text, c.created_at, %s,
                       array(select %s from unnest(c.path) with ordinality as x(org, n) order by n)
                from draft_comment c where %s order by c.id""".formatted(
                                Drafts.ORG_NAME.formatted("c.origin_org_id"),
                                Drafts.ORG_NAME.formatted("c.holder_org_id"),
                                Drafts.ORG_NAME.formatted("x.org"),
                                where))
                .params(params)
                .query(DraftPublications::commentRow)
                .list();
    }

    private static Comment commentRow(ResultSet rs, int i) throws SQLException {
        Array path = rs.getArray(10);
        return new Comment(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getBoolean(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant(),
                rs.getString(9),
                path == null ? List.of() : Arrays.asList((String[]) path.getArray()));
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}

package vn.daihoi.drafts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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
import vn.daihoi.drafts.DraftRecords.Publication;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * Comments on a publication until its deadline, and forwarding a unit's compiled comments up. A comment is
 * seen only by the unit holding it (DRAFT_EDIT there) and its author; forwarding moves it to the next unit
 * up and appends the forwarding unit to its path.
 */
@Service
public class DraftComments {

    static final int MAX_COMMENT = 5_000;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final Drafts drafts;
    private final DraftPublications publications;
    private final OrgTree tree;

    DraftComments(
            JdbcClient jdbc,
            AccessControl access,
            AuditLog audit,
            Clock clock,
            Drafts drafts,
            DraftPublications publications,
            OrgTree tree) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.drafts = drafts;
        this.publications = publications;
        this.tree = tree;
    }

    /**
     * A comment for unit {@code orgId} on the paragraph or section {@code anchor} (blank: the whole text).
     * Refused after the deadline. A member's comment (no DRAFT_EDIT on the unit) needs a publication open
     * to members.
     */
    @Transactional
    public long comment(long publicationId, Long orgId, String anchor, String text) {
        Publication p = publications.find(publicationId);
        if (!publications.reachesUnit(p, Permission.DRAFT_COMMENT)) {
            throw new AccessDeniedException("comment on " + publicationId);
        }
        if (orgId == null) {
            throw new DomainException("drafts.error.unitRequired");
        }
        if (p.units().stream().noneMatch(u -> u.id() == orgId)) {
            throw new DomainException("drafts.error.notRecipient", publications.unitName(orgId), p.title());
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
                        Dates.now(clock),
                        orgId)
                .query(Long.class)
                .single();
    }

    /** The comments unit {@code orgId} holds now (its members', its own and those forwarded to it). */
    public List<Comment> held(long publicationId, long orgId) {
        publications.find(publicationId);
        access.require(Permission.DRAFT_EDIT, orgId);
        return comments("c.publication_id = ? and c.holder_org_id = ?", publicationId, orgId);
    }

    /** The user's own comments on the publication, wherever they are now. */
    public List<Comment> mine(long publicationId) {
        publications.find(publicationId);
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
        Publication p = publications.find(publicationId);
        if (publications.collectingUnits(p).isEmpty()) {
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
                        Dates.now(clock))
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
                .query(DraftComments::commentRow)
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
}

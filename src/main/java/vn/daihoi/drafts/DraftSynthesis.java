package vn.daihoi.drafts;

import java.sql.Array;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.drafts.DraftRecords.AnchorCount;
import vn.daihoi.drafts.DraftRecords.Point;
import vn.daihoi.drafts.DraftRecords.Publication;
import vn.daihoi.drafts.DraftRecords.Synthesis;
import vn.daihoi.drafts.DraftText.Paragraph;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * The synthesis (tổng hợp ý kiến) at the publisher: the comments it holds, grouped by section and paragraph,
 * with units and people counted per point; an editor (DRAFT_EDIT on the publisher) merges duplicates into
 * one point and writes the response (tiếp thu / giải trình). Reading needs DRAFT_VIEW on the publisher.
 */
@Service
public class DraftSynthesis {

    public static final int PAGE_SIZE = 100;

    public enum ResponseKind {
        /** Tiếp thu. */
        ACCEPTED,
        /** Giải trình. */
        EXPLAINED
    }

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final DraftPublications publications;
    private final Drafts drafts;

    DraftSynthesis(
            JdbcClient jdbc,
            AccessControl access,
            AuditLog audit,
            Clock clock,
            DraftPublications publications,
            Drafts drafts) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.publications = publications;
        this.drafts = drafts;
    }

    /** The synthesis with one page of points ({@link #PAGE_SIZE} per page, from 0). */
    public Synthesis synthesis(long publicationId, int page) {
        Publication p = publication(publicationId, Permission.DRAFT_VIEW);
        Map<String, String> labels = labels(p);
        int[] totals = jdbc.sql("""
                select count(*), count(distinct origin_org_id), count(distinct author) from draft_comment
                where publication_id = ? and holder_org_id = ?""")
                .params(publicationId, p.publisherOrgId())
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
                .single();
        List<AnchorCount> anchors = jdbc.sql("""
                select c.anchor, count(*), count(distinct c.origin_org_id), count(distinct c.author)
                from draft_comment c
                left join draft_paragraph dp on dp.version_id = (select version_id from draft_publication where id = ?)
                    and dp.anchor = c.anchor
                where c.publication_id = ? and c.holder_org_id = ?
                group by c.anchor, dp.position order by dp.position nulls first""")
                .params(publicationId, publicationId, p.publisherOrgId())
                .query((rs, i) -> new AnchorCount(
                        rs.getString(1), labels.get(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
        int groups = jdbc.sql("""
                select count(distinct coalesce(point_id, -id)) from draft_comment
                where publication_id = ? and holder_org_id = ?""")
                .params(publicationId, p.publisherOrgId())
                .query(Integer.class)
                .single();
        int pages = Math.max(1, (groups + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.clamp(page, 0, pages - 1);
        List<Point> points = points(p, labels, current * PAGE_SIZE, PAGE_SIZE);
        return new Synthesis(p, totals[0], totals[1], totals[2], anchors, points, current, pages);
    }

    /** Every point, in text order (for the exports). */
    public List<Point> allPoints(long publicationId) {
        Publication p = publication(publicationId, Permission.DRAFT_VIEW);
        return points(p, labels(p), 0, Integer.MAX_VALUE);
    }

    public Publication publication(long publicationId) {
        return publication(publicationId, Permission.DRAFT_VIEW);
    }

    /**
     * Merges comments and points held by the publisher into one point with {@code summary} (the first
     * comment's text when blank); a response already written on a merged point is kept.
     */
    @Transactional
    public long merge(long publicationId, List<Long> commentIds, List<Long> pointIds, String summary) {
        Publication p = publication(publicationId, Permission.DRAFT_EDIT);
        List<Long> comments = commentIds == null ? List.of() : commentIds;
        List<Long> points = pointIds == null ? List.of() : pointIds;
        if (comments.size() + points.size() == 0) {
            throw new DomainException("drafts.error.nothingToMerge");
        }
        Set<Long> ids = new LinkedHashSet<>(comments);
        if (!points.isEmpty()) {
            ids.addAll(jdbc.sql("select id from draft_comment where point_id in (:points) and publication_id = :p")
                    .param("points", points)
                    .param("p", publicationId)
                    .query(Long.class)
                    .list());
        }
        List<Map<String, Object>> rows = jdbc.sql("""
                select id, anchor, text from draft_comment
                where id in (:ids) and publication_id = :p and holder_org_id = :holder order by id""")
                .param("ids", ids.isEmpty() ? List.of(-1L) : List.copyOf(ids))
                .param("p", publicationId)
                .param("holder", p.publisherOrgId())
                .query()
                .listOfRows();
        if (rows.size() != ids.size() || rows.isEmpty()) {
            throw new DomainException("drafts.error.notInSynthesis", p.publisherName());
        }
        Set<Object> anchors = new LinkedHashSet<>();
        rows.forEach(r -> anchors.add(String.valueOf(r.get("anchor"))));
        String anchor = anchors.size() == 1 ? (String) rows.getFirst().get("anchor") : null;
        String text =
                summary == null || summary.isBlank() ? (String) rows.getFirst().get("text") : summary.strip();
        if (text.length() > DraftComments.MAX_COMMENT) {
            throw new DomainException("drafts.error.commentTooLong", DraftComments.MAX_COMMENT);
        }
        String user = access.requireUser().getUsername();
        long point = jdbc.sql("""
                insert into draft_point (publication_id, anchor, summary, created_by, created_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(publicationId, anchor, text, user, Dates.now(clock))
                .query(Long.class)
                .single();
        if (!points.isEmpty()) {
            jdbc.sql("""
                    update draft_point n set response_kind = o.response_kind, response = o.response,
                        responded_by = o.responded_by, responded_at = o.responded_at
                    from (select * from draft_point where id in (:points) and publication_id = :p
                          and response is not null order by id limit 1) o
                    where n.id = :n""")
                    .param("points", points)
                    .param("p", publicationId)
                    .param("n", point)
                    .update();
        }
        jdbc.sql("update draft_comment set point_id = :n where id in (:ids)")
                .param("n", point)
                .param("ids", List.copyOf(ids))
                .update();
        if (!points.isEmpty()) {
            jdbc.sql("delete from draft_point where id in (:points) and publication_id = :p")
                    .param("points", points)
                    .param("p", publicationId)
                    .update();
        }
        audit.record(AuditLog.Change.of(
                        "DRAFT_MERGE",
                        "draft_point",
                        point,
                        p.publisherOrgId(),
                        "Gộp " + ids.size() + " ý kiến về dự thảo «" + p.title() + "» thành một điểm")
                .withDetails("comments=" + ids));
        return point;
    }

    /** Writes the response to a point. */
    @Transactional
    public void respond(long publicationId, long pointId, ResponseKind kind, String response) {
        Publication p = publication(publicationId, Permission.DRAFT_EDIT);
        if (kind == null) {
            throw new DomainException("drafts.error.responseKindRequired");
        }
        String text = response == null ? "" : response.strip();
        if (text.isEmpty()) {
            throw new DomainException("drafts.error.responseRequired");
        }
        if (text.length() > DraftComments.MAX_COMMENT) {
            throw new DomainException("drafts.error.commentTooLong", DraftComments.MAX_COMMENT);
        }
        int updated = jdbc.sql("""
                update draft_point set response_kind = ?, response = ?, responded_by = ?, responded_at = ?
                where id = ? and publication_id = ?""")
                .params(kind.name(), text, access.requireUser().getUsername(), Dates.now(clock), pointId, publicationId)
                .update();
        if (updated == 0) {
            throw DomainException.notFound("drafts.error.pointNotFound", Long.toString(pointId));
        }
        audit.record(AuditLog.Change.of(
                        "DRAFT_RESPOND",
                        "draft_point",
                        pointId,
                        p.publisherOrgId(),
                        (kind == ResponseKind.ACCEPTED ? "Tiếp thu" : "Giải trình") + " ý kiến về dự thảo «" + p.title()
                                + "»")
                .withDetails(text));
    }

    /** Responds to a lone comment: it becomes a point of its own first. */
    @Transactional
    public long respondToComment(long publicationId, long commentId, ResponseKind kind, String response) {
        publication(publicationId, Permission.DRAFT_EDIT);
        long point = merge(publicationId, List.of(commentId), List.of(), null);
        respond(publicationId, point, kind, response);
        return point;
    }

    private Publication publication(long publicationId, Permission permission) {
        Publication p = publications.load(publicationId).orElseThrow(() -> publications.notFound(publicationId));
        access.require(permission, p.publisherOrgId());
        return p;
    }

    private Map<String, String> labels(Publication p) {
        Map<String, String> labels = new HashMap<>();
        for (Paragraph x : drafts.paragraphs(p.draftId(), p.versionNumber())) {
            labels.put(x.anchor(), x.label());
        }
        return labels;
    }

    private List<Point> points(Publication p, Map<String, String> labels, int offset, int limit) {
        return jdbc.sql("""
                with g as (
                    select c.point_id, case when c.point_id is null then min(c.id) end as comment_id,
                           min(c.anchor) as anchor, case when c.point_id is null then min(c.text) end as text,
                           count(*) as comments, count(distinct c.origin_org_id) as units,
                           count(distinct c.author) as people, min(c.id) as first_id
                    from draft_comment c where c.publication_id = :p and c.holder_org_id = :holder
                    group by c.point_id, case when c.point_id is null then c.id end)
                select g.point_id, g.comment_id, coalesce(pt.anchor, case when g.point_id is null then g.anchor end),
                       coalesce(pt.summary, g.text), g.comments, g.units, g.people,
                       %s, c1.author_name,
                       array(select %s from unnest(c1.path) with ordinality as x(org, n) order by n),
                       pt.response_kind, pt.response
                from g
                left join draft_point pt on pt.id = g.point_id
                left join draft_comment c1 on c1.id = g.comment_id
                left join draft_paragraph dp on dp.version_id = :version
                    and dp.anchor = coalesce(pt.anchor, case when g.point_id is null then g.anchor end)
                order by dp.position nulls first, g.first_id
                limit :limit offset :offset""".formatted(
                                Drafts.ORG_NAME.formatted("c1.origin_org_id"), Drafts.ORG_NAME.formatted("x.org")))
                .param("p", p.id())
                .param("holder", p.publisherOrgId())
                .param("version", versionId(p))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, i) -> {
                    String anchor = rs.getString(3);
                    Array path = rs.getArray(10);
                    return new Point(
                            (Long) rs.getObject(1),
                            (Long) rs.getObject(2),
                            anchor,
                            anchor == null ? null : labels.get(anchor),
                            rs.getString(4),
                            rs.getInt(5),
                            rs.getInt(6),
                            rs.getInt(7),
                            rs.getString(8),
                            rs.getString(9),
                            path == null ? List.of() : Arrays.asList((String[]) path.getArray()),
                            rs.getString(11),
                            rs.getString(12));
                })
                .list();
    }

    private long versionId(Publication p) {
        return jdbc.sql("select version_id from draft_publication where id = ?")
                .param(p.id())
                .query(Long.class)
                .single();
    }
}

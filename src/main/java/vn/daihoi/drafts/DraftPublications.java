package vn.daihoi.drafts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.drafts.DraftRecords.DraftSummary;
import vn.daihoi.drafts.DraftRecords.Publication;
import vn.daihoi.drafts.DraftRecords.Unit;
import vn.daihoi.drafts.DraftText.Paragraph;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgSql;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * Publishing a version to units below and reading the publications: who may see one, the text, the units
 * that comment or collect. The comments themselves are {@link DraftComments}.
 */
@Service
public class DraftPublications {

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
                .params(draftId, versionId, draft.orgId(), toMembers, publicPortal, deadline, user, Dates.now(clock))
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
        // two statements whatever the number of rows: the publications, then the units of all of them
        return loadAll(
                OrgSql.within("p.publisher_org_id", "in (:view)")
                        + " or exists (select 1 from draft_publication_unit u where u.publication_id = p.id and "
                        + OrgSql.within("u.org_id", "in (:units)") + ")"
                        + " order by p.id desc limit 200",
                Map.of("view", view.isEmpty() ? List.of(-1L) : view, "units", concat(view, comment)));
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
        return loadAll("p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The publications matching {@code where} (named parameters), with their units: two statements. */
    private List<Publication> loadAll(String where, Map<String, ?> params) {
        Map<Long, List<Unit>> units = new HashMap<>();
        List<Publication> publications = jdbc.sql("""
                select p.id, p.draft_id, d.kind, d.title, v.number, p.publisher_org_id, %s, p.to_members,
                       p.public_portal, p.deadline, p.published_by, p.published_at
                from draft_publication p join draft d on d.id = p.draft_id join draft_version v on v.id = p.version_id
                where %s""".formatted(Drafts.ORG_NAME.formatted("p.publisher_org_id"), where))
                .params(params)
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
                        units.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())))
                .list();
        if (!publications.isEmpty()) {
            jdbc.sql("""
                            select u.publication_id, u.org_id, %s from draft_publication_unit u
                            where u.publication_id in (:ids) order by 1, 3, 2""".formatted(Drafts.ORG_NAME.formatted("u.org_id")))
                    .param("ids", units.keySet())
                    .query(rs -> {
                        units.get(rs.getLong(1)).add(new Unit(rs.getLong(2), rs.getString(3)));
                    });
        }
        return publications;
    }

    DomainException notFound(long id) {
        return DomainException.notFound("drafts.error.publicationNotFound", Long.toString(id));
    }

    boolean reachesUnit(Publication p, Permission permission) {
        return p.units().stream().anyMatch(u -> access.can(permission, u.id()));
    }

    private boolean below(long ancestor, long unit) {
        return jdbc.sql("select " + OrgSql.below("?", "= ?"))
                .params(unit, ancestor)
                .query(Boolean.class)
                .single();
    }

    String unitName(Long unit) {
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

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

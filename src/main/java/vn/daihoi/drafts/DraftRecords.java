package vn.daihoi.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records the drafts module hands out (API responses and page models). */
public final class DraftRecords {

    private DraftRecords() {}

    public record DraftSummary(
            long id, long orgId, String orgName, DraftKind kind, String title, int latestVersion, Instant updatedAt) {}

    public record Version(long id, int number, String author, Instant createdAt, String note) {}

    public record DraftDetail(DraftSummary draft, List<Version> versions) {}

    public record Unit(long id, String name) {}

    public record Publication(
            long id,
            long draftId,
            DraftKind kind,
            String title,
            int versionNumber,
            long publisherOrgId,
            String publisherName,
            boolean toMembers,
            boolean publicPortal,
            LocalDate deadline,
            String publishedBy,
            Instant publishedAt,
            List<Unit> units) {}

    /** A comment with its origin (unit and person) and the units it was forwarded through, oldest first. */
    public record Comment(
            long id,
            String anchor,
            String originOrgName,
            String author,
            String authorName,
            boolean fromMember,
            String text,
            Instant createdAt,
            String holderName,
            List<String> path) {}

    /** What was forwarded: from which unit to which, how many comments. */
    public record Contribution(long fromOrgId, long toOrgId, String toName, int comments, Instant forwardedAt) {}

    /** Counts of one section or paragraph at the publisher. */
    public record AnchorCount(String anchor, String label, int comments, int units, int people) {}

    /**
     * A point of the synthesis: a merged point ({@code pointId} set) or a lone comment ({@code commentId}),
     * with the units and people behind it and the response (tiếp thu / giải trình) once written.
     */
    public record Point(
            Long pointId,
            Long commentId,
            String anchor,
            String label,
            String text,
            int comments,
            int units,
            int people,
            String originUnit,
            String originPerson,
            List<String> path,
            String responseKind,
            String response) {}

    public record Synthesis(
            Publication publication,
            int comments,
            int units,
            int people,
            List<AnchorCount> anchors,
            List<Point> points,
            int page,
            int pages) {}
}

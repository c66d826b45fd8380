package vn.daihoi.drafts.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.drafts.DraftComments;
import vn.daihoi.drafts.DraftDiff;
import vn.daihoi.drafts.DraftExports;
import vn.daihoi.drafts.DraftFiling;
import vn.daihoi.drafts.DraftKind;
import vn.daihoi.drafts.DraftPublications;
import vn.daihoi.drafts.DraftRecords.Comment;
import vn.daihoi.drafts.DraftRecords.Contribution;
import vn.daihoi.drafts.DraftRecords.DraftDetail;
import vn.daihoi.drafts.DraftRecords.DraftSummary;
import vn.daihoi.drafts.DraftRecords.Publication;
import vn.daihoi.drafts.DraftRecords.Synthesis;
import vn.daihoi.drafts.DraftSynthesis;
import vn.daihoi.drafts.DraftText.Paragraph;
import vn.daihoi.drafts.Drafts;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;

/**
 * Drafts, versions, publication, comments, forwarding and the synthesis as JSON (HTTP Basic). Dates are ISO
 * yyyy-MM-dd; ids may be sent as numbers or strings; errors are ProblemDetails with a Vietnamese detail.
 */
@RestController
class DraftApiController {

    record NewDraft(String orgId, String kind, String title, String body, String note) {}

    record NewVersion(String body, String note) {}

    record PublishRequest(
            String version,
            List<Long> unitIds,
            String level,
            Boolean toMembers,
            Boolean publicPortal,
            String deadline) {}

    record NewComment(String orgId, String anchor, String text) {}

    record ForwardRequest(String orgId, String note) {}

    record MergeRequest(List<Long> commentIds, List<Long> pointIds, String summary) {}

    record ResponseRequest(String kind, String text) {}

    record PublicationText(Publication publication, List<Paragraph> text) {}

    private final Drafts drafts;
    private final DraftPublications publications;
    private final DraftComments comments;
    private final DraftSynthesis synthesis;
    private final AccessControl access;
    private final DraftExports exports;
    private final DraftFiling filing;

    DraftApiController(
            Drafts drafts,
            DraftPublications publications,
            DraftComments comments,
            DraftSynthesis synthesis,
            AccessControl access,
            DraftExports exports,
            DraftFiling filing) {
        this.drafts = drafts;
        this.publications = publications;
        this.comments = comments;
        this.synthesis = synthesis;
        this.access = access;
        this.exports = exports;
        this.filing = filing;
    }

    @GetMapping("/api/drafts")
    List<DraftSummary> list() {
        access.requireSomewhere(Permission.DRAFT_VIEW);
        return drafts.list();
    }

    @PostMapping("/api/drafts")
    ResponseEntity<Map<String, Long>> create(@RequestBody NewDraft r) {
        access.requireSomewhere(Permission.DRAFT_EDIT);
        long org = id("orgId", r.orgId());
        long id = drafts.create(org, kind(r.kind()), r.title(), r.body(), r.note());
        return ResponseEntity.created(URI.create("/api/drafts/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/api/drafts/{id}")
    DraftDetail get(@PathVariable long id) {
        return drafts.find(id);
    }

    @PostMapping("/api/drafts/{id}/filing")
    @io.swagger.v3.oas.annotations.Operation(
            summary =
                    "Lưu dự thảo (DOCX phiên bản mới nhất, tổng hợp ý kiến DOCX và XLSX) vào hồ sơ đại hội của đơn vị")
    DraftFiling.Filing file(@PathVariable long id) {
        return filing.file(id);
    }

    @GetMapping("/api/drafts/{id}/versions/{number}")
    List<Paragraph> version(@PathVariable long id, @PathVariable int number) {
        return drafts.text(id, number);
    }

    @PostMapping("/api/drafts/{id}/versions")
    Map<String, Integer> addVersion(@PathVariable long id, @RequestBody NewVersion r) {
        return Map.of("number", drafts.addVersion(id, r.body(), r.note()));
    }

    @GetMapping("/api/drafts/{id}/diff")
    List<DraftDiff.Row> diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return drafts.diff(id, from, to);
    }

    @PostMapping("/api/drafts/{id}/publications")
    ResponseEntity<Map<String, Long>> publish(@PathVariable long id, @RequestBody PublishRequest r) {
        int version = r.version() == null || r.version().isBlank()
                ? drafts.find(id).draft().latestVersion()
                : (int) id("version", r.version());
        long publication = publications.publish(
                id,
                version,
                r.unitIds(),
                r.level(),
                Boolean.TRUE.equals(r.toMembers()),
                Boolean.TRUE.equals(r.publicPortal()),
                isoDate("deadline", r.deadline()));
        return ResponseEntity.created(URI.create("/api/draft-publications/" + publication))
                .body(Map.of("id", publication));
    }

    @GetMapping("/api/draft-publications")
    List<Publication> visible() {
        // Readers of drafts see the list too (as on the page), not only those who may comment.
        if (access.scopeRoots(Permission.DRAFT_VIEW).isEmpty()) {
            access.requireSomewhere(Permission.DRAFT_COMMENT);
        }
        return publications.visible();
    }

    @GetMapping("/api/draft-publications/{id}")
    PublicationText publication(@PathVariable long id) {
        return new PublicationText(publications.find(id), publications.text(id));
    }

    @PostMapping("/api/draft-publications/{id}/comments")
    ResponseEntity<Map<String, Long>> comment(@PathVariable long id, @RequestBody NewComment r) {
        publications.find(id);
        Long org = r.orgId() == null || r.orgId().isBlank() ? null : id("orgId", r.orgId());
        long comment = comments.comment(id, org, r.anchor(), r.text());
        return ResponseEntity.status(201).body(Map.of("id", comment));
    }

    /** The comments unit {@code orgId} holds now, or without it the user's own comments. */
    @GetMapping("/api/draft-publications/{id}/comments")
    List<Comment> comments(@PathVariable long id, @RequestParam(required = false) Long orgId) {
        return orgId == null ? comments.mine(id) : comments.held(id, orgId);
    }

    @PostMapping("/api/draft-publications/{id}/forward")
    Contribution forward(@PathVariable long id, @RequestBody ForwardRequest r) {
        publications.find(id);
        Long org = r.orgId() == null || r.orgId().isBlank() ? null : id("orgId", r.orgId());
        return comments.forward(id, org, r.note());
    }

    @GetMapping("/api/draft-publications/{id}/synthesis")
    Synthesis synthesis(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        return synthesis.synthesis(id, page);
    }

    @PostMapping("/api/draft-publications/{id}/points")
    ResponseEntity<Map<String, Long>> merge(@PathVariable long id, @RequestBody MergeRequest r) {
        synthesis.publication(id);
        long point = synthesis.merge(id, r.commentIds(), r.pointIds(), r.summary());
        return ResponseEntity.status(201).body(Map.of("id", point));
    }

    @PostMapping("/api/draft-publications/{id}/points/{point}/response")
    ResponseEntity<Void> respond(@PathVariable long id, @PathVariable long point, @RequestBody ResponseRequest r) {
        synthesis.publication(id);
        synthesis.respond(id, point, responseKind(r.kind()), r.text());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/draft-publications/{id}/synthesis.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, Locale locale) {
        return Downloads.docx("tong-hop-y-kien-" + id + ".docx", exports.docx(id, locale));
    }

    @GetMapping("/api/draft-publications/{id}/synthesis.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        return Downloads.xlsx("tong-hop-y-kien-" + id + ".xlsx", exports.xlsx(id, locale));
    }

    static long id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException("drafts.error.required", field);
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("drafts.error.badNumber", field, value);
        }
    }

    static DraftKind kind(String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException("drafts.error.kindRequired");
        }
        try {
            return DraftKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("drafts.error.badKind", value);
        }
    }

    static DraftSynthesis.ResponseKind responseKind(String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException("drafts.error.responseKindRequired");
        }
        try {
            return DraftSynthesis.ResponseKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("drafts.error.responseKindRequired");
        }
    }

    private static LocalDate isoDate(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException("drafts.error.deadlineRequired");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("drafts.error.badDate", field, value);
        }
    }
}

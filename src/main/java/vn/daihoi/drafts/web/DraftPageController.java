package vn.daihoi.drafts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.drafts.DocxDraft;
import vn.daihoi.drafts.DraftComments;
import vn.daihoi.drafts.DraftExports;
import vn.daihoi.drafts.DraftFiling;
import vn.daihoi.drafts.DraftKind;
import vn.daihoi.drafts.DraftPublications;
import vn.daihoi.drafts.DraftRecords.DraftDetail;
import vn.daihoi.drafts.DraftRecords.Publication;
import vn.daihoi.drafts.DraftRecords.Unit;
import vn.daihoi.drafts.DraftSynthesis;
import vn.daihoi.drafts.DraftText.Paragraph;
import vn.daihoi.drafts.Drafts;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;
import vn.daihoi.platform.FormErrors;

/** The drafts pages: list, a draft with its versions and diff, a publication with comments, the synthesis. */
@Controller
class DraftPageController {

    private final Drafts drafts;
    private final DraftPublications publications;
    private final DraftComments comments;
    private final DraftSynthesis synthesis;
    private final DraftExports exports;
    private final DraftFiling filing;
    private final AccessControl access;
    private final FormActions actions;

    DraftPageController(
            Drafts drafts,
            DraftPublications publications,
            DraftComments comments,
            DraftSynthesis synthesis,
            DraftExports exports,
            DraftFiling filing,
            AccessControl access,
            FormActions actions) {
        this.drafts = drafts;
        this.publications = publications;
        this.comments = comments;
        this.synthesis = synthesis;
        this.exports = exports;
        this.filing = filing;
        this.access = access;
        this.actions = actions;
    }

    @GetMapping("/drafts")
    String list(Model model) {
        if (access.scopeRoots(Permission.DRAFT_VIEW).isEmpty()
                && access.scopeRoots(Permission.DRAFT_COMMENT).isEmpty()) {
            access.requireSomewhere(Permission.DRAFT_VIEW);
        }
        model.addAttribute("drafts", drafts.list());
        model.addAttribute("publications", publications.visible());
        model.addAttribute("editUnits", publications.editableRoots());
        model.addAttribute("kinds", DraftKind.values());
        return "drafts/list";
    }

    @PostMapping("/drafts")
    String create(
            @RequestParam(required = false) String orgId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String note,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.requireSomewhere(Permission.DRAFT_EDIT);
        if (orgId != null && orgId.strip().matches("\\d{1,18}")) {
            access.require(Permission.DRAFT_EDIT, Long.parseLong(orgId.strip())); // a unit of another: 403
        }
        return actions.submit("draft-new", "/drafts", request, redirect, locale, "drafts.created", errors -> {
            errors.place("drafts.error.kindRequired", "kind")
                    .place("drafts.error.badKind", "kind")
                    .place("drafts.error.titleRequired", "title")
                    .place("drafts.error.titleTooLong", "title")
                    .place("drafts.error.bodyRequired", "body")
                    .place("drafts.error.bodyTooLong", "body")
                    .place("drafts.error.noCase", "orgId");
            Long org = unit(errors, "orgId", orgId);
            DraftKind k = errors.parse("kind", () -> DraftApiController.kind(kind));
            String t = errors.text(
                    "title", "drafts.field.title", errors.required("title", "drafts.field.title", title), MAX_TITLE);
            String b = errors.required("body", "drafts.field.body", body);
            String n = errors.text("note", "drafts.field.note", note, MAX_NOTE);
            errors.check();
            return "/drafts/" + drafts.create(org, k, t, b, n);
        });
    }

    @GetMapping("/drafts/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer v, Model model) {
        DraftDetail detail = drafts.find(id);
        int number = v == null ? detail.draft().latestVersion() : v;
        List<Paragraph> text = drafts.text(id, number);
        model.addAttribute("detail", detail);
        model.addAttribute("number", number);
        model.addAttribute("text", text);
        model.addAttribute("source", source(text));
        model.addAttribute(
                "canEdit", access.can(Permission.DRAFT_EDIT, detail.draft().orgId()));
        model.addAttribute("levels", vn.daihoi.org.OrgLevel.values());
        model.addAttribute("filings", filing.filings(id));
        return "drafts/detail";
    }

    @PostMapping("/drafts/{id}/filing")
    String file(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return actions.run("/drafts/" + id, redirect, locale, "drafts.filed", () -> filing.file(id));
    }

    @PostMapping("/drafts/{id}/versions")
    String addVersion(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String note,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        DraftDetail detail = drafts.find(id);
        access.require(Permission.DRAFT_EDIT, detail.draft().orgId());
        return actions.submit(
                "version-new", "/drafts/" + id, request, redirect, locale, "drafts.versionSaved", errors -> {
                    errors.place("drafts.error.bodyRequired", "body").place("drafts.error.bodyTooLong", "body");
                    String b = errors.required("body", "drafts.field.body", body);
                    String n = errors.text("note", "drafts.field.note", note, MAX_NOTE);
                    errors.check();
                    return "/drafts/" + id + "?v=" + drafts.addVersion(id, b, n);
                });
    }

    /** A new version read from a Word file: its paragraphs become the draft's, its headings open sections. */
    @PostMapping("/drafts/{id}/versions/docx")
    String uploadVersion(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String note,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        DraftDetail detail = drafts.find(id);
        access.require(Permission.DRAFT_EDIT, detail.draft().orgId());
        return actions.submit("docx-form", "/drafts/" + id, request, redirect, locale, "drafts.uploaded", errors -> {
            String name = file == null ? null : file.getOriginalFilename();
            String body = errors.parse("file", () -> DocxDraft.source(name, bytes(file)));
            String n = errors.text("note", "drafts.field.note", note, MAX_NOTE);
            errors.check();
            int number = drafts.addVersion(id, body, n == null ? name : n);
            return "/drafts/" + id + "?v=" + number;
        });
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (java.io.IOException e) {
            throw new DomainException("drafts.error.docx", file.getOriginalFilename());
        }
    }

    @GetMapping("/drafts/{id}/diff")
    String diff(
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Model model) {
        DraftDetail detail = drafts.find(id);
        int latest = detail.draft().latestVersion();
        int right = to == null ? latest : to;
        int left = from == null ? Math.max(1, right - 1) : from;
        model.addAttribute("detail", detail);
        model.addAttribute("from", left);
        model.addAttribute("to", right);
        model.addAttribute("rows", drafts.diff(id, left, right));
        return "drafts/diff";
    }

    @PostMapping("/drafts/{id}/publications")
    String publish(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String unitCodes,
            @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "false") boolean toMembers,
            @RequestParam(defaultValue = "false") boolean publicPortal,
            @RequestParam(required = false) String deadline,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        DraftDetail detail = drafts.find(id);
        access.require(Permission.DRAFT_EDIT, detail.draft().orgId());
        int number = version == null ? detail.draft().latestVersion() : version;
        return actions.submit(
                "publish-form",
                "/drafts/" + id + "?v=" + number,
                request,
                redirect,
                locale,
                "drafts.published",
                errors -> {
                    errors.place("drafts.error.noUnits", "unitCodes")
                            .place("drafts.error.unitNotBelow", "unitCodes")
                            .place("drafts.error.deadlineInPast", "deadline");
                    List<Long> units = errors.parse("unitCodes", () -> publications.unitsByCode(codes(unitCodes)));
                    if (codes(unitCodes).isEmpty() && (level == null || level.isBlank())) {
                        errors.reject("unitCodes", "drafts.error.noUnits");
                    }
                    var date = errors.date("deadline", "drafts.label.deadline", deadline, true);
                    errors.check();
                    long publication = publications.publish(id, number, units, level, toMembers, publicPortal, date);
                    return "/drafts/publications/" + publication;
                });
    }

    @GetMapping("/drafts/publications/{id}")
    String publication(@PathVariable long id, Model model) {
        Publication p = publications.find(id);
        model.addAttribute("p", p);
        model.addAttribute("text", publications.text(id));
        List<Unit> commenting = publications.commentingUnits(p);
        model.addAttribute("commentingUnits", commenting);
        model.addAttribute("mine", comments.mine(id));
        List<UnitComments> collecting = new ArrayList<>();
        for (Unit u : publications.collectingUnits(p)) {
            collecting.add(new UnitComments(u, u.id() == p.publisherOrgId(), comments.held(id, u.id())));
        }
        model.addAttribute("collecting", collecting);
        model.addAttribute("canSynthesis", access.can(Permission.DRAFT_VIEW, p.publisherOrgId()));
        return "drafts/publication";
    }

    record UnitComments(Unit unit, boolean publisher, List<vn.daihoi.drafts.DraftRecords.Comment> comments) {}

    @PostMapping("/drafts/publications/{id}/comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String orgId,
            @RequestParam(required = false) String anchor,
            @RequestParam(required = false) String text,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        Publication p = publications.find(id);
        if (p.units().stream().noneMatch(u -> access.can(Permission.DRAFT_COMMENT, u.id()))) {
            throw new AccessDeniedException("comment on " + id);
        }
        String page = "/drafts/publications/" + id;
        return actions.submit("comment-form", page, request, redirect, locale, "drafts.commented", errors -> {
            errors.place("drafts.error.unitRequired", "orgId")
                    .place("drafts.error.notRecipient", "orgId")
                    .place("drafts.error.unknownAnchor", "anchor")
                    .place("drafts.error.commentRequired", "text")
                    .place("drafts.error.commentTooLong", "text");
            Long org = unit(errors, "orgId", orgId);
            String t = errors.text(
                    "text", "drafts.comment.text", errors.required("text", "drafts.comment.text", text), MAX_COMMENT);
            errors.check();
            comments.comment(id, org, anchor, t);
            return page + "?commented";
        });
    }

    @PostMapping("/drafts/publications/{id}/forward")
    String forward(
            @PathVariable long id,
            @RequestParam(required = false) String orgId,
            @RequestParam(required = false) String note,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        publications.find(id);
        String page = "/drafts/publications/" + id;
        Long org = orgId != null && orgId.strip().matches("\\d{1,18}") ? Long.valueOf(orgId.strip()) : null;
        if (org == null) {
            return actions.run(page, redirect, locale, "drafts.forwarded", () -> {
                throw new DomainException("drafts.error.unitRequired");
            });
        }
        access.require(Permission.DRAFT_EDIT, org);
        return actions.submit("forward-form-" + org, page, request, redirect, locale, "drafts.forwarded", errors -> {
            String n = errors.text("note", "drafts.field.note", note, MAX_NOTE);
            errors.check();
            comments.forward(id, org, n);
            return page + "?forwarded";
        });
    }

    @GetMapping("/drafts/publications/{id}/synthesis")
    String synthesis(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var s = synthesis.synthesis(id, page);
        model.addAttribute("s", s);
        model.addAttribute("p", s.publication());
        model.addAttribute(
                "canEdit", access.can(Permission.DRAFT_EDIT, s.publication().publisherOrgId()));
        return "drafts/synthesis";
    }

    @PostMapping("/drafts/publications/{id}/points")
    String merge(
            @PathVariable long id,
            @RequestParam(name = "comment", required = false) List<Long> comments,
            @RequestParam(name = "point", required = false) List<Long> points,
            @RequestParam(required = false) String summary,
            RedirectAttributes redirect,
            Locale locale) {
        synthesis.publication(id);
        // no typed field of its own to mark: a refusal ("choose the comments") is the page's message
        return actions.run(
                "/drafts/publications/" + id + "/synthesis",
                redirect,
                locale,
                "drafts.merged",
                () -> synthesis.merge(id, comments, points, summary));
    }

    @PostMapping("/drafts/publications/{id}/points/{point}/response")
    String respond(
            @PathVariable long id,
            @PathVariable long point,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String response,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        return response(id, "p" + point, kind, response, request, redirect, locale, (k, r) -> {
            synthesis.respond(id, point, k, r);
        });
    }

    @PostMapping("/drafts/publications/{id}/comments/{comment}/response")
    String respondToComment(
            @PathVariable long id,
            @PathVariable long comment,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String response,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        return response(id, "c" + comment, kind, response, request, redirect, locale, (k, r) -> {
            synthesis.respondToComment(id, comment, k, r);
        });
    }

    /** The response form of one row of the synthesis (a point "p12" or a lone comment "c34"). */
    private String response(
            long id,
            String row,
            String kind,
            String response,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale,
            java.util.function.BiConsumer<DraftSynthesis.ResponseKind, String> change) {
        access.require(Permission.DRAFT_EDIT, synthesis.publication(id).publisherOrgId());
        String page = "/drafts/publications/" + id + "/synthesis";
        return actions.submit("response-form-" + row, page, request, redirect, locale, "drafts.responded", errors -> {
            errors.place("drafts.error.responseKindRequired", "kind")
                    .place("drafts.error.responseRequired", "response")
                    .place("drafts.error.commentTooLong", "response");
            DraftSynthesis.ResponseKind k = errors.parse("kind", () -> DraftApiController.responseKind(kind));
            String r = errors.text(
                    "response",
                    "drafts.synthesis.response",
                    errors.required("response", "drafts.synthesis.response", response),
                    MAX_COMMENT);
            errors.check();
            change.accept(k, r);
            return null;
        });
    }

    @GetMapping("/drafts/publications/{id}/synthesis.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, Locale locale) {
        return Downloads.docx("tong-hop-y-kien-" + id + ".docx", exports.docx(id, locale));
    }

    @GetMapping("/drafts/publications/{id}/synthesis.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        return Downloads.xlsx("tong-hop-y-kien-" + id + ".xlsx", exports.xlsx(id, locale));
    }

    /** The version's text as it is typed: a heading line starts with "# ". */
    static String source(List<Paragraph> text) {
        StringBuilder out = new StringBuilder();
        for (Paragraph p : text) {
            out.append(p.heading() ? "# " : "").append(p.text()).append('\n');
        }
        return out.toString();
    }

    static final int MAX_TITLE = 300;
    static final int MAX_NOTE = 500;
    static final int MAX_COMMENT = 5_000;

    /** A unit chosen in a list (its id); missing or not a number: "choose a unit" beside the field. */
    private static Long unit(FormErrors errors, String field, String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            errors.reject(field, "drafts.error.unitRequired");
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split("[,;\\s]+")).stream()
                .filter(s -> !s.isBlank())
                .toList();
    }
}

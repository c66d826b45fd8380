package vn.daihoi.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
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
import vn.daihoi.dossier.ApprovalCalendar;
import vn.daihoi.dossier.DossierAppraisals;
import vn.daihoi.dossier.DossierSubmissions;
import vn.daihoi.dossier.DossierView;
import vn.daihoi.dossier.Dossiers;
import vn.daihoi.dossier.PaperVerdict;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;

/** The dossier page of a congress case: the unit's uploads and submission, the appraiser's comments and verdict. */
@Controller
class DossierPageController {

    private final Dossiers dossiers;
    private final DossierSubmissions submissions;
    private final DossierAppraisals appraisals;
    private final ApprovalCalendar calendar;
    private final DossierPageMessages messages;
    private final FormActions actions;
    private final AccessControl access;

    DossierPageController(
            Dossiers dossiers,
            DossierSubmissions submissions,
            DossierAppraisals appraisals,
            ApprovalCalendar calendar,
            DossierPageMessages messages,
            FormActions actions,
            AccessControl access) {
        this.dossiers = dossiers;
        this.submissions = submissions;
        this.appraisals = appraisals;
        this.calendar = calendar;
        this.messages = messages;
        this.actions = actions;
        this.access = access;
    }

    @GetMapping("/congresses/{id}/dossier")
    String show(@PathVariable long id, Model model) {
        DossierView view = dossiers.view(id);
        model.addAttribute("d", view);
        model.addAttribute("c", view.congress());
        model.addAttribute("superiorId", calendar.superiorOfCase(view.congress().orgId()));
        return "dossier/dossier";
    }

    @PostMapping("/congresses/{id}/dossier/items/{item}/files")
    String upload(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            DossierView.FileVersion v = submissions.upload(id, item, name, bytes);
            messages.notice(redirect, locale, "dossier.uploaded", v.file().filename(), v.version());
        } catch (DomainException e) {
            messages.error(redirect, locale, e);
        }
        return back(id);
    }

    @PostMapping("/congresses/{id}/dossier/submit")
    String submit(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String plannedOn,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        access.require(Permission.CONGRESS_MANAGE, dossiers.view(id).congress().orgId());
        return actions.submit("submit-form", page(id), request, redirect, locale, "dossier.submitted", errors -> {
            errors.place("dossier.error.plannedOnRequired", "plannedOn")
                    .place("dossier.error.plannedOnPast", "plannedOn");
            LocalDate on = errors.date("plannedOn", "dossier.plannedOn", plannedOn, true);
            errors.check();
            submissions.submit(id, on);
            return null;
        });
    }

    // The appraiser's forms read their one field in the service, which checks the appraiser first: a refusal of
    // access stays a 403, a refusal of what was typed comes back beside the field.

    @PostMapping("/congresses/{id}/dossier/items/{item}/comments")
    String comment(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam(defaultValue = "") String body,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        return actions.submit(
                "comment-form-" + item, page(id), request, redirect, locale, "dossier.commented", errors -> {
                    errors.place("dossier.error.commentEmpty", "body").place("dossier.error.commentTooLong", "body");
                    appraisals.comment(id, item, body);
                    return null;
                });
    }

    @PostMapping("/congresses/{id}/dossier/return")
    String returnForRevision(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        return actions.submit("return-form", page(id), request, redirect, locale, "dossier.returned", errors -> {
            errors.place("dossier.error.returnNeedsReason", "note");
            appraisals.returnForRevision(id, note);
            return null;
        });
    }

    @PostMapping("/congresses/{id}/dossier/ready")
    String ready(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        return actions.submit("ready-form", page(id), request, redirect, locale, "dossier.ready", errors -> {
            appraisals.markReady(id, note);
            return null;
        });
    }

    // A dossier handled on paper before the office used daihoi: the days typed are the steps' days.

    @PostMapping("/congresses/{id}/dossier/paper/submit")
    String submitOnPaper(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String submittedOn,
            @RequestParam(defaultValue = "") String plannedOn,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        access.require(Permission.CONGRESS_MANAGE, dossiers.view(id).congress().orgId());
        return actions.submit(
                "paper-submit-form", page(id), request, redirect, locale, "dossier.paper.submitted", errors -> {
                    errors.place("dossier.error.paperDateRequired", "submittedOn")
                            .place("dossier.error.paperDateFuture", "submittedOn")
                            .place("dossier.error.paperDateBeforeStep", "submittedOn")
                            .place("dossier.error.plannedOnRequired", "plannedOn")
                            .place("dossier.error.plannedBeforeSubmitted", "plannedOn");
                    LocalDate on = errors.date("submittedOn", "dossier.paper.submittedOn", submittedOn, true);
                    LocalDate planned = errors.date("plannedOn", "dossier.plannedOn", plannedOn, true);
                    errors.check();
                    submissions.recordSubmittedOnPaper(id, on, planned);
                    return null;
                });
    }

    @PostMapping("/congresses/{id}/dossier/paper/verdict")
    String verdictOnPaper(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String decidedOn,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        appraisals.requireAppraiser(id);
        return actions.submit(
                "paper-verdict-form", page(id), request, redirect, locale, "dossier.paper.decided", errors -> {
                    errors.place("dossier.error.paperDateRequired", "decidedOn")
                            .place("dossier.error.paperDateFuture", "decidedOn")
                            .place("dossier.error.paperDateBeforeStep", "decidedOn")
                            .place("dossier.error.paperOutcomeRequired", "outcome")
                            .place("dossier.error.returnNeedsReason", "note");
                    LocalDate on = errors.date("decidedOn", "dossier.paper.decidedOn", decidedOn, true);
                    PaperVerdict.Outcome result = errors.parse("outcome", () -> outcome(outcome));
                    errors.check();
                    appraisals.recordVerdictOnPaper(id, new PaperVerdict(result, on, note, null));
                    return null;
                });
    }

    private static PaperVerdict.Outcome outcome(String value) {
        try {
            return PaperVerdict.Outcome.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("dossier.error.paperOutcomeRequired");
        }
    }

    @GetMapping("/dossier-files/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Dossiers.Download d = dossiers.download(id);
        return ResponseEntity.ok()
                .headers(Downloads.file(d.file().filename(), d.file().contentType(), d.bytes())
                        .getHeaders())
                .header("X-Content-SHA256", d.file().sha256())
                .body(d.bytes());
    }

    private static String back(long id) {
        return "redirect:" + page(id);
    }

    private static String page(long id) {
        return "/congresses/" + id + "/dossier";
    }
}

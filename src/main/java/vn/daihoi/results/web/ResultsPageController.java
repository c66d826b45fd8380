package vn.daihoi.results.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.FormActions;
import vn.daihoi.results.Confirmations;
import vn.daihoi.results.ResultsFileKind;
import vn.daihoi.results.ResultsReports;
import vn.daihoi.results.ResultsRequests;
import vn.daihoi.results.ResultsView;
import vn.daihoi.season.CongressState;

/**
 * The results page of a congress: the countdown, the report's files, complaints, the confirmation and the
 * annulment. Every form posts here and comes back to the page with what happened, or the error in words.
 */
@Controller
class ResultsPageController {

    private final ResultsReports reports;
    private final Confirmations confirmations;
    private final AccessControl access;
    private final FormActions actions;
    private final Clock clock;

    ResultsPageController(
            ResultsReports reports,
            Confirmations confirmations,
            AccessControl access,
            FormActions actions,
            Clock clock) {
        this.reports = reports;
        this.confirmations = confirmations;
        this.access = access;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping("/congresses/{id}/results")
    String page(@PathVariable long id, Model model) {
        ResultsView view = reports.view(id);
        CongressState state = view.congress().state();
        model.addAttribute("v", view);
        model.addAttribute("c", view.congress());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "kinds",
                List.of(
                        ResultsFileKind.MINUTES,
                        ResultsFileKind.ELECTED_LIST,
                        ResultsFileKind.COUNT_MINUTES,
                        ResultsFileKind.SUMMARY));
        model.addAttribute(
                "mayReport",
                (state == CongressState.CLOSED || state == CongressState.FIRST_COMMITTEE_MEETING)
                        && access.can(
                                Permission.CONGRESS_MANAGE, view.congress().orgId()));
        boolean superior = confirmations.maySettle(view.congress());
        model.addAttribute("mayConfirm", superior && state == CongressState.RESULT_REPORTED);
        model.addAttribute(
                "mayAnnul", superior && (state == CongressState.RESULT_REPORTED || state == CongressState.CONFIRMED));
        return "results/results";
    }

    @PostMapping("/congresses/{id}/results")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) String reportedOn,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.CONGRESS_MANAGE, reports.view(id).congress().orgId());
        return submit("report-form", id, request, redirect, locale, "results.done.report", errors -> {
            LocalDate on = errors.date("reportedOn", "results.field.reportedOn", reportedOn, false);
            errors.check();
            List<ResultsRequests.Upload> uploads = new ArrayList<>();
            MultipartHttpServletRequest multipart =
                    WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            if (multipart != null) {
                for (ResultsFileKind kind : ResultsFileKind.values()) {
                    for (MultipartFile f : multipart.getFiles(kind.name())) {
                        if (!f.isEmpty()) {
                            uploads.add(new ResultsRequests.Upload(kind, f.getOriginalFilename(), bytes(f)));
                        }
                    }
                }
            }
            reports.submit(id, new ResultsRequests.Report(on, uploads));
            return null;
        });
    }

    @PostMapping("/congresses/{id}/complaints")
    String complaint(
            @PathVariable long id,
            @RequestParam(required = false) String complainant,
            @RequestParam(required = false) String receivedOn,
            @RequestParam(required = false) String content,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireSuperior(id);
        return submit("complaint-form", id, request, redirect, locale, "results.done.complaint", errors -> {
            errors.place("results.error.futureDate", "receivedOn");
            String who = errors.text(
                    "complainant",
                    "results.field.complainant",
                    errors.required("complainant", "results.field.complainant", complainant),
                    300);
            LocalDate on = errors.date("receivedOn", "results.field.receivedOn", receivedOn, false);
            String what = errors.text(
                    "content",
                    "results.field.content",
                    errors.required("content", "results.field.content", content),
                    MAX_TEXT);
            errors.check();
            confirmations.fileComplaint(id, new ResultsRequests.NewComplaint(who, on, what));
            return null;
        });
    }

    @PostMapping("/congresses/{id}/complaints/{complaintId}/settlement")
    String settle(
            @PathVariable long id,
            @PathVariable long complaintId,
            @RequestParam(required = false) String settledOn,
            @RequestParam(required = false) String settlement,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireSuperior(id);
        return submit(
                "settle-form-" + complaintId, id, request, redirect, locale, "results.done.settlement", errors -> {
                    errors.place("results.error.settledOn", "settledOn");
                    LocalDate on = errors.date("settledOn", "results.field.settledOn", settledOn, false);
                    String how = errors.text(
                            "settlement",
                            "results.field.settlement",
                            errors.required("settlement", "results.field.settlement", settlement),
                            MAX_TEXT);
                    errors.check();
                    confirmations.settle(id, complaintId, new ResultsRequests.Settlement(on, how));
                    return null;
                });
    }

    @PostMapping("/congresses/{id}/confirmation")
    String confirm(
            @PathVariable long id,
            @RequestParam(required = false) String decidedOn,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String signerName,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireSuperior(id);
        return submit("confirm-form", id, request, redirect, locale, "results.done.confirmation", errors -> {
            LocalDate on = errors.date("decidedOn", "results.field.decidedOn", decidedOn, false);
            String about = errors.text("subject", "results.field.subject", subject, 1000);
            String signer = errors.text("signerName", "results.field.signerName", signerName, 300);
            errors.check();
            MultipartHttpServletRequest multipart =
                    WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            MultipartFile signed = multipart == null ? null : multipart.getFile("signedCopy");
            ResultsRequests.Upload copy = signed == null || signed.isEmpty()
                    ? null
                    : new ResultsRequests.Upload(ResultsFileKind.DECISION, signed.getOriginalFilename(), bytes(signed));
            confirmations.confirm(id, new ResultsRequests.Confirmation(on, about, signer, copy));
            return null;
        });
    }

    @PostMapping("/congresses/{id}/annulment")
    String annul(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireSuperior(id);
        return submit("annul-form", id, request, redirect, locale, "results.done.annulment", errors -> {
            String why = errors.text(
                    "reason", "results.field.reason", errors.required("reason", "results.field.reason", reason), 2000);
            errors.check();
            confirmations.annul(id, why);
            return null;
        });
    }

    private static final int MAX_TEXT = 4000;

    /** Complaints, confirmation and annulment belong to the unit's direct superior: others get a 403. */
    private void requireSuperior(long id) {
        if (!confirmations.maySettle(reports.view(id).congress())) {
            throw new AccessDeniedException("results of congress " + id);
        }
    }

    /** A form of the results page in the one form pattern (errors beside their fields, input kept). */
    private String submit(
            String formId,
            long id,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale,
            String doneKey,
            FormActions.FormChange change) {
        return actions.submit(formId, "/congresses/" + id + "/results", request, redirect, locale, doneKey, change);
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

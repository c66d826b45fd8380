package vn.daihoi.results.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
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
        return act(id, redirect, locale, "results.done.report", () -> {
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
            reports.submit(id, new ResultsRequests.Report(date(reportedOn), uploads));
        });
    }

    @PostMapping("/congresses/{id}/complaints")
    String complaint(
            @PathVariable long id,
            @RequestParam(required = false) String complainant,
            @RequestParam(required = false) String receivedOn,
            @RequestParam(required = false) String content,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                id,
                redirect,
                locale,
                "results.done.complaint",
                () -> confirmations.fileComplaint(
                        id, new ResultsRequests.NewComplaint(complainant, date(receivedOn), content)));
    }

    @PostMapping("/congresses/{id}/complaints/{complaintId}/settlement")
    String settle(
            @PathVariable long id,
            @PathVariable long complaintId,
            @RequestParam(required = false) String settledOn,
            @RequestParam(required = false) String settlement,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                id,
                redirect,
                locale,
                "results.done.settlement",
                () -> confirmations.settle(
                        id, complaintId, new ResultsRequests.Settlement(date(settledOn), settlement)));
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
        return act(id, redirect, locale, "results.done.confirmation", () -> {
            MultipartHttpServletRequest multipart =
                    WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            MultipartFile signed = multipart == null ? null : multipart.getFile("signedCopy");
            ResultsRequests.Upload copy = signed == null || signed.isEmpty()
                    ? null
                    : new ResultsRequests.Upload(ResultsFileKind.DECISION, signed.getOriginalFilename(), bytes(signed));
            confirmations.confirm(id, new ResultsRequests.Confirmation(date(decidedOn), subject, signerName, copy));
        });
    }

    @PostMapping("/congresses/{id}/annulment")
    String annul(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, "results.done.annulment", () -> confirmations.annul(id, reason));
    }

    /** Runs a step; a refused one comes back as a message on the page (access refusals stay 403). */
    private String act(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable step) {
        return actions.run("/congresses/" + id + "/results", redirect, locale, doneKey, step);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Dates.parse(text).orElseThrow(() -> new DomainException("results.error.badDate", text.strip()));
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.daihoi.season.progress;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.season.CongressState;

/** The progress pages ({@code /progress/…}), their drill-down to units, and their Excel exports. */
@Controller
class ProgressPageController {

    static final int PAGE_SIZE = 50;

    private final ProgressRequests requests;
    private final CaseList cases;
    private final ProgressWorkbook workbook;
    private final AccessControl access;

    ProgressPageController(ProgressRequests requests, CaseList cases, ProgressWorkbook workbook, AccessControl access) {
        this.requests = requests;
        this.cases = cases;
        this.workbook = workbook;
        this.access = access;
    }

    /** The user's own scope: the first node where they may view congresses. */
    @GetMapping("/progress")
    String home() {
        access.requireSomewhere(Permission.CONGRESS_VIEW);
        return access.homeNode(Permission.CONGRESS_VIEW)
                .map(id -> "redirect:/progress/" + id)
                .orElseThrow(() -> DomainException.notFound("progress.error.noScope"));
    }

    @GetMapping("/progress/{id}")
    String node(
            @PathVariable("id") long orgId,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer dueWithin,
            Model model) {
        ProgressReport report = requests.report(orgId, term, asOf, dueWithin);
        model.addAttribute("report", report);
        // Only the states some level is in: 21 columns would hide the ones that matter.
        model.addAttribute(
                "states",
                Stream.of(CongressState.values())
                        .filter(st -> report.levels().stream()
                                .anyMatch(l -> l.states().containsKey(st)))
                        .toList());
        model.addAttribute("dueChoices", List.of(7, 14, 30, 60, 90));
        model.addAttribute("asOfText", Dates.format(report.asOf()));
        model.addAttribute("isToday", !report.historical());
        model.addAttribute("query", query(report));
        return "progress/node";
    }

    @GetMapping("/progress/{id}/units")
    String units(
            @PathVariable("id") long orgId,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer dueWithin,
            @RequestParam(required = false) Long follower,
            @RequestParam(required = false) Long parent,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        requests.requireView(orgId);
        String t = ProgressRequests.term(term);
        CaseFilter f = CaseFilter.parse(level, state, filter, dueWithin).narrowedTo(follower, parent);
        model.addAttribute("followers", cases.followers(orgId, t));
        model.addAttribute("parents", cases.parents(orgId, t));
        model.addAttribute("states", CongressState.values());
        model.addAttribute("today", requests.today());
        model.addAttribute("orgId", orgId);
        model.addAttribute("orgName", requests.nodeName(orgId));
        model.addAttribute("term", t);
        model.addAttribute("filter", f);
        model.addAttribute("level", level == null ? "" : level);
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("deadline", filter == null ? "" : filter);
        model.addAttribute("page", cases.page(orgId, t, f, requests.today(), Math.max(0, page), PAGE_SIZE));
        return "progress/units";
    }

    @GetMapping("/progress/{id}.xlsx")
    void exportReport(
            @PathVariable("id") long orgId,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer dueWithin,
            HttpServletResponse response)
            throws IOException {
        ProgressReport report = requests.report(orgId, term, asOf, dueWithin);
        Downloads.attach(response, Downloads.XLSX, "tien-do-" + orgId + "-" + report.asOf() + ".xlsx");
        workbook.report(report, locale(), response.getOutputStream());
    }

    @GetMapping("/progress/{id}/units.xlsx")
    void exportUnits(
            @PathVariable("id") long orgId,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer dueWithin,
            @RequestParam(required = false) Long follower,
            @RequestParam(required = false) Long parent,
            HttpServletResponse response)
            throws IOException {
        requests.requireView(orgId);
        String t = ProgressRequests.term(term);
        CaseFilter f = CaseFilter.parse(level, state, filter, dueWithin).narrowedTo(follower, parent);
        String name = requests.nodeName(orgId);
        LocalDate today = requests.today();
        Downloads.attach(response, Downloads.XLSX, "don-vi-" + orgId + "-" + today + ".xlsx");
        workbook.units(
                name, t, today, locale(), sink -> cases.each(orgId, t, f, today, sink), response.getOutputStream());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** The query string that keeps the page's date, term and horizon on its links (exports, drill-down). */
    private static String query(ProgressReport r) {
        return "term=" + r.term() + "&dueWithin=" + r.dueWithin() + (r.historical() ? "&asOf=" + r.asOf() : "");
    }
}

package vn.daihoi.season.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.platform.DomainException;

/** Progress of the congress season below a node, as JSON (HTTP Basic); {@code CONGRESS_VIEW} on the node. */
@RestController
@RequestMapping("/api/organizations")
@Tag(name = "Tiến độ đại hội", description = "Progress of the congresses below a node")
class ProgressApiController {

    private final ProgressRequests requests;
    private final CaseList cases;

    ProgressApiController(ProgressRequests requests, CaseList cases) {
        this.requests = requests;
        this.cases = cases;
    }

    @GetMapping("/{id}/progress")
    @Operation(
            summary = "Progress per level below the node",
            description = "Cases per state, held and % held, overdue and due within dueWithin days, followers."
                    + " asOf today or absent: the live aggregate; a past date: recounted from the transitions"
                    + " and the tree of that date (slower; overdue and due are null then).")
    ProgressReport progress(
            @PathVariable long id,
            @Parameter(description = "yyyy-MM-dd, not in the future") @RequestParam(required = false) LocalDate asOf,
            @Parameter(description = "e.g. 2025-2030 (the default)") @RequestParam(required = false) String term,
            @Parameter(description = "days, default 14") @RequestParam(required = false) Integer dueWithin) {
        return requests.report(id, term, asOf, dueWithin);
    }

    @GetMapping("/{id}/congresses")
    @Operation(
            summary = "The congress cases below the node, a page at a time",
            description = "filter=overdue|due (due within dueWithin days); ordered by deadline, then unit code.")
    CaseList.Page congresses(
            @PathVariable long id,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer dueWithin,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        requests.requireView(id);
        if (page < 0 || size < 1 || size > CaseList.MAX_PAGE_SIZE) {
            throw new DomainException("progress.error.page", CaseList.MAX_PAGE_SIZE);
        }
        requests.nodeName(id);
        return cases.page(
                id,
                ProgressRequests.term(term),
                CaseFilter.parse(level, state, filter, dueWithin),
                requests.today(),
                page,
                size);
    }
}

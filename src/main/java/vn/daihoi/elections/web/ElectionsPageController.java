package vn.daihoi.elections.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.Purpose;
import vn.daihoi.elections.ElectionBook;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.elections.RoundState;
import vn.daihoi.elections.internal.RoundDecisions;
import vn.daihoi.elections.list.ElectionLists;
import vn.daihoi.elections.paper.ElectionPapers;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;
import vn.daihoi.platform.FormFeedback;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * The elections page of a congress: open an election with its list, print the ballots, enter the ballots
 * issued and collected, release a count entered by hand, decide what follows (run-off, another round, stop),
 * and download the minutes and the record. Every form posts and comes back to the page with what happened.
 */
@Controller
class ElectionsPageController {

    private final ElectionBook book;
    private final Elections elections;
    private final ElectionRounds rounds;
    private final RoundDecisions decisions;
    private final ElectionPapers papers;
    private final CongressCases cases;
    private final AccessControl access;
    private final FormActions actions;
    private final ElectionLists lists;

    ElectionsPageController(
            ElectionBook book,
            Elections elections,
            ElectionRounds rounds,
            RoundDecisions decisions,
            ElectionPapers papers,
            CongressCases cases,
            AccessControl access,
            FormActions actions,
            ElectionLists lists) {
        this.lists = lists;
        this.book = book;
        this.elections = elections;
        this.rounds = rounds;
        this.decisions = decisions;
        this.papers = papers;
        this.cases = cases;
        this.access = access;
        this.actions = actions;
    }

    @GetMapping("/congresses/{id}/elections")
    String page(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        // the secretary's section is loaded by htmx after this page: a refused form of it gets its feedback there
        if (model.getAttribute("formErrors") instanceof FormFeedback refused
                && refused.formId().startsWith("secretary-")) {
            FlashMap forSection = new FlashMap();
            forSection.put("formErrors", refused);
            forSection.setTargetRequestPath("/congresses/" + id + "/secretary");
            RequestContextUtils.getFlashMapManager(request).saveOutputFlashMap(forSection, request, response);
        }
        List<ElectionBook.ElectionView> list = book.ofCase(id);
        CongressCase c = cases.find(id).orElseThrow(() -> DomainException.notFound("elections.error.noCase", id));
        model.addAttribute("c", c);
        model.addAttribute("elections", list);
        model.addAttribute("bodies", Body.values());
        model.addAttribute("mayRun", access.can(Permission.CONGRESS_DAY_RUN, c.orgId()));
        // filing the minutes is the office's act on the congress file (ElectionFiling needs CONGRESS_MANAGE)
        model.addAttribute("mayFile", access.can(Permission.CONGRESS_MANAGE, c.orgId()));
        // the list being built of each round in LIST state (the section of elections/list.html)
        Map<Long, ElectionLists.ListView> listViews = new LinkedHashMap<>();
        list.forEach(e -> e.rounds().stream()
                .filter(r -> r.state() == RoundState.LIST && r.purpose() == Purpose.ELECTION)
                .forEach(r -> listViews.put(r.id(), lists.view(r.id()))));
        model.addAttribute("listViews", listViews);
        return "elections/elections";
    }

    @PostMapping("/congresses/{id}/elections")
    String open(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit("open-form", page(id), request, redirect, locale, "elections.notice.opened", errors -> {
            errors.place("elections.error.title", "title")
                    .place("elections.error.seats", "seats")
                    .place("elections.error.emptyList", "names")
                    .place("elections.error.blankName", "names")
                    .place("elections.error.duplicateName", "names");
            String title = errors.required("title", "elections.field.title", form.get("title"));
            title = title == null ? null : errors.text("title", "elections.field.title", title, 300);
            Body body = errors.parse("body", () -> choice(Body.class, form.get("body"), "elections.field.body"));
            Integer seats = errors.parse(
                    "seats", () -> whole(errors.required("seats", "elections.field.seats", form.get("seats"))));
            if (seats != null && seats < 1) {
                errors.reject("seats", "elections.error.seats");
            }
            BallotForm ballotForm = errors.parse(
                    "ballotForm", () -> choice(BallotForm.class, form.get("ballotForm"), "elections.field.form"));
            List<NewElection.ListedName> names = NameLines.parse(form.get("names"), errors, "names");
            errors.check();
            NewElection election = new NewElection(title, body, seats, ballotForm, names);
            if ("true".equals(form.get("firstMeeting"))) {
                elections.openFirstMeeting(id, election);
            } else {
                // the names typed are the convening committee's proposal; the list is then built and fixed
                elections.openList(id, election);
            }
            return null;
        });
    }

    @PostMapping("/elections/{id}/rounds/{round}/counts")
    String counts(
            @PathVariable long id,
            @PathVariable int round,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        long roundId = book.roundId(id, round);
        long caseId = book.caseOf(id);
        requireRun(caseId);
        return actions.submit(
                "counts-form-" + roundId,
                page(caseId),
                request,
                redirect,
                locale,
                "elections.notice.counts",
                errors -> {
                    errors.place("elections.error.counts", "collected");
                    Integer issued = errors.parse(
                            "issued",
                            () -> whole(errors.required("issued", "elections.field.issued", form.get("issued"))));
                    Integer collected = errors.parse(
                            "collected",
                            () -> whole(
                                    errors.required("collected", "elections.field.collected", form.get("collected"))));
                    errors.check();
                    rounds.recordCounts(roundId, issued, collected);
                    return null;
                });
    }

    @PostMapping("/elections/{id}/rounds/{round}/runoff")
    String runoff(@PathVariable long id, @PathVariable int round, RedirectAttributes redirect, Locale locale) {
        long roundId = book.roundId(id, round);
        return actions.run(
                page(book.caseOf(id)),
                redirect,
                locale,
                "elections.notice.runoff",
                () -> decisions.openRunoff(roundId));
    }

    @PostMapping("/elections/{id}/rounds/{round}/another")
    String another(
            @PathVariable long id,
            @PathVariable int round,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        long roundId = book.roundId(id, round);
        long caseId = book.caseOf(id);
        requireRun(caseId);
        return actions.submit(
                "another-form-" + roundId,
                page(caseId),
                request,
                redirect,
                locale,
                "elections.notice.another",
                errors -> {
                    errors.place("elections.error.decisionNote", "note")
                            .place("elections.error.emptyList", "names")
                            .place("elections.error.blankName", "names")
                            .place("elections.error.duplicateName", "names");
                    List<NewElection.ListedName> names = NameLines.parse(form.get("names"), errors, "names");
                    String note = errors.required("note", "elections.field.decision", form.get("note"));
                    note = note == null ? null : errors.text("note", "elections.field.decision", note, 1000);
                    errors.check();
                    decisions.anotherRound(roundId, names, note);
                    return null;
                });
    }

    @PostMapping("/elections/{id}/rounds/{round}/stop")
    String stop(
            @PathVariable long id,
            @PathVariable int round,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        long roundId = book.roundId(id, round);
        long caseId = book.caseOf(id);
        requireRun(caseId);
        return actions.submit(
                "stop-form-" + roundId, page(caseId), request, redirect, locale, "elections.notice.stopped", errors -> {
                    errors.place("elections.error.decisionNote", "note");
                    String note = errors.required("note", "elections.field.decision", form.get("note"));
                    note = note == null ? null : errors.text("note", "elections.field.decision", note, 1000);
                    errors.check();
                    decisions.stop(roundId, note);
                    return null;
                });
    }

    /** Running the congress day is checked before a form is read: a refusal stays a 403. */
    private void requireRun(long caseId) {
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
    }

    /** A whole number typed in a form ({@code null} when blank). */
    static Integer whole(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{1,7}")) {
            throw new DomainException("elections.error.number", text.strip());
        }
        return Integer.parseInt(text.strip());
    }

    /** One of the options of a select; none chosen is "required". */
    private static <E extends Enum<E>> E choice(Class<E> type, String value, String labelKey) {
        if (value == null || value.isBlank()) {
            throw new DomainException(
                    "form.error.required",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(labelKey));
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("elections.error.seats");
        }
    }

    @GetMapping("/elections/{id}/rounds/{round}/ballot.pdf")
    ResponseEntity<byte[]> ballot(@PathVariable long id, @PathVariable int round) {
        return Downloads.pdf("phieu-bau-" + id + "-vong-" + round + ".pdf", papers.ballotPdf(id, round));
    }

    @GetMapping("/elections/{id}/rounds/{round}/minutes.pdf")
    ResponseEntity<byte[]> countingPdf(@PathVariable long id, @PathVariable int round) {
        return Downloads.pdf(
                "bien-ban-kiem-phieu-" + id + "-vong-" + round + ".pdf", papers.countingMinutesPdf(id, round));
    }

    @GetMapping("/elections/{id}/rounds/{round}/minutes.docx")
    ResponseEntity<byte[]> countingDocx(@PathVariable long id, @PathVariable int round) {
        return Downloads.docx(
                "bien-ban-kiem-phieu-" + id + "-vong-" + round + ".docx", papers.countingMinutesDocx(id, round));
    }

    @GetMapping("/elections/{id}/minutes.pdf")
    ResponseEntity<byte[]> electionPdf(@PathVariable long id) {
        return Downloads.pdf("bien-ban-bau-cu-" + id + ".pdf", papers.electionMinutesPdf(id));
    }

    @GetMapping("/elections/{id}/minutes.docx")
    ResponseEntity<byte[]> electionDocx(@PathVariable long id) {
        return Downloads.docx("bien-ban-bau-cu-" + id + ".docx", papers.electionMinutesDocx(id));
    }

    @GetMapping("/elections/{id}/rounds/{round}/record.json")
    ResponseEntity<String> record(@PathVariable long id, @PathVariable int round) {
        return Downloads.json("election-" + id + "-round-" + round + ".json", book.record(id, round));
    }

    private static String page(long caseId) {
        return "/congresses/" + caseId + "/elections";
    }
}

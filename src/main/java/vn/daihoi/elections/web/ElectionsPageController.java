package vn.daihoi.elections.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.ElectionBook;
import vn.daihoi.elections.ElectionPapers;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.elections.internal.RoundDecisions;
import vn.daihoi.elections.list.ElectionLists;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;
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
    String page(@PathVariable long id, Model model) {
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
                .filter(r -> "LIST".equals(r.state()) && "ELECTION".equals(r.purpose()))
                .forEach(r -> listViews.put(r.id(), lists.view(r.id()))));
        model.addAttribute("listViews", listViews);
        return "elections/elections";
    }

    @PostMapping("/congresses/{id}/elections")
    String open(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) Body body,
            @RequestParam(defaultValue = "0") int seats,
            @RequestParam(required = false) BallotForm ballotForm,
            @RequestParam(defaultValue = "") String names,
            @RequestParam(defaultValue = "false") boolean firstMeeting,
            RedirectAttributes redirect,
            Locale locale) {
        return actions.run(page(id), redirect, locale, "elections.notice.opened", () -> {
            NewElection election = new NewElection(title, body, seats, ballotForm, NameLines.parse(names));
            if (firstMeeting) {
                elections.openFirstMeeting(id, election);
            } else {
                // the names typed are the convening committee's proposal; the list is then built and fixed
                elections.openList(id, election);
            }
        });
    }

    @PostMapping("/elections/{id}/rounds/{round}/counts")
    String counts(
            @PathVariable long id,
            @PathVariable int round,
            @RequestParam(defaultValue = "-1") int issued,
            @RequestParam(defaultValue = "-1") int collected,
            RedirectAttributes redirect,
            Locale locale) {
        long roundId = book.roundId(id, round);
        return actions.run(
                page(book.caseOf(id)),
                redirect,
                locale,
                "elections.notice.counts",
                () -> rounds.recordCounts(roundId, issued, collected));
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
            @RequestParam(defaultValue = "") String names,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect,
            Locale locale) {
        long roundId = book.roundId(id, round);
        return actions.run(
                page(book.caseOf(id)),
                redirect,
                locale,
                "elections.notice.another",
                () -> decisions.anotherRound(roundId, NameLines.parse(names), note));
    }

    @PostMapping("/elections/{id}/rounds/{round}/stop")
    String stop(
            @PathVariable long id,
            @PathVariable int round,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect,
            Locale locale) {
        long roundId = book.roundId(id, round);
        return actions.run(
                page(book.caseOf(id)),
                redirect,
                locale,
                "elections.notice.stopped",
                () -> decisions.stop(roundId, note));
    }

    @GetMapping("/elections/{id}/rounds/{round}/ballot.pdf")
    ResponseEntity<byte[]> ballot(@PathVariable long id, @PathVariable int round) {
        return file(
                papers.ballotPdf(id, round), "phieu-bau-" + id + "-vong-" + round + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/elections/{id}/rounds/{round}/minutes.pdf")
    ResponseEntity<byte[]> countingPdf(@PathVariable long id, @PathVariable int round) {
        return file(
                papers.countingMinutesPdf(id, round),
                "bien-ban-kiem-phieu-" + id + "-vong-" + round + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @GetMapping("/elections/{id}/rounds/{round}/minutes.docx")
    ResponseEntity<byte[]> countingDocx(@PathVariable long id, @PathVariable int round) {
        return file(
                papers.countingMinutesDocx(id, round), "bien-ban-kiem-phieu-" + id + "-vong-" + round + ".docx", DOCX);
    }

    @GetMapping("/elections/{id}/minutes.pdf")
    ResponseEntity<byte[]> electionPdf(@PathVariable long id) {
        return file(papers.electionMinutesPdf(id), "bien-ban-bau-cu-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/elections/{id}/minutes.docx")
    ResponseEntity<byte[]> electionDocx(@PathVariable long id) {
        return file(papers.electionMinutesDocx(id), "bien-ban-bau-cu-" + id + ".docx", DOCX);
    }

    @GetMapping("/elections/{id}/rounds/{round}/record.json")
    ResponseEntity<byte[]> record(@PathVariable long id, @PathVariable int round) {
        return file(
                book.record(id, round).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "election-" + id + "-round-" + round + ".json",
                MediaType.APPLICATION_JSON);
    }

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(content);
    }

    private static String page(long caseId) {
        return "/congresses/" + caseId + "/elections";
    }
}

package vn.daihoi.elections.web;

import java.util.Locale;
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
import vn.daihoi.elections.ElectionBook;
import vn.daihoi.elections.ElectionPapers;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.list.ElectionLists;
import vn.daihoi.elections.list.ListDecisions;
import vn.daihoi.elections.list.MemberSearch;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;

/**
 * The list-building section of the elections page (elections.md §3): every form posts here and comes back to
 * the elections page with what happened; the member picker answers an htmx request with its results.
 */
@Controller
class ElectionListPageController {

    private final ElectionLists lists;
    private final MemberSearch members;
    private final ListDecisions decisions;
    private final ElectionBook book;
    private final ElectionRounds rounds;
    private final ElectionPapers papers;
    private final FormActions actions;

    ElectionListPageController(
            ElectionLists lists,
            MemberSearch members,
            ListDecisions decisions,
            ElectionBook book,
            ElectionRounds rounds,
            ElectionPapers papers,
            FormActions actions) {
        this.lists = lists;
        this.members = members;
        this.decisions = decisions;
        this.book = book;
        this.rounds = rounds;
        this.papers = papers;
        this.actions = actions;
    }

    private String back(long electionId) {
        return "/congresses/" + book.caseOf(electionId) + "/elections#election-" + electionId;
    }

    @PostMapping("/elections/{id}/list/proposal")
    String proposal(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return actions.run(
                back(id),
                redirect,
                locale,
                "elections.list.notice.proposal",
                () -> lists.importProposal(lists.listRound(id)));
    }

    @GetMapping("/elections/{id}/list/members")
    String members(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("electionId", id);
        model.addAttribute("choices", members.search(lists.listRound(id), q));
        return "elections/list :: picks";
    }

    @PostMapping("/elections/{id}/list/members")
    String member(
            @PathVariable long id,
            @RequestParam(required = false) Long memberId,
            RedirectAttributes redirect,
            Locale locale) {
        return actions.run(
                back(id),
                redirect,
                locale,
                "elections.list.notice.member",
                () -> lists.addMember(lists.listRound(id), memberId == null ? 0 : memberId));
    }

    @PostMapping("/elections/{id}/list/nominations")
    String nominate(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String birthDate,
            @RequestParam(defaultValue = "") String nominatedBy,
            RedirectAttributes redirect,
            Locale locale) {
        return actions.run(back(id), redirect, locale, "elections.list.notice.nominated", () -> {
            var birth = Dates.parse(birthDate).orElseGet(() -> {
                if (!birthDate.isBlank()) {
                    throw new DomainException("elections.list.error.birthDate", birthDate.strip());
                }
                return null;
            });
            lists.nominate(
                    lists.listRound(id),
                    new ElectionLists.Nomination(source, null, fullName, birth, nominatedBy, null));
        });
    }

    @PostMapping("/elections/{id}/list/opinion")
    String opinion(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return actions.run(
                back(id),
                redirect,
                locale,
                "elections.list.notice.opinion",
                () -> lists.openOpinion(lists.listRound(id)));
    }

    @PostMapping("/elections/{id}/opinion/{roundId}/counts")
    String opinionCounts(
            @PathVariable long id,
            @PathVariable long roundId,
            @RequestParam(defaultValue = "-1") int issued,
            @RequestParam(defaultValue = "-1") int collected,
            RedirectAttributes redirect,
            Locale locale) {
        return actions.run(back(id), redirect, locale, "elections.notice.counts", () -> {
            lists.requireOpinionRound(id, roundId);
            rounds.recordCounts(roundId, issued, collected);
        });
    }

    @GetMapping("/elections/{id}/opinion/{roundId}/ballot.pdf")
    ResponseEntity<byte[]> opinionBallot(@PathVariable long id, @PathVariable long roundId) {
        lists.requireOpinionRound(id, roundId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"phieu-xin-y-kien-" + id + "-" + roundId + ".pdf\"")
                .body(papers.roundBallotPdf(roundId));
    }

    @PostMapping("/elections/{id}/list/entries/{entry}/sort-key")
    String sortKey(
            @PathVariable long id,
            @PathVariable long entry,
            @RequestParam(defaultValue = "") String sortKey,
            RedirectAttributes redirect,
            Locale locale) {
        return actions.run(
                back(id),
                redirect,
                locale,
                "elections.list.notice.sortKey",
                () -> decisions.sortKey(lists.listRound(id), entry, sortKey));
    }

    @PostMapping("/elections/{id}/list/entries/{entry}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @PathVariable long entry,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return actions.run(
                back(id),
                redirect,
                locale,
                "elections.list.notice.withdrawal",
                () -> decisions.proposeWithdrawal(lists.listRound(id), entry, reason));
    }

    @PostMapping("/elections/{id}/list/withdrawals/{withdrawal}/decision")
    String decide(
            @PathVariable long id,
            @PathVariable long withdrawal,
            @RequestParam(required = false) Boolean agreed,
            @RequestParam(defaultValue = "") String decisionText,
            RedirectAttributes redirect,
            Locale locale) {
        return actions.run(
                back(id),
                redirect,
                locale,
                "elections.list.notice.decided",
                () -> decisions.decideWithdrawal(lists.listRound(id), withdrawal, agreed, decisionText));
    }

    @PostMapping("/elections/{id}/list/fix")
    String fix(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int seats,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect,
            Locale locale) {
        return actions.run(
                back(id),
                redirect,
                locale,
                "elections.list.notice.fixed",
                () -> decisions.fix(lists.listRound(id), seats, note));
    }
}

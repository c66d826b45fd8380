package vn.daihoi.elections.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
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
import vn.daihoi.elections.ElectionBook;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.list.ElectionLists;
import vn.daihoi.elections.list.ListDecisions;
import vn.daihoi.elections.list.MemberSearch;
import vn.daihoi.elections.paper.ElectionPapers;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

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
    private final CongressCases cases;
    private final AccessControl access;

    ElectionListPageController(
            ElectionLists lists,
            MemberSearch members,
            ListDecisions decisions,
            ElectionBook book,
            ElectionRounds rounds,
            ElectionPapers papers,
            FormActions actions,
            CongressCases cases,
            AccessControl access) {
        this.cases = cases;
        this.access = access;
        this.lists = lists;
        this.members = members;
        this.decisions = decisions;
        this.book = book;
        this.rounds = rounds;
        this.papers = papers;
        this.actions = actions;
    }

    private String back(long electionId) {
        return page(electionId) + "#election-" + electionId;
    }

    /** The elections page (a refused form comes back to it anchored at the form). */
    private String page(long electionId) {
        return "/congresses/" + book.caseOf(electionId) + "/elections";
    }

    /** Running the congress day is checked before a form is read: a refusal stays a 403. */
    private void requireRun(long electionId) {
        long caseId = book.caseOf(electionId);
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
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
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "nomination-form-" + id,
                page(id),
                request,
                redirect,
                locale,
                "elections.list.notice.nominated",
                errors -> {
                    errors.place("elections.list.error.source", "source")
                            .place("elections.list.error.nomineeName", "fullName")
                            .place("elections.list.error.already", "fullName")
                            .place("elections.list.error.conveningSelf", "fullName")
                            .place("elections.list.error.conveningNominee", "fullName")
                            .place("elections.error.onCountingCommittee", "fullName")
                            .place("elections.list.error.nominator", "nominatedBy")
                            .place("elections.list.error.conveningNominator", "nominatedBy");
                    String source = errors.required("source", "elections.list.col.source", form.get("source"));
                    String fullName =
                            errors.required("fullName", "elections.list.field.fullName", form.get("fullName"));
                    fullName = fullName == null
                            ? null
                            : errors.text("fullName", "elections.list.field.fullName", fullName, 200);
                    LocalDate birth =
                            errors.date("birthDate", "elections.field.birthDate", form.get("birthDate"), false);
                    String nominatedBy = errors.text(
                            "nominatedBy", "elections.list.field.nominatedBy", form.get("nominatedBy"), 200);
                    errors.check();
                    lists.nominate(
                            lists.listRound(id),
                            new ElectionLists.Nomination(
                                    source, null, fullName, birth, nominatedBy == null ? "" : nominatedBy, null));
                    return back(id);
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
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "opinion-counts-form-" + roundId,
                page(id),
                request,
                redirect,
                locale,
                "elections.notice.counts",
                errors -> {
                    errors.place("elections.error.counts", "collected");
                    Integer issued = errors.parse(
                            "issued",
                            () -> ElectionsPageController.whole(
                                    errors.required("issued", "elections.field.issued", form.get("issued"))));
                    Integer collected = errors.parse(
                            "collected",
                            () -> ElectionsPageController.whole(
                                    errors.required("collected", "elections.field.collected", form.get("collected"))));
                    errors.check();
                    lists.requireOpinionRound(id, roundId);
                    rounds.recordCounts(roundId, issued, collected);
                    return back(id);
                });
    }

    @GetMapping("/elections/{id}/opinion/{roundId}/ballot.pdf")
    ResponseEntity<byte[]> opinionBallot(@PathVariable long id, @PathVariable long roundId) {
        lists.requireOpinionRound(id, roundId);
        return Downloads.pdf("phieu-xin-y-kien-" + id + "-" + roundId + ".pdf", papers.roundBallotPdf(roundId));
    }

    @PostMapping("/elections/{id}/list/entries/{entry}/sort-key")
    String sortKey(
            @PathVariable long id,
            @PathVariable long entry,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "sort-key-form-" + entry,
                page(id),
                request,
                redirect,
                locale,
                "elections.list.notice.sortKey",
                errors -> {
                    errors.place("elections.list.error.sortKey", "sortKey");
                    String key = errors.text("sortKey", "elections.list.field.sortKey", form.get("sortKey"), 200);
                    errors.check();
                    decisions.sortKey(lists.listRound(id), entry, key == null ? "" : key);
                    return back(id);
                });
    }

    @PostMapping("/elections/{id}/list/entries/{entry}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @PathVariable long entry,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "withdraw-form-" + entry,
                page(id),
                request,
                redirect,
                locale,
                "elections.list.notice.withdrawal",
                errors -> {
                    errors.place("elections.list.error.reason", "reason");
                    String reason = errors.required("reason", "elections.list.field.reason", form.get("reason"));
                    reason = reason == null ? null : errors.text("reason", "elections.list.field.reason", reason, 2000);
                    errors.check();
                    decisions.proposeWithdrawal(lists.listRound(id), entry, reason);
                    return back(id);
                });
    }

    @PostMapping("/elections/{id}/list/withdrawals/{withdrawal}/decision")
    String decide(
            @PathVariable long id,
            @PathVariable long withdrawal,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "decision-form-" + withdrawal,
                page(id),
                request,
                redirect,
                locale,
                "elections.list.notice.decided",
                errors -> {
                    errors.place("elections.list.error.decisionText", "decisionText");
                    String text = errors.required(
                            "decisionText", "elections.list.field.decisionText", form.get("decisionText"));
                    text = text == null
                            ? null
                            : errors.text("decisionText", "elections.list.field.decisionText", text, 2000);
                    String agreed = form.get("agreed");
                    errors.check();
                    decisions.decideWithdrawal(
                            lists.listRound(id),
                            withdrawal,
                            "true".equals(agreed) ? Boolean.TRUE : "false".equals(agreed) ? Boolean.FALSE : null,
                            text);
                    return back(id);
                });
    }

    @PostMapping("/elections/{id}/list/fix")
    String fix(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "fix-form-" + id, page(id), request, redirect, locale, "elections.list.notice.fixed", errors -> {
                    errors.place("elections.error.seats", "seats").place("elections.list.error.note", "note");
                    Integer seats = errors.parse(
                            "seats",
                            () -> ElectionsPageController.whole(
                                    errors.required("seats", "elections.field.seats", form.get("seats"))));
                    if (seats != null && seats < 1) {
                        errors.reject("seats", "elections.error.seats");
                    }
                    String note = errors.text("note", "elections.list.field.note", form.get("note"), 2000);
                    errors.check();
                    decisions.fix(lists.listRound(id), seats, note == null ? "" : note);
                    return back(id);
                });
    }
}

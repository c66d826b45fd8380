package vn.daihoi.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.elections.paper.SecretaryPapers;
import vn.daihoi.elections.secretary.SecretaryIntroductions;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * The direct election of the secretary on the elections page (a section loaded into it) and for scripts: the
 * introduction rounds on the new committee's names, their papers and counts, then the secretary election on
 * the name introduced.
 */
@Controller
class SecretaryController {

    record CountRequest(Integer issued, Integer collected, Integer valid, Map<Integer, Integer> votes) {}

    record ElectionRequest(String title) {}

    record OpenedRound(long electionId, long roundId, int round) {}

    private final SecretaryIntroductions introductions;
    private final SecretaryPapers papers;
    private final ElectionRounds rounds;
    private final CongressCases cases;
    private final AccessControl access;
    private final FormActions actions;

    SecretaryController(
            SecretaryIntroductions introductions,
            SecretaryPapers papers,
            ElectionRounds rounds,
            CongressCases cases,
            AccessControl access,
            FormActions actions) {
        this.introductions = introductions;
        this.papers = papers;
        this.rounds = rounds;
        this.cases = cases;
        this.access = access;
        this.actions = actions;
    }

    @GetMapping("/api/congresses/{id}/secretary/introductions")
    @ResponseBody
    @Operation(summary = "Các lần giới thiệu nhân sự để đại hội bầu trực tiếp bí thư, số phiếu giới thiệu từng người")
    List<SecretaryIntroductions.Introduction> list(@PathVariable long id) {
        return introductions.ofCase(id);
    }

    @PostMapping("/api/congresses/{id}/secretary/introductions")
    @ResponseBody
    @Operation(
            summary =
                    "Mở lần giới thiệu bí thư: trên danh sách ban chấp hành khóa mới, hoặc giữa những người bằng phiếu")
    SecretaryIntroductions.Introduction open(@PathVariable long id) {
        long introductionId = introductions.open(id);
        return introductions.ofCase(id).stream()
                .filter(i -> i.id() == introductionId)
                .findFirst()
                .orElseThrow();
    }

    @PostMapping("/api/congresses/{id}/secretary/introductions/count")
    @ResponseBody
    @Operation(summary = "Ghi kết quả kiểm phiếu giới thiệu (votes: số thứ tự trên phiếu → số phiếu giới thiệu)")
    SecretaryIntroductions.Introduction count(@PathVariable long id, @RequestBody CountRequest request) {
        return introductions.count(
                id,
                new SecretaryIntroductions.Count(
                        orMinus(request.issued()),
                        orMinus(request.collected()),
                        orMinus(request.valid()),
                        request.votes()));
    }

    @PostMapping("/api/congresses/{id}/secretary/election")
    @ResponseBody
    @Operation(summary = "Mở cuộc bầu bí thư với một người được giới thiệu, phiếu đồng ý / không đồng ý")
    OpenedRound election(@PathVariable long id, @RequestBody(required = false) ElectionRequest request) {
        long roundId = introductions.openElection(id, request == null ? null : request.title());
        RoundSheet sheet = rounds.sheet(roundId);
        return new OpenedRound(sheet.electionId(), roundId, sheet.roundNo());
    }

    /** The section of the elections page (loaded by htmx), empty for a congress that does not elect directly. */
    @GetMapping("/congresses/{id}/secretary")
    String section(@PathVariable long id, Model model) {
        CongressCase c = cases.find(id).orElseThrow(() -> DomainException.notFound("elections.error.noCase", id));
        List<SecretaryIntroductions.Introduction> held = introductions.ofCase(id);
        model.addAttribute("c", c);
        model.addAttribute("introductions", held);
        model.addAttribute("introduced", introductions.introduced(id).orElse(null));
        model.addAttribute("mayRun", access.can(Permission.CONGRESS_DAY_RUN, c.orgId()));
        model.addAttribute(
                "mayOpen", held.isEmpty() || "TIE".equals(held.getLast().state()));
        return "elections/secretary :: section";
    }

    @PostMapping("/congresses/{id}/secretary/introductions")
    String openForm(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return actions.run(
                page(id), redirect, locale, "elections.secretary.notice.opened", () -> introductions.open(id));
    }

    /** The count from the page: fields issued, collected, valid and v1..vn (introductions by position). */
    @PostMapping("/congresses/{id}/secretary/introductions/count")
    String countForm(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "secretary-count-form",
                page(id),
                request,
                redirect,
                locale,
                "elections.secretary.notice.counted",
                errors -> {
                    errors.place("elections.secretary.error.negative", "valid")
                            .place("elections.secretary.error.counts", "valid")
                            .place("elections.secretary.error.morePapers", "issued")
                            .place("elections.secretary.error.aboveValid", "valid");
                    Integer issued = errors.parse(
                            "issued",
                            () -> ElectionsPageController.whole(
                                    errors.required("issued", "elections.field.issued", form.get("issued"))));
                    Integer collected = errors.parse(
                            "collected",
                            () -> ElectionsPageController.whole(
                                    errors.required("collected", "elections.field.collected", form.get("collected"))));
                    Integer valid = errors.parse(
                            "valid",
                            () -> ElectionsPageController.whole(
                                    errors.required("valid", "elections.field.valid", form.get("valid"))));
                    Map<Integer, Integer> votes = new LinkedHashMap<>();
                    for (Map.Entry<String, String> e : form.entrySet()) {
                        if (e.getKey().matches("v\\d{1,4}")) {
                            votes.put(
                                    Integer.parseInt(e.getKey().substring(1)),
                                    errors.parse(e.getKey(), () -> number(e.getValue())));
                        }
                    }
                    errors.check();
                    introductions.count(id, new SecretaryIntroductions.Count(issued, collected, valid, votes));
                    return null;
                });
    }

    @PostMapping("/congresses/{id}/secretary/election")
    String electionForm(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        requireRun(id);
        return actions.submit(
                "secretary-election-form",
                page(id),
                request,
                redirect,
                locale,
                "elections.secretary.notice.election",
                errors -> {
                    errors.place("elections.error.title", "title");
                    String title = errors.text("title", "elections.field.title", form.get("title"), 300);
                    errors.check();
                    introductions.openElection(id, title == null ? "" : title);
                    return null;
                });
    }

    /** Running the congress day is checked before a form is read: a refusal stays a 403. */
    private void requireRun(long caseId) {
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
    }

    @GetMapping("/congresses/{id}/secretary/introduction.pdf")
    ResponseEntity<byte[]> paper(@PathVariable long id, @RequestParam(required = false) Integer round) {
        return pdf(papers.paperPdf(id, round), "phieu-gioi-thieu-bi-thu-" + id + ".pdf");
    }

    @GetMapping("/congresses/{id}/secretary/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @RequestParam(required = false) Integer round) {
        return pdf(papers.minutesPdf(id, round), "bien-ban-kiem-phieu-gioi-thieu-bi-thu-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        return Downloads.pdf(name, content);
    }

    private static String page(long caseId) {
        return "/congresses/" + caseId + "/elections";
    }

    private static int orMinus(Integer n) {
        return n == null ? -1 : n;
    }

    /** A blank field is 0 (nothing introduced); anything else must be a whole number. */
    private static int number(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("elections.error.number", text.strip());
        }
    }
}

package vn.daihoi.keying.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.keying.BallotEntry;
import vn.daihoi.keying.BallotInput;
import vn.daihoi.keying.EntryLog;
import vn.daihoi.keying.EntryLogPdf;
import vn.daihoi.keying.KeyingTeams;
import vn.daihoi.keying.LogFiling;
import vn.daihoi.keying.QuickCount;
import vn.daihoi.keying.Reconciliation;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.platform.FormActions;

/**
 * The counting table's pages: the keyed entry page of one team (keyboard only; the page posts each ballot as
 * JSON under its client id and answers in JSON), the reconciliation of the teams, the quick totals and the
 * printed entry log.
 */
@Controller
class KeyingPageController {

    private final BallotEntry entry;
    private final Reconciliation reconciliation;
    private final QuickCount quick;
    private final EntryLogPdf pdf;
    private final EntryLog log;
    private final LogFiling filing;
    private final ElectionRounds rounds;
    private final AccessControl access;
    private final FormActions actions;
    private final MessageSource messages;
    private final KeyingTeams members;

    KeyingPageController(
            BallotEntry entry,
            Reconciliation reconciliation,
            QuickCount quick,
            EntryLogPdf pdf,
            EntryLog log,
            LogFiling filing,
            ElectionRounds rounds,
            AccessControl access,
            FormActions actions,
            MessageSource messages,
            KeyingTeams members) {
        this.members = members;
        this.entry = entry;
        this.reconciliation = reconciliation;
        this.quick = quick;
        this.pdf = pdf;
        this.log = log;
        this.filing = filing;
        this.rounds = rounds;
        this.access = access;
        this.actions = actions;
        this.messages = messages;
    }

    @GetMapping("/rounds/{roundId}/entry")
    String entryPage(@PathVariable long roundId, @RequestParam(defaultValue = "1") int team, Model model) {
        entry.join(roundId, team);
        Reconciliation.Comparison c = reconciliation.compare(roundId);
        List<BallotEntry.Stored> mine = entry.ballots(roundId, team);
        List<BallotEntry.Stored> last = mine.subList(Math.max(0, mine.size() - 8), mine.size());
        List<Map<String, Object>> echoes = new ArrayList<>();
        for (BallotEntry.Stored s : last) {
            echoes.add(Map.of(
                    "position", s.position(),
                    "clientId", s.clientId().toString(),
                    "echo", entry.echo(s.ballot(), c.sheet())));
        }
        model.addAttribute("s", c.sheet());
        model.addAttribute("c", c);
        model.addAttribute("team", team);
        model.addAttribute("keyed", mine.size());
        model.addAttribute("echoes", echoes.reversed());
        model.addAttribute("legend", BallotInput.LEGEND);
        return "keying/entry";
    }

    @PostMapping("/rounds/{roundId}/entry/ballots")
    @ResponseBody
    ResponseEntity<Map<String, Object>> keyFromPage(
            @PathVariable long roundId,
            @RequestParam(defaultValue = "0") int team,
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) String input,
            @RequestParam(defaultValue = "false") boolean typedKept,
            Locale locale) {
        return answer(locale, () -> {
            BallotEntry.Ack ack = entry.key(roundId, team, clientId, input, typedKept);
            return ackBody(ack, ack.keyed() == ack.collected() ? reconciliation.afterEntry(roundId) : null);
        });
    }

    @PostMapping("/rounds/{roundId}/entry/undo")
    @ResponseBody
    ResponseEntity<Map<String, Object>> undoFromPage(
            @PathVariable long roundId,
            @RequestParam(defaultValue = "0") int team,
            @RequestParam(required = false) UUID clientId,
            Locale locale) {
        return answer(locale, () -> ackBody(entry.undo(roundId, team, clientId), null));
    }

    @GetMapping("/rounds/{roundId}/reconciliation")
    String reconciliationPage(@PathVariable long roundId, Model model) {
        Reconciliation.Comparison c = reconciliation.compare(roundId);
        model.addAttribute("s", c.sheet());
        model.addAttribute("c", c);
        model.addAttribute("mayRun", access.can(Permission.CONGRESS_DAY_RUN, reconciliation.orgOfRound(roundId)));
        model.addAttribute("newId", UUID.randomUUID().toString());
        model.addAttribute("filings", c.released() ? filing.filings(roundId) : List.of());
        List<KeyingTeams.Member> assigned = members.members(roundId);
        Map<Integer, List<KeyingTeams.Member>> byTeam = new TreeMap<>();
        for (int team = 1; team <= c.teams(); team++) {
            byTeam.put(team, new ArrayList<>());
        }
        assigned.forEach(
                m -> byTeam.computeIfAbsent(m.team(), t -> new ArrayList<>()).add(m));
        String me = access.requireUser().getUsername();
        model.addAttribute("byTeam", byTeam);
        // who actually keyed each team, by the entry log: what the release checks against the assignment
        model.addAttribute("keyedBy", members.keyedBy(roundId));
        model.addAttribute(
                "myTeam",
                assigned.stream()
                        .filter(m -> m.username().equals(me))
                        .map(KeyingTeams.Member::team)
                        .findFirst()
                        .orElse(0));
        model.addAttribute("candidates", mayRun(roundId) && !c.released() ? members.candidates(roundId) : List.of());
        return "keying/reconciliation";
    }

    /** The rounds where the signed-in clerk is on a team, each with a link to her team's entry page. */
    @GetMapping("/keying")
    String mine(Model model) {
        access.requireSomewhere(Permission.BALLOT_ENTER);
        model.addAttribute("rounds", members.mine());
        return "keying/mine";
    }

    @PostMapping("/rounds/{roundId}/reconciliation/members")
    String assign(
            @PathVariable long roundId,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.CONGRESS_DAY_RUN, reconciliation.orgOfRound(roundId));
        return actions.submit(
                "keying-assign", page(roundId), request, redirect, locale, "keying.done.assigned", errors -> {
                    errors.place("keying.error.team", "team")
                            .place("keying.teams.error.notEligible", "username")
                            .place("keying.teams.error.onTeam", "username");
                    Integer team = errors.parse(
                            "team", () -> whole(errors.required("team", "keying.teams.team", form.get("team"))));
                    String username = errors.required("username", "keying.teams.user", form.get("username"));
                    errors.check();
                    members.assign(roundId, team, username);
                    return null;
                });
    }

    @PostMapping("/rounds/{roundId}/reconciliation/members/remove")
    String unassign(
            @PathVariable long roundId,
            @RequestParam(required = false) String username,
            RedirectAttributes redirect,
            Locale locale) {
        return actions.run(
                page(roundId), redirect, locale, "keying.done.unassigned", () -> members.unassign(roundId, username));
    }

    private boolean mayRun(long roundId) {
        return access.can(Permission.CONGRESS_DAY_RUN, reconciliation.orgOfRound(roundId));
    }

    @PostMapping("/rounds/{roundId}/reconciliation/corrections")
    String correct(
            @PathVariable long roundId,
            @RequestParam(defaultValue = "0") int team,
            @RequestParam(defaultValue = "0") int position,
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) String input,
            @RequestParam(defaultValue = "false") boolean typedKept,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        // the team's keyer is checked by the entry itself (an access refusal, never a form error); what she
        // typed is the ballot read again: a refusal of its numbers goes beside the box, kept as typed
        return actions.submit(
                "fix-form-" + position, page(roundId), request, redirect, locale, "keying.done.correction", errors -> {
                    for (String key : BALLOT_INPUT_KEYS) {
                        errors.place(key, "input");
                    }
                    entry.correct(roundId, team, position, clientId, input, typedKept);
                    reconciliation.afterEntry(roundId);
                    return null;
                });
    }

    @PostMapping("/rounds/{roundId}/reconciliation/teams")
    String teams(
            @PathVariable long roundId,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        access.require(Permission.CONGRESS_DAY_RUN, reconciliation.orgOfRound(roundId));
        return actions.submit("keying-teams", page(roundId), request, redirect, locale, "keying.done.teams", errors -> {
            errors.place("keying.error.teams", "teams")
                    .place("keying.error.teamsBelowKeyed", "teams")
                    .place("keying.error.teamsBelowAssigned", "teams");
            Integer teams = errors.parse(
                    "teams", () -> whole(errors.required("teams", "keying.reconciliation.teams", form.get("teams"))));
            errors.check();
            entry.setTeams(roundId, teams);
            return null;
        });
    }

    @PostMapping("/rounds/{roundId}/reconciliation/release")
    String release(@PathVariable long roundId, RedirectAttributes redirect, Locale locale) {
        return actions.run(
                page(roundId), redirect, locale, "keying.done.release", () -> reconciliation.release(roundId));
    }

    @PostMapping("/rounds/{roundId}/log/filing")
    String fileLog(@PathVariable long roundId, RedirectAttributes redirect, Locale locale) {
        return actions.run(page(roundId), redirect, locale, "keying.done.filing", () -> filing.file(roundId));
    }

    @GetMapping("/rounds/{roundId}/entry/totals")
    String totalsPage(@PathVariable long roundId, Model model) {
        RoundSheet sheet = rounds.sheet(roundId);
        access.require(Permission.CONGRESS_DAY_RUN, reconciliation.orgOfRound(roundId));
        model.addAttribute("s", sheet);
        model.addAttribute("reasons", InvalidReason.values());
        return "keying/totals";
    }

    @PostMapping("/rounds/{roundId}/entry/totals")
    String totals(
            @PathVariable long roundId,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale) {
        String back = "/rounds/" + roundId + "/entry/totals";
        access.require(Permission.CONGRESS_DAY_RUN, reconciliation.orgOfRound(roundId));
        CountResult[] released = new CountResult[1];
        String done = actions.submit("keying-totals", back, request, redirect, locale, "keying.done.totals", errors -> {
            errors.place("keying.totals.valid", "valid");
            Integer valid = errors.parse("valid", () -> number(form.get("valid"), null));
            if (valid == null && !errors.any()) {
                errors.reject("valid", "keying.totals.valid");
            }
            Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
            for (InvalidReason r : InvalidReason.values()) {
                String field = "invalid_" + r.name();
                invalid.put(r, errors.parse(field, () -> number(form.get(field), 0)));
            }
            Map<Integer, Integer> votes = new HashMap<>();
            Map<Integer, Integer> disagree = new HashMap<>();
            form.forEach((k, v) -> {
                // the name's ballot number is in the field's name: a forged one is refused like a bad count
                if (k.startsWith("votes_")) {
                    votes.put(
                            errors.parse(k, () -> number(k.substring(6), -1)), errors.parse(k, () -> number(v, null)));
                } else if (k.startsWith("disagree_")) {
                    disagree.put(
                            errors.parse(k, () -> number(k.substring(9), -1)), errors.parse(k, () -> number(v, 0)));
                }
            });
            errors.check();
            released[0] = quick.release(roundId, new QuickCount.HandTotals(valid, invalid, votes, disagree));
            return null;
        });
        if (released[0] != null) {
            // the notice names the result's status
            redirect.getFlashAttributes().remove("notice");
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("keying.done.totals", new Object[] {released[0].status()}, locale));
        }
        return done;
    }

    /** The entry log checked, optionally against the head printed on the counting minutes. */
    @GetMapping("/rounds/{roundId}/log/verify")
    String verifyPage(
            @PathVariable long roundId,
            @RequestParam(required = false) Integer entries,
            @RequestParam(required = false) String head,
            Model model,
            Locale locale) {
        RoundSheet sheet = rounds.sheet(roundId);
        EntryLog.ExpectedHead expected = null;
        if (entries != null || (head != null && !head.isBlank())) {
            if (entries == null || entries < 0 || head == null || !head.strip().matches("[0-9a-fA-F]{8,64}")) {
                throw new DomainException("keying.error.expectedHead");
            }
            expected = new EntryLog.ExpectedHead(entries, head.strip());
        }
        EntryLog.Verification v = log.verify(roundId, expected);
        String text;
        if (v.brokenAt() != null) {
            text = messages.getMessage(
                    "keying.verify.broken",
                    new Object[] {
                        v.brokenAt(), messages.getMessage("keying.verify.problem." + v.problem(), null, locale)
                    },
                    locale);
        } else if (v.missingTail() > 0) {
            text = messages.getMessage(
                    "keying.verify.missingTail", new Object[] {v.missingTail(), v.entries()}, locale);
        } else if (!v.ballots().isEmpty()) {
            text = messages.getMessage(
                    "keying.verify.ballots", new Object[] {v.ballots().size()}, locale);
        } else {
            text = messages.getMessage("keying.verify.intact", new Object[] {v.entries(), v.head()}, locale);
        }
        model.addAttribute("s", sheet);
        model.addAttribute("v", v);
        model.addAttribute("resultText", text);
        return "keying/verify";
    }

    @GetMapping("/rounds/{roundId}/log.pdf")
    ResponseEntity<byte[]> logPdf(@PathVariable long roundId) {
        return Downloads.inlinePdf("nhat-ky-nhap-phieu-" + roundId + ".pdf", pdf.render(roundId));
    }

    /** The refusals of a ballot as typed (BallotInput): shown beside the correction's box. */
    private static final List<String> BALLOT_INPUT_KEYS = List.of(
            "keying.input.empty",
            "keying.input.reason",
            "keying.input.token",
            "keying.input.notOnList",
            "keying.input.twice",
            "keying.input.zeroWithNumbers");

    private static String page(long roundId) {
        return "/rounds/" + roundId + "/reconciliation";
    }

    /** A whole number typed in a page form ({@code null} when blank: the field is then asked for). */
    private static Integer whole(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{1,7}")) {
            throw new DomainException("keying.error.notNumber", text.strip());
        }
        return Integer.parseInt(text.strip());
    }

    private static Integer number(String text, Integer blank) {
        if (text == null || text.isBlank()) {
            return blank;
        }
        if (!text.strip().matches("\\d{1,7}")) {
            throw new DomainException("keying.totals.number", text.strip());
        }
        return Integer.parseInt(text.strip());
    }

    private Map<String, Object> ackBody(BallotEntry.Ack ack, Reconciliation.AfterEntry after) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", ack.clientId().toString());
        body.put("position", ack.position());
        body.put("echo", ack.echo());
        body.put("keyed", ack.keyed());
        body.put("collected", ack.collected());
        if (after != null) {
            body.put("compared", after.compared());
            body.put("agreed", after.agreed());
            body.put("released", after.released());
            if (after.refusal() != null) {
                body.put("refusal", after.refusal());
            }
        }
        return body;
    }

    private ResponseEntity<Map<String, Object>> answer(
            Locale locale, java.util.function.Supplier<Map<String, Object>> work) {
        try {
            return ResponseEntity.ok(work.get());
        } catch (DomainException e) {
            return ResponseEntity.status(e.status()).body(Map.of("message", messages.getMessage(e, locale)));
        }
    }
}

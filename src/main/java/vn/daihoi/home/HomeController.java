package vn.daihoi.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.audit.AuditQuery;
import vn.daihoi.audit.AuditReaders;
import vn.daihoi.keying.KeyingTeams;
import vn.daihoi.season.CongressWork;

/**
 * "My work": an office sees the deadlines, dossiers to appraise and congresses of the week in its subtree; a
 * unit that runs its congress sees its case and next step; a counting clerk her rounds and team; an auditor the
 * latest log entries; everyone the pages they may read. A block is computed only for a user whose roles show it,
 * so a page costs a few capped queries.
 */
@Controller
class HomeController {

    private static final int AUDIT_ROWS = 6;

    private final AccessControl access;
    private final CongressWork work;
    private final KeyingTeams keying;
    private final AuditLog audit;
    private final AuditReaders auditReaders;
    private final Clock clock;

    HomeController(
            AccessControl access,
            CongressWork work,
            KeyingTeams keying,
            AuditLog audit,
            AuditReaders auditReaders,
            Clock clock) {
        this.clock = clock;
        this.access = access;
        this.work = work;
        this.keying = keying;
        this.audit = audit;
        this.auditReaders = auditReaders;
    }

    @GetMapping("/")
    String home(Model model) {
        boolean office = somewhere(Permission.CONGRESS_APPROVE);
        boolean unit = somewhere(Permission.CONGRESS_MANAGE);
        model.addAttribute("office", office);
        model.addAttribute("today", LocalDate.now(clock));
        if (office) {
            model.addAttribute("deadlines", work.deadlines());
            model.addAttribute("appraisals", work.awaitingAppraisal());
            model.addAttribute("thisWeek", work.thisWeek());
        }
        model.addAttribute("unit", unit);
        if (unit) {
            model.addAttribute("myCases", work.ofMyUnits());
        }
        // Offices and secretaries may key ballots too; they see the block once they are on a team.
        if (somewhere(Permission.BALLOT_ENTER)) {
            List<KeyingTeams.MyRound> rounds = keying.mine();
            model.addAttribute("rounds", rounds);
            model.addAttribute("clerk", !unit || !rounds.isEmpty());
        }
        auditReaders.currentScope().ifPresent(scope -> {
            model.addAttribute("auditor", true);
            model.addAttribute(
                    "auditEntries", audit.find(AuditQuery.latest(AUDIT_ROWS).within(scope)));
        });
        model.addAttribute("member", access.scopeRoots(Permission.DRAFT_COMMENT).size() > 0 && !unit && !office);
        return "home";
    }

    private boolean somewhere(Permission permission) {
        return !access.scopeRoots(permission).isEmpty();
    }
}

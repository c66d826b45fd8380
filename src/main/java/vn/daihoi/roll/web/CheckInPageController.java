package vn.daihoi.roll.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.roll.internal.CheckInAnswer;
import vn.daihoi.roll.internal.CheckIns;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.season.CongressCase;

/**
 * The door's page: one focused field a USB scanner types a badge's token into (then Enter), or where the number
 * is typed; the answer in big type; the live count polled from the database (so every app node shows the same).
 */
@Controller
class CheckInPageController {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final RollBook book;
    private final CheckIns checkIns;
    private final AccessControl access;
    private final Clock clock;

    CheckInPageController(RollBook book, CheckIns checkIns, AccessControl access, Clock clock) {
        this.book = book;
        this.checkIns = checkIns;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/congresses/{id}/checkin")
    String page(@PathVariable long id, Model model) {
        CongressCase c = book.congress(id);
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
        model.addAttribute("c", c);
        model.addAttribute("base", checkIns.count(id));
        return "roll/checkin";
    }

    @PostMapping("/congresses/{id}/checkin")
    String checkIn(
            @PathVariable long id,
            @RequestParam(required = false) String code,
            Model model,
            HttpServletResponse response) {
        String typed = code == null ? "" : code.strip();
        boolean number = typed.matches("\\d{1,6}");
        CheckInAnswer answer = checkIns.checkIn(id, number ? null : typed, number ? Integer.valueOf(typed) : null);
        model.addAttribute("a", answer);
        model.addAttribute("typed", typed);
        model.addAttribute(
                "hour",
                answer.checkedAt() == null
                        ? ""
                        : HOUR.format(answer.checkedAt().atZoneSameInstant(vn.daihoi.platform.Dates.ZONE)));
        // the live count refreshes at once instead of at its next poll
        response.setHeader("HX-Trigger", "checked-in");
        return "roll/checkin :: answer";
    }

    @GetMapping("/congresses/{id}/checkin/count")
    String count(@PathVariable long id, Model model) {
        model.addAttribute("c", book.congress(id));
        model.addAttribute("base", checkIns.count(id));
        return "roll/checkin :: count";
    }
}

package vn.daihoi.dossier.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.dossier.ApprovalCalendar;
import vn.daihoi.dossier.ApprovalConclusions;
import vn.daihoi.dossier.ApprovalMeeting;
import vn.daihoi.dossier.MeetingConflict;
import vn.daihoi.platform.DomainException;

/** The approval calendar (lịch duyệt) of a superior: ready dossiers, meetings with their conflicts, conclusions. */
@Controller
class ApprovalCalendarPageController {

    private final ApprovalCalendar calendar;
    private final ApprovalConclusions conclusions;
    private final DossierPageMessages messages;

    ApprovalCalendarPageController(
            ApprovalCalendar calendar, ApprovalConclusions conclusions, DossierPageMessages messages) {
        this.calendar = calendar;
        this.conclusions = conclusions;
        this.messages = messages;
    }

    @GetMapping("/org/{id}/approval-calendar")
    String show(@PathVariable("id") long superiorId, Model model, Locale locale) {
        ApprovalCalendar.View view = calendar.view(superiorId, null);
        Map<Long, List<String>> conflicts = new HashMap<>();
        for (MeetingConflict c : view.conflicts()) {
            conflicts
                    .computeIfAbsent(c.meetingId(), k -> new ArrayList<>())
                    .add(messages.text(c.messageKey(), locale, c.arguments().toArray()));
        }
        model.addAttribute("superiorId", superiorId);
        model.addAttribute("view", view);
        model.addAttribute("conflicts", conflicts);
        return "dossier/calendar";
    }

    @PostMapping("/org/{id}/approval-calendar")
    String schedule(
            @PathVariable("id") long superiorId,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            List<ApprovalMeeting.Entry> agenda = new ArrayList<>();
            for (String c : form.getOrDefault("case", List.of())) {
                long caseId = parseId(c);
                agenda.add(new ApprovalMeeting.Entry(caseId, form.getFirst("presenter-" + caseId)));
            }
            ApprovalMeeting m = calendar.schedule(
                    superiorId,
                    new ApprovalMeeting.New(
                            DossierPageController.date(form.getFirst("meetsOn")),
                            time(form.getFirst("startsAt")),
                            time(form.getFirst("endsAt")),
                            form.getFirst("place"),
                            agenda));
            messages.notice(
                    redirect, locale, "dossier.meeting.scheduled", vn.daihoi.platform.Dates.format(m.meetsOn()));
        } catch (DomainException e) {
            messages.error(redirect, locale, e);
        }
        return "redirect:/org/" + superiorId + "/approval-calendar";
    }

    @PostMapping("/approval-meetings/{id}/conclusions")
    String conclude(
            @PathVariable long id,
            @RequestParam(name = "caseId", defaultValue = "") String caseId,
            @RequestParam(defaultValue = "") String text,
            Locale locale,
            RedirectAttributes redirect) {
        ApprovalMeeting meeting = calendar.meeting(id);
        try {
            // an unreadable case id is "not on the agenda", after the permission check
            IssuedDocument doc =
                    conclusions.conclude(id, caseId.matches("\\d{1,18}") ? Long.parseLong(caseId) : -1, text);
            messages.notice(redirect, locale, "dossier.concluded", doc.symbol());
        } catch (DomainException e) {
            messages.error(redirect, locale, e);
        }
        return "redirect:/org/" + meeting.superiorOrgId() + "/approval-calendar";
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("dossier.error.meetingNoUnit");
        }
    }

    private static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("dossier.error.badTime", text.strip());
        }
    }
}

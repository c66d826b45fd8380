package vn.daihoi.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
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
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.dossier.ApprovalCalendar;
import vn.daihoi.dossier.ApprovalConclusions;
import vn.daihoi.dossier.ApprovalMeeting;
import vn.daihoi.dossier.MeetingConflict;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;

/** The approval calendar (lịch duyệt) of a superior: ready dossiers, meetings with their conflicts, conclusions. */
@Controller
class ApprovalCalendarPageController {

    private final ApprovalCalendar calendar;
    private final ApprovalConclusions conclusions;
    private final DossierPageMessages messages;
    private final FormActions actions;
    private final AccessControl access;

    ApprovalCalendarPageController(
            ApprovalCalendar calendar,
            ApprovalConclusions conclusions,
            DossierPageMessages messages,
            FormActions actions,
            AccessControl access) {
        this.calendar = calendar;
        this.conclusions = conclusions;
        this.messages = messages;
        this.actions = actions;
        this.access = access;
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
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        access.require(Permission.CONGRESS_APPROVE, superiorId);
        String page = "/org/" + superiorId + "/approval-calendar";
        LocalDate[] scheduled = new LocalDate[1];
        String next =
                actions.submit("meeting-form", page, request, redirect, locale, "dossier.meeting.scheduled", errors -> {
                    errors.place("dossier.error.meetingDateRequired", "meetsOn")
                            .place("dossier.error.meetingTime", "startsAt")
                            .place("dossier.error.meetingPlace", "place");
                    List<ApprovalMeeting.Entry> agenda = new ArrayList<>();
                    for (String c : form.getOrDefault("case", List.of())) {
                        Long caseId = errors.parse("case", () -> parseId(c));
                        if (caseId != null) {
                            agenda.add(new ApprovalMeeting.Entry(caseId, form.getFirst("presenter-" + caseId)));
                        }
                    }
                    LocalDate on = errors.date("meetsOn", "dossier.meeting.date", form.getFirst("meetsOn"), true);
                    LocalTime from = errors.parse("startsAt", () -> time(form.getFirst("startsAt")));
                    LocalTime to = errors.parse("endsAt", () -> time(form.getFirst("endsAt")));
                    String place = errors.text(
                            "place",
                            "dossier.meeting.place",
                            errors.required("place", "dossier.meeting.place", form.getFirst("place")),
                            300);
                    errors.check();
                    scheduled[0] = calendar.schedule(superiorId, new ApprovalMeeting.New(on, from, to, place, agenda))
                            .meetsOn();
                    return null;
                });
        if (scheduled[0] != null) {
            messages.notice(redirect, locale, "dossier.meeting.scheduled", Dates.format(scheduled[0]));
        }
        return next;
    }

    @PostMapping("/approval-meetings/{id}/conclusions")
    String conclude(
            @PathVariable long id,
            @RequestParam(name = "caseId", defaultValue = "") String caseId,
            @RequestParam(defaultValue = "") String text,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        ApprovalMeeting meeting = calendar.meeting(id);
        access.require(Permission.CONGRESS_APPROVE, meeting.superiorOrgId());
        String page = "/org/" + meeting.superiorOrgId() + "/approval-calendar";
        // an unreadable case id is "not on the agenda", after the permission check
        long agendaCase = caseId.matches("\\d{1,18}") ? Long.parseLong(caseId) : -1;
        String[] symbol = new String[1];
        String next = actions.submit(
                "conclusion-form-" + agendaCase, page, request, redirect, locale, "dossier.concluded", errors -> {
                    errors.place("dossier.error.conclusionRequired", "text")
                            .place("dossier.error.conclusionTooLong", "text");
                    symbol[0] = conclusions.conclude(id, agendaCase, text).symbol();
                    return null;
                });
        if (symbol[0] != null) {
            messages.notice(redirect, locale, "dossier.concluded", symbol[0]);
        }
        return next;
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

package vn.daihoi.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.daihoi.dossier.MeetingConflict.Kind;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.platform.Dates;

/**
 * Finds the conflicts of an approval calendar, a pure function of the meetings: a room or a person twice
 * at once, a unit on two agendas, a meeting after the unit's window or too close to its planned congress.
 * {@code others} are the meetings of other offices on the same days (they share rooms and people).
 */
final class CalendarConflicts {

    /** Working days between a meeting and the planned congress, and the least the rulebook asks (or -1). */
    interface Lead {
        int workingDaysBetween(LocalDate meeting, LocalDate congress);

        int required(ApprovalMeeting.Agenda unit, LocalDate meeting);
    }

    private CalendarConflicts() {}

    static List<MeetingConflict> find(List<ApprovalMeeting> meetings, List<ApprovalMeeting> others, Lead lead) {
        List<MeetingConflict> out = new ArrayList<>();
        List<ApprovalMeeting> everyone = new ArrayList<>(meetings);
        others.stream()
                .filter(o -> meetings.stream().noneMatch(m -> m.id() == o.id()))
                .forEach(everyone::add);
        for (ApprovalMeeting m : meetings) {
            for (ApprovalMeeting o : everyone) {
                if (o.id() == m.id() || !m.overlaps(o)) {
                    continue;
                }
                if (key(m.place()).equals(key(o.place()))) {
                    out.add(new MeetingConflict(m.id(), null, Kind.ROOM, List.of(m.place(), when(o))));
                }
                Set<String> theirs = people(o);
                Set<String> reported = new HashSet<>();
                for (ApprovalMeeting.Agenda a : m.agenda()) {
                    for (String person : names(a)) {
                        if (theirs.contains(key(person)) && reported.add(key(person))) {
                            out.add(new MeetingConflict(m.id(), a.caseId(), Kind.PERSON, List.of(person, when(o))));
                        }
                    }
                }
            }
            for (ApprovalMeeting.Agenda a : m.agenda()) {
                for (ApprovalMeeting o : meetings) {
                    if (o.id() != m.id() && o.agenda().stream().anyMatch(x -> x.caseId() == a.caseId())) {
                        out.add(new MeetingConflict(
                                m.id(), a.caseId(), Kind.UNIT_TWICE, List.of(a.orgName(), when(o))));
                    }
                }
                if (a.windowTo() != null && m.meetsOn().isAfter(a.windowTo())) {
                    out.add(new MeetingConflict(
                            m.id(), a.caseId(), Kind.AFTER_WINDOW, List.of(a.orgName(), Dates.format(a.windowTo()))));
                }
                int required = a.plannedOn() == null ? -1 : lead.required(a, m.meetsOn());
                if (required >= 0) {
                    int have = lead.workingDaysBetween(m.meetsOn(), a.plannedOn());
                    if (have < required) {
                        out.add(new MeetingConflict(
                                m.id(),
                                a.caseId(),
                                Kind.TOO_LATE,
                                List.of(
                                        a.orgName(),
                                        Dates.format(a.plannedOn()),
                                        Integer.toString(have),
                                        Integer.toString(required))));
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> people(ApprovalMeeting m) {
        Set<String> out = new HashSet<>();
        m.agenda().forEach(a -> names(a).forEach(n -> out.add(key(n))));
        return out;
    }

    private static List<String> names(ApprovalMeeting.Agenda a) {
        List<String> out = new ArrayList<>();
        out.add(a.presenter());
        if (a.followerName() != null) {
            out.add(a.followerName());
        }
        return out;
    }

    private static String key(String text) {
        return VietnameseNames.searchKey(text == null ? "" : text)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String when(ApprovalMeeting m) {
        return Dates.format(m.meetsOn()) + " " + m.startsAt() + "–" + m.endsAt() + " (" + m.place() + ")";
    }
}

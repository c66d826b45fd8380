package vn.daihoi.dossier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** An approval meeting (phiên duyệt) of a superior's standing committee and the units on its agenda. */
public record ApprovalMeeting(
        long id,
        long superiorOrgId,
        LocalDate meetsOn,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        List<Agenda> agenda) {

    /** A unit on the agenda: its case, who presents it, and the conclusion once issued. */
    public record Agenda(
            long caseId,
            long orgId,
            String orgName,
            String term,
            String level,
            String state,
            String presenter,
            String followerName,
            java.time.LocalDate windowTo,
            java.time.LocalDate plannedOn,
            Long conclusionDocumentId,
            String conclusionSymbol) {}

    /** A meeting to schedule: date, time, place and the units with who presents each. */
    public record New(LocalDate meetsOn, LocalTime startsAt, LocalTime endsAt, String place, List<Entry> agenda) {}

    public record Entry(long caseId, String presenter) {}

    boolean overlaps(ApprovalMeeting other) {
        return meetsOn.equals(other.meetsOn) && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}

package vn.daihoi.dossier;

import java.util.List;

/**
 * A conflict on the approval calendar, shown to the office (never a block): message key
 * {@code dossier.conflict.<KIND>} with {@code arguments}.
 */
public record MeetingConflict(long meetingId, Long caseId, Kind kind, List<String> arguments) {

    public enum Kind {
        /** The same room booked by two meetings at once. */
        ROOM,
        /** The same person (presenter or assigned member) in two meetings at once. */
        PERSON,
        /** A unit on the agenda of two meetings. */
        UNIT_TWICE,
        /** The meeting falls after the end of the unit's congress window. */
        AFTER_WINDOW,
        /** Fewer working days between the meeting and the planned congress than the rulebook asks. */
        TOO_LATE
    }

    public String messageKey() {
        return "dossier.conflict." + kind.name();
    }
}

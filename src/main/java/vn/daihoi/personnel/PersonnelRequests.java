package vn.daihoi.personnel;

import java.time.LocalDate;
import java.util.Map;
import vn.daihoi.personnel.Proposal.CandidacyKind;

/** What callers send to {@link PersonnelProposals}; checked there, after the permission. */
public final class PersonnelRequests {

    private PersonnelRequests() {}

    /** A body's seats and structure (category → seats); a null structure keeps the one recorded. */
    public record SetBody(PersonnelBody body, Integer seats, Map<String, Integer> structure) {}

    /** A candidate taken from the member record, with what the record does not hold (null flags are false). */
    public record AddCandidate(
            PersonnelBody body,
            Long memberId,
            Boolean firstTime,
            Boolean scienceCadre,
            String education,
            String position) {}

    /** A candidacy outside the proposal; {@code filedOn} defaults to today. */
    public record FileCandidacy(
            PersonnelBody body, Long memberId, CandidacyKind kind, String nominatedBy, LocalDate filedOn) {}
}

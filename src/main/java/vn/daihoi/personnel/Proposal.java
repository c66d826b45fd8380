package vn.daihoi.personnel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.daihoi.season.CongressCase;

/**
 * The personnel proposal of a congress case as it stands: each body's seats and structure, the candidates,
 * the committee's indicators at the reference month, the warnings, and the candidacies outside the proposal
 * with the last day they may be filed (null while the case has no opening date).
 */
public record Proposal(
        CongressCase congress,
        List<BodyPlan> bodies,
        List<Candidate> candidates,
        YearMonth referenceMonth,
        List<Indicator> indicators,
        List<Finding> warnings,
        List<Candidacy> candidacies,
        LocalDate lastCandidacyDay) {

    /** A body's planned seats and its structure (seats per category, in the order entered). */
    public record BodyPlan(PersonnelBody body, int seats, Map<String, Integer> structure) {}

    /** A candidacy outside the proposal. Kinds have message keys {@code personnel.candidacy.<NAME>}. */
    public record Candidacy(
            long id,
            PersonnelBody body,
            long memberId,
            String fullName,
            CandidacyKind kind,
            String nominatedBy,
            LocalDate filedOn,
            String filedBy) {}

    public enum CandidacyKind {
        /** Ứng cử: the member stands. */
        SELF,
        /** Đề cử: someone proposes the member. */
        NOMINATION
    }

    /** The candidates of one body. */
    public List<Candidate> candidatesOf(PersonnelBody body) {
        return candidates.stream().filter(c -> c.body() == body).toList();
    }
}

package vn.daihoi.season;

import static vn.daihoi.season.CongressState.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state machine of a congress case (domain.md): every allowed step, who takes it, and what it must
 * carry. Anything not listed here is refused.
 */
public final class CongressTransitions {

    /** Who decides a step: the unit itself (its office, its cell secretary) or its direct superior. */
    public enum Actor {
        UNIT,
        SUPERIOR
    }

    /** What a step must carry besides its date. */
    public enum Needs {
        NOTHING,
        /** A written reason (returned dossier, annulment, dissolution…). */
        REASON,
        /** The congress date (convening). */
        CONGRESS_DATE,
        /** A reason and the new date (postponement). */
        REASON_AND_NEW_DATE
    }

    /** One allowed step. */
    public record Step(CongressState from, CongressState to, Actor actor, Needs needs) {

        public String labelKey() {
            return "congress.step." + to.name();
        }
    }

    private static final Map<CongressState, List<Step>> FROM = new EnumMap<>(CongressState.class);

    static {
        unit(PLAN_ISSUED, PREPARING);
        unit(PREPARING, INTERNAL_ADOPTED);
        unit(INTERNAL_ADOPTED, DOSSIER_SUBMITTED);
        superior(DOSSIER_SUBMITTED, UNDER_APPRAISAL, Needs.NOTHING);
        superior(UNDER_APPRAISAL, RETURNED_FOR_REVISION, Needs.REASON);
        unit(RETURNED_FOR_REVISION, DOSSIER_SUBMITTED);
        superior(UNDER_APPRAISAL, APPROVAL_MEETING, Needs.NOTHING);
        superior(APPROVAL_MEETING, APPROVED, Needs.NOTHING);
        superior(APPROVAL_MEETING, RETURNED_FOR_REVISION, Needs.REASON);
        step(APPROVED, CONVENED, Actor.UNIT, Needs.CONGRESS_DATE);
        unit(CONVENED, PREPARATORY_SESSION);
        // A chi bộ congress has no preparatory session: it opens straight into the official session.
        unit(CONVENED, IN_SESSION);
        unit(PREPARATORY_SESSION, IN_SESSION);
        unit(IN_SESSION, CLOSED);
        unit(CLOSED, FIRST_COMMITTEE_MEETING);
        // When the new committee's first meeting is held during the congress, the report follows the closing.
        unit(CLOSED, RESULT_REPORTED);
        unit(FIRST_COMMITTEE_MEETING, RESULT_REPORTED);
        superior(RESULT_REPORTED, CONFIRMED, Needs.NOTHING);
        superior(RESULT_REPORTED, RESULT_ANNULLED, Needs.REASON);
        superior(CONFIRMED, RESULT_ANNULLED, Needs.REASON);
        step(RESULT_ANNULLED, CONVENED, Actor.UNIT, Needs.CONGRESS_DATE);
        unit(CONFIRMED, ARCHIVED);
        for (CongressState s : BEFORE_SESSION) {
            superior(s, POSTPONED, Needs.REASON_AND_NEW_DATE);
            if (s != CONVENED && s != PREPARATORY_SESSION) {
                superior(s, COMMITTEE_APPOINTED, Needs.REASON);
            }
        }
        // A two-content congress is still convened and held, with its appointed committee.
        step(COMMITTEE_APPOINTED, CONVENED, Actor.UNIT, Needs.CONGRESS_DATE);
        for (CongressState s : values()) {
            if (!s.terminal()) {
                superior(s, DISSOLVED, Needs.REASON);
                superior(s, MERGED, Needs.REASON);
            }
        }
    }

    private CongressTransitions() {}

    private static void unit(CongressState from, CongressState to) {
        step(from, to, Actor.UNIT, Needs.NOTHING);
    }

    private static void superior(CongressState from, CongressState to, Needs needs) {
        step(from, to, Actor.SUPERIOR, needs);
    }

    private static void step(CongressState from, CongressState to, Actor actor, Needs needs) {
        FROM.computeIfAbsent(from, k -> new ArrayList<>()).add(new Step(from, to, actor, needs));
    }

    /**
     * The steps out of {@code from}. A postponed case resumes where it stopped: the step back to
     * {@code resumeState} is taken by the unit.
     */
    public static List<Step> from(CongressState from, CongressState resumeState) {
        List<Step> steps = new ArrayList<>(FROM.getOrDefault(from, List.of()));
        if (from == POSTPONED && resumeState != null) {
            steps.addFirst(new Step(POSTPONED, resumeState, Actor.UNIT, Needs.NOTHING));
        }
        return Collections.unmodifiableList(steps);
    }

    public static Optional<Step> find(CongressState from, CongressState resumeState, CongressState to) {
        return from(from, resumeState).stream().filter(s -> s.to() == to).findFirst();
    }
}

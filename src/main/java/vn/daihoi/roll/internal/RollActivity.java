package vn.daihoi.roll.internal;

import static vn.daihoi.season.CongressState.CONVENED;
import static vn.daihoi.season.CongressState.IN_SESSION;
import static vn.daihoi.season.CongressState.PREPARATORY_SESSION;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressState;

/**
 * What the office changes on the congress day, and in which steps of the congress case ({@link CongressState})
 * each may change. Decided with the states that exist:
 *
 * <ul>
 *   <li>{@link #PREPARE} the roll (entries, absences, alternates called up, closing and reopening it) and the
 *       planned agenda: from the plan until the official session ends, while the case is before the session
 *       ({@link CongressState#BEFORE_SESSION}), postponed (a postponed congress keeps preparing for its new date),
 *       turned into a two-content congress, or in session (an alternate is called up on the day).
 *   <li>{@link #CHECK_IN} at the door: on the congress day only, that is in the preparatory or the official
 *       session, or once convened on the planned date itself (people arrive before the opening).
 *   <li>{@link #SESSION} the current agenda step and the bodies elected by show of hands: in the preparatory
 *       or the official session, when the congress sits.
 * </ul>
 *
 * Once the case is past the session (closed, first committee meeting, results reported, confirmed, archived)
 * or ended otherwise (dissolved, merged, results annulled), nothing changes: the roll is the record of the day.
 */
enum RollActivity {
    PREPARE(prepareStates()),
    CHECK_IN(EnumSet.of(CONVENED, PREPARATORY_SESSION, IN_SESSION)),
    SESSION(EnumSet.of(PREPARATORY_SESSION, IN_SESSION));

    private final Set<CongressState> states;

    RollActivity(Set<CongressState> states) {
        this.states = states;
    }

    private static Set<CongressState> prepareStates() {
        Set<CongressState> s = EnumSet.copyOf(CongressState.BEFORE_SESSION);
        s.addAll(EnumSet.of(CongressState.POSTPONED, CongressState.COMMITTEE_APPOINTED, IN_SESSION));
        return s;
    }

    boolean allows(CongressState state, LocalDate plannedOn, LocalDate today) {
        if (this == CHECK_IN && state == CONVENED) {
            return today.equals(plannedOn);
        }
        return states.contains(state);
    }

    /** Refuses with a 409 naming the activity, the unit and the case's step. */
    void require(CongressCase c, CongressState state, LocalDate today) {
        if (!allows(state, c.plannedOn(), today)) {
            throw DomainException.conflict(
                    "roll.error.wrongStep",
                    new DefaultMessageSourceResolvable("roll.activity." + name()),
                    c.orgName(),
                    new DefaultMessageSourceResolvable(state.labelKey()));
        }
    }
}

package vn.daihoi.elections;

import static vn.daihoi.season.CongressState.CLOSED;
import static vn.daihoi.season.CongressState.FIRST_COMMITTEE_MEETING;
import static vn.daihoi.season.CongressState.IN_SESSION;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressState;

/**
 * In which steps of the congress case ({@link CongressState}) elections are held and their ballots keyed: the
 * congress's own elections in its official session only (the preparatory session elects its bodies by show of
 * hands, in roll); those of the new committee's first meeting in the official session (a meeting held during the
 * congress), once closed, or at the first meeting itself. Before (a plan, a dossier, an approval, a convened
 * congress) and after (results reported, confirmed, archived) no election is opened and no ballot keyed.
 */
enum SessionSteps {
    /** Opening an election of the congress (the list stage included). */
    OPEN(EnumSet.of(IN_SESSION)),
    /** Opening an election of the new committee's first meeting. */
    FIRST_MEETING(EnumSet.of(IN_SESSION, CLOSED, FIRST_COMMITTEE_MEETING)),
    /** Keying a ballot of a congress election. */
    KEYING(EnumSet.of(IN_SESSION)),
    /** Keying a ballot of a first-meeting election. */
    KEYING_FIRST_MEETING(EnumSet.of(IN_SESSION, CLOSED, FIRST_COMMITTEE_MEETING));

    private final Set<CongressState> states;

    SessionSteps(Set<CongressState> states) {
        this.states = states;
    }

    boolean allows(CongressState state) {
        return states.contains(state);
    }

    /** Refuses with a 409 naming the activity, the unit and the case's step (the wording of the roll's refusal). */
    void require(CongressState state, String orgName) {
        if (!allows(state)) {
            throw DomainException.conflict(
                    "elections.error.wrongStep",
                    new DefaultMessageSourceResolvable("elections.activity." + name()),
                    orgName,
                    new DefaultMessageSourceResolvable(state.labelKey()));
        }
    }
}

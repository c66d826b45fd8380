package vn.daihoi.keying;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.access.Role;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.security.Fixtures;

/**
 * The accounts put on the teams of each round (one new account per team, a person keys for one team of a round
 * only), and signing in as one of them: the keying tests' staffing in one place.
 */
final class TeamStaff {

    private final Fixtures fixtures;
    private final KeyingTeams teams;
    private final UserDetailsService users;
    private final long orgId;
    private final Map<Long, List<String>> byRound = new HashMap<>();

    TeamStaff(Fixtures fixtures, KeyingTeams teams, UserDetailsService users, long orgId) {
        this.fixtures = fixtures;
        this.teams = teams;
        this.users = users;
        this.orgId = orgId;
    }

    /** Puts one new account (the cell's secretary role: keys, and may release) on each of the round's teams. */
    void staff(long roundId, int count) {
        byRound.put(roundId, KeyingFixtures.staffTeams(fixtures, teams, roundId, orgId, count, Role.CELL_SECRETARY));
    }

    /** The account on {@code team} of the round. */
    String of(long roundId, int team) {
        return byRound.get(roundId).get(team - 1);
    }

    /** Signs in as the account on {@code team} of the round. */
    void as(long roundId, int team) {
        ResultsFixtures.signIn(users, of(roundId, team));
    }
}

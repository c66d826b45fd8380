package vn.daihoi.keying;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.elections.CountsGuard;
import vn.daihoi.platform.DomainException;

/**
 * The counts of a round as keying sees them: collected may not go below the live ballots any team has already
 * keyed (the pile cannot shrink under the keyed ballots), and every change of the counts goes to the entry log.
 */
@Component
class KeyedCountsGuard implements CountsGuard {

    private final JdbcClient jdbc;
    private final EntryLog log;

    KeyedCountsGuard(JdbcClient jdbc, EntryLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public void countsChanging(long roundId, int issued, int collected) {
        // under the round's entry lock: no team keys a ballot between this count and the change
        EntryLog.Head head = log.lock(roundId);
        record Most(int team, int keyed) {}
        jdbc.sql("""
                        select team, count(*) as keyed from keyed_ballot where round_id = ? and not superseded
                        group by team order by count(*) desc, team limit 1""")
                .param(roundId)
                .query(Most.class)
                .optional()
                .filter(m -> m.keyed() > collected)
                .ifPresent(m -> {
                    throw DomainException.conflict("keying.error.countsBelowKeyed", collected, m.team(), m.keyed());
                });
        log.append(head, null, EntryLog.Action.COUNTS_SET, "phát " + issued + ", thu " + collected);
    }
}

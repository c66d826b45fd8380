package vn.daihoi.elections;

/**
 * SPI: a module that keeps something about a round's ballots (keying: the teams' piles and the entry log) and
 * must hear of every change of the counts of ballots issued and collected. Called by {@link
 * ElectionRounds#recordCounts} in its transaction, before the round's row is locked (so the lock order is the same
 * as a release's: the implementer's rows first, then the round), with the counts already checked against each
 * other. It refuses counts below what it already holds ({@code DomainException}) and records the change.
 */
public interface CountsGuard {

    void countsChanging(long roundId, int issued, int collected);
}

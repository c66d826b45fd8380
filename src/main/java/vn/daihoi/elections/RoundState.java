package vn.daihoi.elections;

/** Where a round stands. */
public enum RoundState {
    /** The list is being built and decided. */
    LIST,
    /** Ballots printed and issued; the counts of issued and collected are entered. */
    BALLOTING,
    /** The counting committee is entering ballots. */
    COUNTING,
    /** The result is the congress's result (all counts agreed, or the totals entered in quick mode). */
    RELEASED
}

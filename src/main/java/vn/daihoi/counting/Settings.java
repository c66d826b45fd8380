package vn.daihoi.counting;

/**
 * The points the texts leave open, each with the default of elections.md; the minutes print them.
 *
 * @param allStruckOut a strike-out ballot with every name struck: invalid (default) or valid, no votes
 * @param runoffRequiresMajority a run-off winner must again have {@code 2 × votes > D} (default true)
 * @param quorumFraction share of D that must be present (default 2/3)
 */
public record Settings(AllStruckOut allStruckOut, boolean runoffRequiresMajority, Fraction quorumFraction) {

    public static final Settings DEFAULTS = new Settings(AllStruckOut.INVALID, true, new Fraction(2, 3));

    public Settings {
        if (allStruckOut == null) {
            allStruckOut = AllStruckOut.INVALID;
        }
        if (quorumFraction == null) {
            quorumFraction = new Fraction(2, 3);
        }
    }
}

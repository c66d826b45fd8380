package vn.daihoi.counting;

/** How a strike-out ballot with every name struck counts (setting {@code allStruckOut}). */
public enum AllStruckOut {
    INVALID,
    VALID
}

package vn.daihoi.counting;

/** An election proper, or an opinion ballot admitting a floor or self nomination to the list. */
public enum Purpose {
    ELECTION,
    NOMINATION_OPINION
}

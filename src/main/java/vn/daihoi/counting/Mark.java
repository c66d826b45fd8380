package vn.daihoi.counting;

/** The mark beside one name on an agree/disagree ballot. */
public enum Mark {
    AGREE,
    DISAGREE,
    BOTH,
    NONE
}

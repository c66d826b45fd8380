package vn.daihoi.counting;

/** The two ballot forms of elections.md §4. */
public enum BallotForm {
    STRIKE_OUT,
    AGREE_DISAGREE
}

package vn.daihoi.counting;

/** Points the minutes should flag but that do not stop the count. */
public enum WarningCode {
    SURPLUS_OUTSIDE_PROPOSAL_BAND,
    BELOW_QUORUM
}

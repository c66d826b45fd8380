package vn.daihoi.counting;

/** Why a record is refused: the presidium must resolve it before any result exists. */
public enum ErrorCode {
    COLLECTED_EXCEEDS_ISSUED,
    BALLOT_COUNT_MISMATCH,
    VOTES_EXCEED_VALID,
    VOTES_EXCEED_CAPACITY,
    UNKNOWN_CANDIDATE,
    SURPLUS_REQUIRED,
    SURPLUS_EXCEEDS_MAX,
    FORM_MISMATCH,
    BAD_BASE,
    BAD_RECORD
}

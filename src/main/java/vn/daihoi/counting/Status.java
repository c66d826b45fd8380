package vn.daihoi.counting;

/** The outcome of counting one record. */
public enum Status {
    DECIDED,
    RUNOFF_REQUIRED,
    ERROR
}

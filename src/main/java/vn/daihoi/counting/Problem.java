package vn.daihoi.counting;

/** An error or a warning: a code for programs and a Vietnamese message naming the field for people. */
public sealed interface Problem {

    String message();

    record Error(ErrorCode code, String message) implements Problem {}

    record Warning(WarningCode code, String message) implements Problem {}
}

package vn.daihoi.counting;

import java.util.ArrayList;
import java.util.List;

/** The errors and warnings gathered while checking one record. */
final class Findings {

    private final List<Problem.Error> errors = new ArrayList<>();
    private final List<Problem.Warning> warnings = new ArrayList<>();

    void error(ErrorCode code, String message) {
        errors.add(new Problem.Error(code, message));
    }

    void warn(WarningCode code, String message) {
        warnings.add(new Problem.Warning(code, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<Problem.Warning> warnings() {
        return warnings;
    }

    /** The errors, then the warnings, in the order found. */
    List<Problem> problems() {
        List<Problem> out = new ArrayList<>(errors);
        out.addAll(warnings);
        return List.copyOf(out);
    }

    CountResult.Refused refused() {
        return new CountResult.Refused(errors, warnings);
    }
}

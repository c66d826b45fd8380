package vn.daihoi.counting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What counting one record gives: a result ({@link Counted}) or a refusal ({@link Refused}). */
public sealed interface CountResult {

    Status status();

    List<Problem.Warning> warnings();

    /**
     * A computed result: {@code DECIDED} (every seat filled or left vacant) or {@code RUNOFF_REQUIRED}
     * ({@code runoff} names the tied candidates and the seats left; {@code elected} holds those above).
     */
    record Counted(
            Status status,
            int base,
            int threshold,
            int issued,
            int collected,
            int valid,
            int invalid,
            Map<InvalidReason, Integer> invalidByReason,
            List<CandidateResult> results,
            List<String> elected,
            Runoff runoff,
            int vacancies,
            List<Problem.Warning> warnings)
            implements CountResult {

        public Counted {
            invalidByReason = Map.copyOf(invalidByReason);
            results = List.copyOf(results);
            elected = List.copyOf(elected);
            warnings = List.copyOf(warnings);
        }
    }

    /** The record was refused; the presidium must resolve every listed error first. */
    record Refused(List<Problem.Error> errors, List<Problem.Warning> warnings) implements CountResult {

        public Refused {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        @Override
        public Status status() {
            return Status.ERROR;
        }
    }

    /** One candidate's line in ballot order; {@code percentOfBase} has two decimals, rounded half up. */
    record CandidateResult(
            String id,
            String name,
            int votes,
            int disagree,
            BigDecimal percentOfBase,
            boolean passed,
            boolean elected) {}

    /** A run-off among the candidates tied at the last seat, in ballot order, for the seats left. */
    record Runoff(List<String> candidates, int seats) {

        public Runoff {
            candidates = List.copyOf(candidates);
        }
    }
}

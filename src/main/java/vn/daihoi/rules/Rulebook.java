package vn.daihoi.rules;

import java.time.LocalDate;
import java.util.Optional;
import vn.daihoi.org.OrgLevel;

/** Reads the parameter in force for a term and level on a date. */
public interface Rulebook {

    /** The raw value (as written in the rulebook), or empty when the rulebook has none. */
    Optional<String> value(String term, OrgLevel level, RuleKey key, LocalDate on);

    default Optional<Integer> integer(String term, OrgLevel level, RuleKey key, LocalDate on) {
        return value(term, level, key, on).map(v -> Integer.valueOf(v.trim()));
    }

    default Optional<LocalDate> date(String term, OrgLevel level, RuleKey key, LocalDate on) {
        return value(term, level, key, on).map(v -> LocalDate.parse(v.trim()));
    }
}

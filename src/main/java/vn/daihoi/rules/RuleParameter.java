package vn.daihoi.rules;

import java.time.Instant;
import java.time.LocalDate;
import vn.daihoi.org.OrgLevel;

/** One row of the rulebook: a value with its legal basis, valid from {@code validFrom} to before {@code validTo}. */
public record RuleParameter(
        long id,
        String term,
        OrgLevel level,
        RuleKey key,
        String value,
        String legalBasis,
        LocalDate validFrom,
        LocalDate validTo,
        String changedBy,
        Instant changedAt) {

    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    /** The last day in force (validTo is exclusive), or null while open. */
    public LocalDate lastDay() {
        return validTo == null ? null : validTo.minusDays(1);
    }
}

package vn.daihoi.rules;

import java.time.LocalDate;
import vn.daihoi.org.OrgLevel;

/** A new value for a parameter, as an authorised user asks for it: in force from {@code validFrom}. */
public record RuleChange(
        String term, OrgLevel level, RuleKey key, String value, String legalBasis, LocalDate validFrom) {}

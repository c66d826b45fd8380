package vn.daihoi.rules.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.RuleKey;
import vn.daihoi.rules.RuleParameter;
import vn.daihoi.rules.RuleValues;

/** Parsing of the rulebook's filters and how a parameter row is shown. */
final class RuleViews {

    static final String DEFAULT_TERM = "2025-2030";

    private RuleViews() {}

    /** One parameter as the page shows it, with its earlier and later values. */
    record Row(
            OrgLevel level,
            RuleKey key,
            String value,
            String legalBasis,
            String validFrom,
            String lastDay,
            String changedBy,
            List<Row> history) {}

    static Row row(RuleParameter p, List<Row> history) {
        return new Row(
                p.level(),
                p.key(),
                RuleValues.display(p.key(), p.value()),
                p.legalBasis(),
                Dates.format(p.validFrom()),
                p.lastDay() == null ? null : Dates.format(p.lastDay()),
                p.changedBy(),
                history);
    }

    /** The rows in force, grouped by level, each with the other rows of the same parameter. */
    static Map<OrgLevel, List<Row>> byLevel(List<RuleParameter> inForce, List<RuleParameter> all) {
        Map<OrgLevel, List<Row>> out = new LinkedHashMap<>();
        for (RuleParameter p : inForce) {
            List<Row> history = new ArrayList<>();
            for (RuleParameter h : all) {
                if (h.id() != p.id() && h.level() == p.level() && h.key() == p.key()) {
                    history.add(row(h, List.of()));
                }
            }
            out.computeIfAbsent(p.level(), l -> new ArrayList<>()).add(row(p, history));
        }
        return out;
    }

    static String term(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_TERM;
        }
        if (!RuleValues.TERMS.contains(text.strip())) {
            throw new DomainException("rule.error.term", text.strip(), String.join(", ", RuleValues.TERMS));
        }
        return text.strip();
    }

    /** The level named, null for "all levels" (blank), refused when unknown. */
    static OrgLevel level(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (OrgLevel l : OrgLevel.values()) {
            if (l.name().equals(text.strip())) {
                return l;
            }
        }
        throw new DomainException("rule.error.level", text.strip());
    }

    static RuleKey key(String text) {
        for (RuleKey k : RuleKey.values()) {
            if (k.name().equals(text == null ? "" : text.strip())) {
                return k;
            }
        }
        return null;
    }

    static LocalDate isoDate(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        return Dates.parse(text).orElseThrow(() -> new DomainException("rule.error.on", text.strip()));
    }
}

package vn.daihoi.season.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.rules.RuleKey;
import vn.daihoi.rules.Rulebook;

/**
 * What the rulebook says for a plan: default windows and maximum length per level, the dossier lead time,
 * and the delegate-congress threshold. Every value may be missing (the rulebook may be empty), so each is
 * optional and the form simply shows an empty field.
 */
@Component
class PlanRules {

    private final Rulebook rulebook;

    PlanRules(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    Optional<LocalDate> windowFrom(String term, OrgLevel level, LocalDate on) {
        return read(() -> rulebook.date(term, level, RuleKey.WINDOW_FROM, on));
    }

    Optional<LocalDate> windowTo(String term, OrgLevel level, LocalDate on) {
        return read(() -> rulebook.date(term, level, RuleKey.WINDOW_TO, on));
    }

    Optional<BigDecimal> maxDays(String term, OrgLevel level, LocalDate on) {
        return read(() -> rulebook.value(term, level, RuleKey.MAX_CONGRESS_DAYS, on)
                .map(v -> new BigDecimal(v.trim().replace(',', '.'))));
    }

    /** The first level (top down) whose dossier lead time the rulebook knows. */
    Optional<Integer> dossierLeadDays(String term, List<OrgLevel> levels, LocalDate on) {
        for (OrgLevel level : levels) {
            Optional<Integer> v = read(() -> rulebook.integer(term, level, RuleKey.DOSSIER_LEAD_WORKING_DAYS, on));
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** The thresholds the rulebook holds, by level; a level without one holds all-member congresses. */
    Map<OrgLevel, Integer> thresholds(String term, List<OrgLevel> levels, LocalDate on) {
        Map<OrgLevel, Integer> out = new EnumMap<>(OrgLevel.class);
        for (OrgLevel level : levels) {
            read(() -> rulebook.integer(term, level, RuleKey.DELEGATE_CONGRESS_THRESHOLD, on))
                    .ifPresent(v -> out.put(level, v));
        }
        return out;
    }

    /** Levels among {@code levels} for which the rulebook has no delegate-congress threshold. */
    List<OrgLevel> withoutThreshold(String term, List<OrgLevel> levels, LocalDate on) {
        Map<OrgLevel, Integer> known = thresholds(term, levels, on);
        return levels.stream().filter(l -> !known.containsKey(l)).toList();
    }

    private interface Read<T> {
        Optional<T> get();
    }

    /** A value the rulebook holds in a form it cannot parse counts as missing rather than failing the plan. */
    private static <T> Optional<T> read(Read<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

package vn.daihoi.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.daihoi.org.Sex;
import vn.daihoi.personnel.Indicator.IndicatorCode;

/**
 * The arithmetic of the personnel proposal's checks, as pure functions: candidates and rules in, indicators
 * and warnings out. No Spring, no database, no clock, so every edge (an age reached exactly in the
 * reference month, 3 to 5 seats) is pinned by a unit test.
 */
public final class StructureRules {

    private StructureRules() {}

    /** The rulebook's targets for a level and term; null where the rulebook has none. */
    public record Targets(Target women, Target under40, Target firstTime, Target science, Target ethnicMinority) {}

    /**
     * The rulebook's surplus rules (Quy định 190) for a level and term: the range aimed at and the ceiling in
     * percent of the seats, and for small lists (3 up to {@code smallSeats} seats) the most extra people. A rule
     * the rulebook does not hold (null) is not checked.
     */
    public record SurplusRules(Target min, Target max, Target ceiling, RuleBound smallSeats, RuleBound smallExtra) {}

    /** The rulebook's re-election rules: retirement ages in years and the months of work that must be left. */
    public record AgeRules(RuleBound retirementMen, RuleBound retirementWomen, RuleBound monthsLeft) {}

    /**
     * Age in whole years counted by months, as personnel guidance counts it "tính đến tháng …": a member born
     * in April 1985 is 40 in the reference month April 2025, one born in May 1985 is still 39.
     */
    public static int ageAt(LocalDate birthDate, YearMonth reference) {
        return monthsOfAge(birthDate, reference) / 12;
    }

    static int monthsOfAge(LocalDate birthDate, YearMonth reference) {
        YearMonth born = YearMonth.from(birthDate);
        return (reference.getYear() - born.getYear()) * 12 + reference.getMonthValue() - born.getMonthValue();
    }

    /** The committee's indicators: women, the three age bands, first-time, ethnic minorities, S&T cadres. */
    public static List<Indicator> indicators(List<Candidate> candidates, YearMonth reference, Targets targets) {
        int total = candidates.size();
        List<Indicator> out = new ArrayList<>();
        out.add(indicator(IndicatorCode.WOMEN, candidates, c -> c.sex() == Sex.FEMALE, targets.women()));
        Predicate<Candidate> dated = c -> c.birthDate() != null && reference != null;
        out.add(indicator(
                IndicatorCode.UNDER_40,
                candidates,
                dated.and(c -> ageAt(c.birthDate(), reference) < 40),
                targets.under40()));
        out.add(indicator(
                IndicatorCode.FROM_40_TO_50,
                candidates,
                dated.and(c -> ageAt(c.birthDate(), reference) >= 40 && ageAt(c.birthDate(), reference) <= 50),
                null));
        out.add(indicator(
                IndicatorCode.OVER_50, candidates, dated.and(c -> ageAt(c.birthDate(), reference) > 50), null));
        out.add(indicator(IndicatorCode.FIRST_TIME, candidates, Candidate::firstTime, targets.firstTime()));
        out.add(indicator(
                IndicatorCode.ETHNIC_MINORITY, candidates, Candidate::ethnicMinority, targets.ethnicMinority()));
        out.add(indicator(IndicatorCode.SCIENCE_CADRE, candidates, Candidate::scienceCadre, targets.science()));
        assert out.stream().allMatch(i -> i.total() == total);
        return out;
    }

    private static Indicator indicator(
            IndicatorCode code, List<Candidate> candidates, Predicate<Candidate> counted, Target target) {
        int total = candidates.size();
        int count = (int) candidates.stream().filter(counted).count();
        BigDecimal percent = total == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        // compared exactly (count × 100 against target × total), not on the rounded share
        boolean below = target != null
                && total > 0
                && BigDecimal.valueOf(count * 100L).compareTo(target.percent().multiply(BigDecimal.valueOf(total))) < 0;
        return new Indicator(code, count, total, percent, target, below);
    }

    /** A warning for every indicator under its target. */
    public static List<Finding> belowTargets(List<Indicator> indicators) {
        return indicators.stream()
                .filter(Indicator::below)
                .map(i -> Finding.ofRule(
                        "below." + i.code().name(),
                        PersonnelBody.EXECUTIVE_COMMITTEE,
                        i.target().legalBasis(),
                        i.percent().toPlainString(),
                        i.count(),
                        i.total(),
                        i.target().percent().stripTrailingZeros().toPlainString()))
                .toList();
    }

    /**
     * Re-elected candidates (not first-time) who have fewer months left before their retirement age than the
     * rulebook asks, at the reference month. A candidate without a birth date cannot be checked and is named as
     * such; without the rulebook's months or the retirement age for the candidate's sex nothing is checked.
     */
    public static List<Finding> reElectionAges(List<Candidate> candidates, YearMonth reference, AgeRules rules) {
        List<Finding> out = new ArrayList<>();
        if (reference == null || rules.monthsLeft() == null) {
            return out;
        }
        int needed = rules.monthsLeft().value();
        for (Candidate c : candidates) {
            if (c.firstTime()) {
                continue;
            }
            if (c.birthDate() == null) {
                out.add(Finding.ofRule(
                        "reElectionNoBirthDate", c.body(), rules.monthsLeft().legalBasis(), c.fullName(), needed));
                continue;
            }
            RuleBound retirement = c.sex() == Sex.FEMALE ? rules.retirementWomen() : rules.retirementMen();
            if (retirement == null) {
                continue;
            }
            int left = retirement.value() * 12 - monthsOfAge(c.birthDate(), reference);
            if (left < needed) {
                out.add(Finding.ofRule(
                        "reElectionAge",
                        c.body(),
                        rules.monthsLeft().legalBasis() + "; " + retirement.legalBasis(),
                        c.fullName(),
                        ageAt(c.birthDate(), reference),
                        left,
                        needed,
                        retirement.value()));
            }
        }
        return out;
    }

    /**
     * The surplus of a list (số dư) against the rulebook: for 3 up to the small-list seats at most so many extra
     * people; above, within the range aimed at and never above the ceiling (percent of the seats). Fewer
     * candidates than seats is always named.
     */
    public static List<Finding> surplus(PersonnelBody body, int seats, int candidates, SurplusRules rules) {
        if (seats <= 0 || candidates == 0) {
            return List.of();
        }
        int extra = candidates - seats;
        if (extra < 0) {
            return List.of(Finding.ofPolicy("surplus.short", body, candidates, seats));
        }
        if (!body.electedWithSurplus() || seats < 3) {
            return List.of();
        }
        if (rules.smallSeats() != null && seats <= rules.smallSeats().value()) {
            RuleBound most = rules.smallExtra();
            return most != null && extra > most.value()
                    ? List.of(Finding.ofRule(
                            "surplus.small",
                            body,
                            most.legalBasis(),
                            candidates,
                            seats,
                            rules.smallSeats().value(),
                            most.value()))
                    : List.of();
        }
        String pct = BigDecimal.valueOf(extra * 100L)
                .divide(BigDecimal.valueOf(seats), 1, RoundingMode.HALF_UP)
                .toPlainString();
        // compared exactly (extra × 100 against percent × seats), not on the rounded share
        BigDecimal share = BigDecimal.valueOf(extra * 100L);
        BigDecimal of = BigDecimal.valueOf(seats);
        if (rules.ceiling() != null && share.compareTo(rules.ceiling().percent().multiply(of)) > 0) {
            return List.of(Finding.ofRule(
                    "surplus.ceiling",
                    body,
                    rules.ceiling().legalBasis(),
                    candidates,
                    seats,
                    pct,
                    plain(rules.ceiling())));
        }
        boolean under =
                rules.min() != null && share.compareTo(rules.min().percent().multiply(of)) < 0;
        boolean over =
                rules.max() != null && share.compareTo(rules.max().percent().multiply(of)) > 0;
        if (under || over) {
            Target rule = under ? rules.min() : rules.max();
            return List.of(Finding.ofRule(
                    "surplus.range",
                    body,
                    rule.legalBasis(),
                    candidates,
                    seats,
                    pct,
                    rules.min() == null ? "0" : plain(rules.min()),
                    rules.max() == null ? "—" : plain(rules.max())));
        }
        return List.of();
    }

    private static String plain(Target t) {
        return t.percent().stripTrailingZeros().toPlainString();
    }

    /** The planned size against the rulebook's range for the level and term (either bound may be missing). */
    public static List<Finding> size(PersonnelBody body, int seats, RuleBound min, RuleBound max) {
        List<Finding> out = new ArrayList<>();
        if (min != null && seats < min.value()) {
            out.add(Finding.ofRule("size.min", body, min.legalBasis(), seats, min.value()));
        }
        if (max != null && seats > max.value()) {
            out.add(Finding.ofRule("size.max", body, max.legalBasis(), seats, max.value()));
        }
        return out;
    }

    /** Bodies' sizes that depend on each other: one secretary, a standing committee of at most a third. */
    public static List<Finding> sizeRelations(Integer executive, Integer standing, Integer secretary) {
        List<Finding> out = new ArrayList<>();
        if (secretary != null && secretary != 1) {
            out.add(Finding.ofPolicy("size.secretary", PersonnelBody.SECRETARY, secretary));
        }
        if (executive != null && standing != null && executive > 0 && standing * 3L > executive) {
            out.add(Finding.ofPolicy("size.standingThird", PersonnelBody.STANDING_COMMITTEE, standing, executive));
        }
        return out;
    }

    /** One bound of a size range from the rulebook, with its legal basis. */
    public record RuleBound(int value, String legalBasis) {}
}

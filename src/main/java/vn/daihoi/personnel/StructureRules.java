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

    /** Months of work left that a re-elected member needs at the reference month (Chỉ thị 45-CT/TW, reported). */
    static final int RE_ELECTION_MONTHS_LEFT = 48;

    /** Retirement ages at the end of the Labour Code 2019 roadmap (Điều 169): men 62, women 60. */
    static final int RETIREMENT_AGE_MEN = 62;

    static final int RETIREMENT_AGE_WOMEN = 60;

    private StructureRules() {}

    /** The rulebook's targets for a level and term; null where the rulebook has none. */
    public record Targets(Target women, Target under40, Target firstTime, Target science) {}

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
        out.add(indicator(IndicatorCode.ETHNIC_MINORITY, candidates, Candidate::ethnicMinority, null));
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
     * Re-elected candidates (not first-time) who have fewer than 48 months left before the retirement age at
     * the reference month. A candidate without a birth date cannot be checked and is named as such.
     */
    public static List<Finding> reElectionAges(List<Candidate> candidates, YearMonth reference) {
        List<Finding> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.firstTime() || reference == null) {
                continue;
            }
            if (c.birthDate() == null) {
                out.add(Finding.ofPolicy("reElectionNoBirthDate", c.body(), c.fullName()));
                continue;
            }
            int retirement = (c.sex() == Sex.FEMALE ? RETIREMENT_AGE_WOMEN : RETIREMENT_AGE_MEN) * 12;
            int left = retirement - monthsOfAge(c.birthDate(), reference);
            if (left < RE_ELECTION_MONTHS_LEFT) {
                out.add(Finding.ofPolicy(
                        "reElectionAge", c.body(), c.fullName(), ageAt(c.birthDate(), reference), left));
            }
        }
        return out;
    }

    /**
     * The surplus of a list (số dư, Quy định 190): for 3 to 5 seats at most one more candidate than seats;
     * from 6 seats 10–15 % more, never above 30 %. Fewer candidates than seats is always named.
     */
    public static List<Finding> surplus(PersonnelBody body, int seats, int candidates) {
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
        if (seats <= 5) {
            return extra > 1 ? List.of(Finding.ofPolicy("surplus.small", body, candidates, seats)) : List.of();
        }
        // percentages compared in integers: extra/seats against 10 %, 15 % and 30 %
        String pct = BigDecimal.valueOf(extra * 100L)
                .divide(BigDecimal.valueOf(seats), 1, RoundingMode.HALF_UP)
                .toPlainString();
        if (extra * 100L > 30L * seats) {
            return List.of(Finding.ofPolicy("surplus.over30", body, candidates, seats, pct));
        }
        if (extra * 100L < 10L * seats || extra * 100L > 15L * seats) {
            return List.of(Finding.ofPolicy("surplus.range", body, candidates, seats, pct));
        }
        return List.of();
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

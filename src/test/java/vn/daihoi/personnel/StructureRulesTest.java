package vn.daihoi.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daihoi.org.Sex;
import vn.daihoi.personnel.Indicator.IndicatorCode;
import vn.daihoi.personnel.StructureRules.RuleBound;
import vn.daihoi.personnel.StructureRules.Targets;

class StructureRulesTest {

    static final YearMonth APRIL_2025 = YearMonth.of(2025, 4);

    static Candidate person(String name, Sex sex, LocalDate born, boolean firstTime) {
        return new Candidate(
                1, PersonnelBody.EXECUTIVE_COMMITTEE, 1, name, sex, born, "Kinh", firstTime, false, "", "", List.of());
    }

    static Candidate withEthnicity(String ethnicity) {
        return new Candidate(
                1,
                PersonnelBody.EXECUTIVE_COMMITTEE,
                1,
                "Lò Văn Páo",
                Sex.MALE,
                LocalDate.of(1980, 1, 1),
                ethnicity,
                true,
                false,
                "",
                "",
                List.of());
    }

    static Indicator find(List<Indicator> list, IndicatorCode code) {
        return list.stream().filter(i -> i.code() == code).findFirst().orElseThrow();
    }

    /** The rulebook's seeded surplus rules (Quy định 190), as the migration writes them. */
    static final StructureRules.SurplusRules SURPLUS = new StructureRules.SurplusRules(
            new Target(new BigDecimal("10"), "QĐ 190: 10–15%"),
            new Target(new BigDecimal("15"), "QĐ 190: 10–15%"),
            new Target(new BigDecimal("30"), "QĐ 190: không quá 30%"),
            new RuleBound(5, "QĐ 190: 3 đến 5 chỗ"),
            new RuleBound(1, "QĐ 190: dư không quá 1"));

    /** The rulebook's seeded re-election rules: 62 and 60 years, 48 months left. */
    static final StructureRules.AgeRules AGES = new StructureRules.AgeRules(
            new RuleBound(62, "BLLĐ 2019: nam 62"),
            new RuleBound(60, "BLLĐ 2019: nữ 60"),
            new RuleBound(48, "CT 45: 48 tháng"));

    static Targets noTargets() {
        return new Targets(null, null, null, null, null);
    }

    @Test
    void aMemberBornInTheReferenceMonthHasReachedTheAgeThatMonth() {
        assertThat(StructureRules.ageAt(LocalDate.of(1985, 4, 30), APRIL_2025)).isEqualTo(40);
        assertThat(StructureRules.ageAt(LocalDate.of(1985, 4, 1), APRIL_2025)).isEqualTo(40);
        assertThat(StructureRules.ageAt(LocalDate.of(1985, 5, 1), APRIL_2025)).isEqualTo(39);
        assertThat(StructureRules.ageAt(LocalDate.of(1985, 3, 31), APRIL_2025)).isEqualTo(40);
    }

    @Test
    void ageBandsSplitAtFortyAndAfterFifty() {
        List<Candidate> list = List.of(
                person("A", Sex.MALE, LocalDate.of(1985, 5, 1), true), // 39: under 40
                person("B", Sex.MALE, LocalDate.of(1985, 4, 15), true), // 40 exactly: 40 to 50
                person("C", Sex.MALE, LocalDate.of(1974, 4, 1), true), // 51: over 50
                person("D", Sex.MALE, LocalDate.of(1975, 4, 1), true), // 50 exactly: 40 to 50
                person("E", Sex.MALE, null, true)); // no birth date: in no band
        List<Indicator> out = StructureRules.indicators(list, APRIL_2025, noTargets());
        assertThat(find(out, IndicatorCode.UNDER_40).count()).isEqualTo(1);
        assertThat(find(out, IndicatorCode.FROM_40_TO_50).count()).isEqualTo(2);
        assertThat(find(out, IndicatorCode.OVER_50).count()).isEqualTo(1);
        assertThat(find(out, IndicatorCode.UNDER_40).total()).isEqualTo(5);
    }

    @Test
    void womenExactlyAtTheTargetAreNotBelowIt() {
        // 3 of 20 = 15 %: exactly the target, no warning
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add(person("P" + i, i < 3 ? Sex.FEMALE : Sex.MALE, LocalDate.of(1980, 1, 1), true));
        }
        Targets targets = new Targets(new Target(new BigDecimal("15"), "Chỉ thị 35"), null, null, null, null);
        Indicator women = find(StructureRules.indicators(list, APRIL_2025, targets), IndicatorCode.WOMEN);
        assertThat(women.percent()).isEqualByComparingTo("15.0");
        assertThat(women.below()).isFalse();
        // one fewer woman: 2 of 20 = 10 % < 15 %
        list.set(0, person("P0", Sex.MALE, LocalDate.of(1980, 1, 1), true));
        List<Indicator> fewer = StructureRules.indicators(list, APRIL_2025, targets);
        assertThat(find(fewer, IndicatorCode.WOMEN).below()).isTrue();
        List<Finding> warnings = StructureRules.belowTargets(fewer);
        assertThat(warnings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("personnel.warn.below.WOMEN");
            assertThat(f.args()).containsExactly("10.0", "2", "20", "15");
            assertThat(f.legalBasis()).isEqualTo("Chỉ thị 35");
        });
    }

    @Test
    void aShareIsComparedExactlyNotAfterRounding() {
        // 1 of 3 = 33.33 %: below a target of 33.34 although both print as 33.3
        List<Candidate> list = List.of(
                person("A", Sex.MALE, LocalDate.of(1980, 1, 1), true),
                person("B", Sex.MALE, LocalDate.of(1980, 1, 1), false),
                person("C", Sex.MALE, LocalDate.of(1980, 1, 1), false));
        Targets targets = new Targets(null, null, new Target(new BigDecimal("33.34"), "CT 35"), null, null);
        Indicator first = find(StructureRules.indicators(list, APRIL_2025, targets), IndicatorCode.FIRST_TIME);
        assertThat(first.percent()).isEqualByComparingTo("33.3");
        assertThat(first.below()).isTrue();
        Targets third = new Targets(null, null, new Target(new BigDecimal("33.33"), "CT 35"), null, null);
        assertThat(find(StructureRules.indicators(list, APRIL_2025, third), IndicatorCode.FIRST_TIME)
                        .below())
                .isFalse();
    }

    @Test
    void anEmptyListHasNoShareAndNoWarning() {
        Targets targets = new Targets(new Target(new BigDecimal("15"), "CT"), null, null, null, null);
        List<Indicator> out = StructureRules.indicators(List.of(), APRIL_2025, targets);
        assertThat(out).allSatisfy(i -> {
            assertThat(i.percent()).isEqualByComparingTo("0");
            assertThat(i.below()).isFalse();
        });
    }

    @Test
    void everyRecordedEthnicityButKinhIsAMinority() {
        assertThat(withEthnicity("Thái").ethnicMinority()).isTrue();
        assertThat(withEthnicity("Kinh").ethnicMinority()).isFalse();
        assertThat(withEthnicity(" kinh ").ethnicMinority()).isFalse();
        assertThat(withEthnicity("").ethnicMinority()).isFalse();
        assertThat(withEthnicity(null).ethnicMinority()).isFalse();
        List<Indicator> out = StructureRules.indicators(
                List.of(withEthnicity("Tày"), withEthnicity("Kinh")), APRIL_2025, noTargets());
        assertThat(find(out, IndicatorCode.ETHNIC_MINORITY).percent()).isEqualByComparingTo("50.0");
        assertThat(find(out, IndicatorCode.ETHNIC_MINORITY).target()).isNull();
    }

    @Test
    void reElectionNeedsFortyEightMonthsBeforeRetirement() {
        // a man retires at 62 (744 months): born 04/1967 is 58 in 04/2025, 48 months left: allowed
        Candidate exactly = person("Trần Văn Đủ", Sex.MALE, LocalDate.of(1967, 4, 20), false);
        // born 03/1967: 47 months left
        Candidate short1 = person("Trần Văn Thiếu", Sex.MALE, LocalDate.of(1967, 3, 1), false);
        // a woman retires at 60: born 04/1969 has 48 months left, 03/1969 has 47
        Candidate woman = person("Lê Thị Đủ", Sex.FEMALE, LocalDate.of(1969, 4, 1), false);
        Candidate womanShort = person("Lê Thị Thiếu", Sex.FEMALE, LocalDate.of(1969, 3, 1), false);
        // first-time members are not re-elected: never checked
        Candidate newcomer = person("Phạm Văn Mới", Sex.MALE, LocalDate.of(1960, 1, 1), true);
        List<Finding> out =
                StructureRules.reElectionAges(List.of(exactly, short1, woman, womanShort, newcomer), APRIL_2025, AGES);
        assertThat(out).extracting(f -> f.args().getFirst()).containsExactly("Trần Văn Thiếu", "Lê Thị Thiếu");
        assertThat(out.getFirst().args()).containsExactly("Trần Văn Thiếu", "58", "47", "48", "62");
        assertThat(out.getFirst().legalBasis()).isEqualTo("CT 45: 48 tháng; BLLĐ 2019: nam 62");
        assertThat(out.get(1).legalBasis()).isEqualTo("CT 45: 48 tháng; BLLĐ 2019: nữ 60");
    }

    @Test
    void aReElectedMemberWithoutBirthDateIsNamed() {
        List<Finding> out = StructureRules.reElectionAges(
                List.of(person("Không Rõ Tuổi", Sex.MALE, null, false)), APRIL_2025, AGES);
        assertThat(out).singleElement().extracting(Finding::code).isEqualTo("reElectionNoBirthDate");
    }

    @Test
    void surplusOfTenToFifteenPercentIsQuiet() {
        // 20 seats: 22 (10 %) and 23 (15 %) are fine
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 22, SURPLUS))
                .isEmpty();
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 23, SURPLUS))
                .isEmpty();
    }

    @Test
    void surplusOutsideTenToFifteenPercentWarns() {
        // 21 of 20 = 5 %; 24 of 20 = 20 %
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 21, SURPLUS))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("surplus.range");
                    assertThat(f.args()).containsExactly("21", "20", "5.0", "10", "15");
                    assertThat(f.legalBasis()).isEqualTo("QĐ 190: 10–15%");
                });
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 24, SURPLUS))
                .extracting(Finding::code)
                .containsExactly("surplus.range");
        // equal to the seats: 0 % surplus is outside the range
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 20, SURPLUS))
                .extracting(Finding::code)
                .containsExactly("surplus.range");
    }

    @Test
    void surplusAboveThirtyPercentIsTheStrongerWarning() {
        // 26 of 20 = 30 %: only outside 10-15 %; 27 of 20 = 35 %: over 30 %
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 26, SURPLUS))
                .extracting(Finding::code)
                .containsExactly("surplus.range");
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 27, SURPLUS))
                .extracting(Finding::code)
                .containsExactly("surplus.ceiling");
    }

    @Test
    void theRulebooksValuesDecideAndAMissingRuleIsNotChecked() {
        // a ceiling of 20 % turns 26 of 20 (30 %) into the stronger warning, with the rulebook's basis
        var strict = new StructureRules.SurplusRules(
                SURPLUS.min(), SURPLUS.max(), new Target(new BigDecimal("20"), "Sửa 20%"), null, null);
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 26, strict))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("surplus.ceiling");
                    assertThat(f.args()).containsExactly("26", "20", "30.0", "20");
                    assertThat(f.legalBasis()).isEqualTo("Sửa 20%");
                });
        // without the small-list rule, 7 of 5 seats is measured in percent (40 % is above the ceiling)
        assertThat(StructureRules.surplus(PersonnelBody.STANDING_COMMITTEE, 5, 7, strict))
                .extracting(Finding::code)
                .containsExactly("surplus.ceiling");
        var none = new StructureRules.SurplusRules(null, null, null, null, null);
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 40, none))
                .isEmpty();
        // a retirement age of 65 for men leaves the 58-year-old enough months
        var later = new StructureRules.AgeRules(new RuleBound(65, "65"), AGES.retirementWomen(), AGES.monthsLeft());
        Candidate man = person("Trần Văn Thiếu", Sex.MALE, LocalDate.of(1967, 3, 1), false);
        assertThat(StructureRules.reElectionAges(List.of(man), APRIL_2025, later))
                .isEmpty();
        assertThat(StructureRules.reElectionAges(
                        List.of(man), APRIL_2025, new StructureRules.AgeRules(null, null, null)))
                .isEmpty();
    }

    @Test
    void threeToFiveSeatsAllowAtMostOneMore() {
        assertThat(StructureRules.surplus(PersonnelBody.STANDING_COMMITTEE, 3, 4, SURPLUS))
                .isEmpty();
        assertThat(StructureRules.surplus(PersonnelBody.STANDING_COMMITTEE, 5, 6, SURPLUS))
                .isEmpty();
        assertThat(StructureRules.surplus(PersonnelBody.STANDING_COMMITTEE, 5, 5, SURPLUS))
                .isEmpty();
        assertThat(StructureRules.surplus(PersonnelBody.STANDING_COMMITTEE, 5, 7, SURPLUS))
                .extracting(Finding::code)
                .containsExactly("surplus.small");
        // 6 seats is the percentage rule again: 7 of 6 = 16.7 %
        assertThat(StructureRules.surplus(PersonnelBody.STANDING_COMMITTEE, 6, 7, SURPLUS))
                .extracting(Finding::code)
                .containsExactly("surplus.range");
    }

    @Test
    void fewerCandidatesThanSeatsIsNamedForEveryBody() {
        assertThat(StructureRules.surplus(PersonnelBody.DEPUTY_SECRETARY, 2, 1, SURPLUS))
                .extracting(Finding::code)
                .containsExactly("surplus.short");
        // a secretary elected from one candidate is normal
        assertThat(StructureRules.surplus(PersonnelBody.SECRETARY, 1, 1, SURPLUS))
                .isEmpty();
        // nothing proposed yet: nothing to say
        assertThat(StructureRules.surplus(PersonnelBody.EXECUTIVE_COMMITTEE, 20, 0, SURPLUS))
                .isEmpty();
    }

    @Test
    void sizeOutsideTheRulebookRangeWarnsWithItsBasis() {
        RuleBound min = new RuleBound(27, "Kết luận 150");
        RuleBound max = new RuleBound(33, "Kết luận 150");
        assertThat(StructureRules.size(PersonnelBody.EXECUTIVE_COMMITTEE, 27, min, max))
                .isEmpty();
        assertThat(StructureRules.size(PersonnelBody.EXECUTIVE_COMMITTEE, 33, min, max))
                .isEmpty();
        assertThat(StructureRules.size(PersonnelBody.EXECUTIVE_COMMITTEE, 26, min, max))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("size.min");
                    assertThat(f.args()).containsExactly("26", "27");
                    assertThat(f.legalBasis()).isEqualTo("Kết luận 150");
                });
        assertThat(StructureRules.size(PersonnelBody.EXECUTIVE_COMMITTEE, 34, min, max))
                .extracting(Finding::code)
                .containsExactly("size.max");
        assertThat(StructureRules.size(PersonnelBody.EXECUTIVE_COMMITTEE, 99, null, null))
                .isEmpty();
    }

    @Test
    void standingCommitteeAboveAThirdAndTwoSecretariesWarn() {
        assertThat(StructureRules.sizeRelations(33, 11, 1)).isEmpty();
        assertThat(StructureRules.sizeRelations(33, 12, 1))
                .extracting(Finding::code)
                .containsExactly("size.standingThird");
        assertThat(StructureRules.sizeRelations(null, null, 2))
                .extracting(Finding::code)
                .containsExactly("size.secretary");
    }
}

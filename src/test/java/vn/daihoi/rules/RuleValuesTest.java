package vn.daihoi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.daihoi.platform.DomainException;

class RuleValuesTest {

    @Test
    void valuesAreStoredCanonically() {
        assertThat(RuleValues.normalise(RuleKey.REPORT_WORKING_DAYS, " 07 ")).isEqualTo("7");
        assertThat(RuleValues.normalise(RuleKey.MAX_CONGRESS_DAYS, "0,5")).isEqualTo("0.5");
        assertThat(RuleValues.normalise(RuleKey.MAX_CONGRESS_DAYS, "2.0")).isEqualTo("2");
        assertThat(RuleValues.normalise(RuleKey.WINDOW_TO, "30/6/2025")).isEqualTo("2025-06-30");
        assertThat(RuleValues.normalise(RuleKey.WINDOW_TO, "2025-06-30")).isEqualTo("2025-06-30");
        assertThat(RuleValues.normalise(RuleKey.AGE_REFERENCE_MONTH, "4/2025")).isEqualTo("2025-04");
        assertThat(RuleValues.normalise(RuleKey.AGE_REFERENCE_MONTH, "2025-04")).isEqualTo("2025-04");
    }

    @Test
    void valuesAreShownTheVietnameseWay() {
        assertThat(RuleValues.display(RuleKey.WINDOW_TO, "2025-06-30")).isEqualTo("30/06/2025");
        assertThat(RuleValues.display(RuleKey.AGE_REFERENCE_MONTH, "2025-04")).isEqualTo("04/2025");
        assertThat(RuleValues.display(RuleKey.MAX_CONGRESS_DAYS, "0.5")).isEqualTo("0,5");
    }

    @Test
    void badValuesAreRefusedNamingTheParameter() {
        for (String[] bad : new String[][] {
            {"REPORT_WORKING_DAYS", "bảy"},
            {"REPORT_WORKING_DAYS", "-1"},
            {"REPORT_WORKING_DAYS", "7.5"},
            {"MAX_CONGRESS_DAYS", "2,555"},
            {"WINDOW_TO", "31/02/2025"},
            {"AGE_REFERENCE_MONTH", "13/2025"},
            {"AGE_REFERENCE_MONTH", ""},
        }) {
            RuleKey key = RuleKey.valueOf(bad[0]);
            assertThatThrownBy(() -> RuleValues.normalise(key, bad[1]))
                    .as("%s = %s", bad[0], bad[1])
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("rule.error.value");
                        assertThat(e.arguments()[1]).isEqualTo(bad[1]);
                    });
        }
    }
}

package vn.daihoi.personnel;

import java.math.BigDecimal;

/**
 * One computed structure indicator of the committee's candidates: {@code count} of {@code total}, the share
 * in percent (one decimal), and the rulebook's target when it has one ({@code below} when under it).
 */
public record Indicator(IndicatorCode code, int count, int total, BigDecimal percent, Target target, boolean below) {

    /** What is measured. Message keys {@code personnel.indicator.<NAME>}. */
    public enum IndicatorCode {
        WOMEN,
        UNDER_40,
        FROM_40_TO_50,
        OVER_50,
        FIRST_TIME,
        ETHNIC_MINORITY,
        SCIENCE_CADRE;

        public String labelKey() {
            return "personnel.indicator." + name();
        }
    }
}

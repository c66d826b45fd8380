package vn.daihoi.rules;

/** The parameters the rulebook holds for each term and level, with the unit of their value. */
public enum RuleKey {
    /** First day of the level's congress window (yyyy-MM-dd). */
    WINDOW_FROM(Unit.DATE),
    /** Last day by which the level's congresses must be held (yyyy-MM-dd). */
    WINDOW_TO(Unit.DATE),
    /** Maximum length of the congress in days (a preparatory session counts). */
    MAX_CONGRESS_DAYS(Unit.DECIMAL),
    /** Members from which a congress is a delegate congress instead of an all-member one. */
    DELEGATE_CONGRESS_THRESHOLD(Unit.INTEGER),
    EXECUTIVE_SIZE_MIN(Unit.INTEGER),
    EXECUTIVE_SIZE_MAX(Unit.INTEGER),
    STANDING_SIZE_MIN(Unit.INTEGER),
    STANDING_SIZE_MAX(Unit.INTEGER),
    /** Structure targets in percent (warnings only). */
    TARGET_WOMEN_PCT(Unit.DECIMAL),
    TARGET_UNDER_40_PCT(Unit.DECIMAL),
    TARGET_NEWCOMERS_PCT(Unit.DECIMAL),
    TARGET_SCIENCE_PCT(Unit.DECIMAL),
    TARGET_ETHNIC_MINORITY_PCT(Unit.DECIMAL),
    /** Surplus of a candidate list (số dư) in percent of the seats: the range the convening committee aims at. */
    SURPLUS_MIN_PCT(Unit.DECIMAL),
    SURPLUS_MAX_PCT(Unit.DECIMAL),
    /** The surplus no list may exceed, in percent of the seats. */
    SURPLUS_CEILING_PCT(Unit.DECIMAL),
    /** Up to this many seats (from 3) a list counts its surplus in people, not in percent. */
    SURPLUS_SMALL_SEATS_MAX(Unit.INTEGER),
    /** The most extra candidates such a small list may have. */
    SURPLUS_SMALL_MAX_EXTRA(Unit.INTEGER),
    /** Retirement ages in years, from which the re-election check counts the months left. */
    RETIREMENT_AGE_MEN(Unit.INTEGER),
    RETIREMENT_AGE_WOMEN(Unit.INTEGER),
    /** Months of work a member proposed for re-election must have left at the age reference month. */
    RE_ELECTION_MONTHS_LEFT(Unit.INTEGER),
    /** The month from which ages are counted for this level (yyyy-MM). */
    AGE_REFERENCE_MONTH(Unit.MONTH),
    /** Working days before the planned date the approval dossier must reach the superior. */
    DOSSIER_LEAD_WORKING_DAYS(Unit.INTEGER),
    /** Working days ahead the opening date must be decided and announced. */
    CONVENE_NOTICE_WORKING_DAYS(Unit.INTEGER),
    /** Working days after closing within which the results are reported (7). */
    REPORT_WORKING_DAYS(Unit.INTEGER),
    /** Working days after the report within which the superior confirms (15). */
    CONFIRM_WORKING_DAYS(Unit.INTEGER);

    /** How a value is written and checked. */
    public enum Unit {
        INTEGER,
        DECIMAL,
        DATE,
        MONTH
    }

    private final Unit unit;

    RuleKey(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    public String labelKey() {
        return "rule.key." + name();
    }
}

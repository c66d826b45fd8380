/**
 * The rulebook (per-term, per-level parameters with their legal basis) and the Vietnamese working-day
 * calendar (weekends, public holidays including the lunar ones, official make-up and swap days) that
 * every "N working days" deadline uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rulebook and working-day calendar")
package vn.daihoi.rules;

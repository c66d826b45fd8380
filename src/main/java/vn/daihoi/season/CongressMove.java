package vn.daihoi.season;

import java.time.LocalDate;

/**
 * A request to move a case: the target state, the day it happened (today when null), the congress date
 * when convening or the new date when postponing, a reason when the step needs one, and the version the
 * user saw (null skips the check, for scripts).
 */
public record CongressMove(CongressState to, LocalDate effectiveOn, LocalDate date, String reason, Integer version) {}

package vn.daihoi.roll.internal;

/**
 * A delegate put on the roll of a delegate congress: by member record ({@code memberId}) or by name, with
 * the unit that elected them (kind ELECTED and ALTERNATE).
 */
public record NewDelegate(RollKind kind, Long memberId, String fullName, String electingUnit) {}

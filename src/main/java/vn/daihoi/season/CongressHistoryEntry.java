package vn.daihoi.season;

import java.time.Instant;
import java.time.LocalDate;

/** One step a case took: from, to, when it happened and when it was recorded, by whom and why. */
public record CongressHistoryEntry(
        CongressState from, CongressState to, LocalDate effectiveOn, Instant at, String username, String reason) {}

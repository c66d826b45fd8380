package vn.daihoi.audit;

/**
 * The seal of a chain's entries written before chains were keyed (ADR 0008): how many there were and the last one's
 * hash, read only when its MAC verifies with the server's key. A row without a MAC verifies only inside this prefix.
 */
public record LegacySeal(long entries, String lastHash) {}

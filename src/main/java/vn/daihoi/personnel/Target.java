package vn.daihoi.personnel;

import java.math.BigDecimal;

/** A structure target from the rulebook: at least {@code percent} %, with its legal basis. */
public record Target(BigDecimal percent, String legalBasis) {}

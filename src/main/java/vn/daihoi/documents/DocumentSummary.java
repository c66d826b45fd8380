package vn.daihoi.documents;

import java.time.LocalDate;

/** A line of the register. */
public record DocumentSummary(
        long id,
        String symbol,
        DocumentType type,
        int number,
        LocalDate issuedOn,
        String subject,
        long issuerOrgId,
        String issuerName,
        IssuingOrgan organ,
        String term,
        Direction direction) {}

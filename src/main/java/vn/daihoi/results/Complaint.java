package vn.daihoi.results;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint about a congress's results: who, when, what, and how it was settled (null while open). */
public record Complaint(
        long id,
        long caseId,
        String complainant,
        LocalDate receivedOn,
        String content,
        int daysLeft,
        String recordedBy,
        Instant recordedAt,
        LocalDate settledOn,
        String settlement,
        String settledBy) {

    public boolean open() {
        return settledOn == null;
    }
}

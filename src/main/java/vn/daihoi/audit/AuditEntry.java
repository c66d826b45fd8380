package vn.daihoi.audit;

import java.time.Instant;

/** One entry of the log as stored. */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        Long orgId,
        String summary,
        String details,
        String prevHash,
        String hash) {}

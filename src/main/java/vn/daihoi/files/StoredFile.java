package vn.daihoi.files;

import java.time.Instant;

/** A stored file's description (not its bytes): detected type, size and SHA-256 (lower-case hex). */
public record StoredFile(
        long id,
        String filename,
        String contentType,
        long size,
        String sha256,
        long orgId,
        Instant storedAt,
        String storedBy) {}

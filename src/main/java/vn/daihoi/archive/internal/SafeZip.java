package vn.daihoi.archive.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import vn.daihoi.files.ZipLimits;
import vn.daihoi.files.ZipScan;
import vn.daihoi.platform.DomainException;

/**
 * Reads an uploaded ZIP as a stream without trusting it: each entry is hashed (SHA-256) and measured as it
 * is inflated, under {@link ZipLimits} counted on the inflated bytes (see {@link ZipScan}); only the entries
 * asked for by name (the index) are kept in memory, so a ZIP bomb stops at the limit, not at the end of the
 * heap. Nothing is ever written to disk, so a name such as "../../etc/passwd" cannot go anywhere; it is still
 * flagged for the report.
 */
public final class SafeZip {

    public static final int MAX_ENTRIES = 5_000;

    /** One entry: its name, whether that name is unsafe, its size and SHA-256, its bytes if they were kept. */
    public record Entry(String name, boolean unsafe, long size, String sha256, byte[] bytes) {}

    private static final String WHAT = "hồ sơ lưu trữ ZIP";

    private SafeZip() {}

    /** For callers holding the bytes already: every entry kept up to {@code maxEntryBytes}. */
    public static List<Entry> read(byte[] zip, long maxEntryBytes) {
        if (zip == null) {
            throw new DomainException("archive.error.notZip");
        }
        return read(
                new ByteArrayInputStream(zip),
                new ZipLimits(MAX_ENTRIES, maxEntryBytes, Math.max(maxEntryBytes, 16L * 1024 * 1024)),
                null);
    }

    /**
     * Reads every entry of {@code zip}; keeps the bytes of the entries named in {@code keep} (all when null).
     * A stream that is not a ZIP is a 400; a ZIP over the limits is a 413 naming the entry.
     */
    public static List<Entry> read(InputStream zip, ZipLimits limits, Set<String> keep) {
        InputStream in = zip.markSupported() ? zip : new java.io.BufferedInputStream(zip);
        requireZipSignature(in);
        List<Entry> entries = new ArrayList<>();
        ZipScan.scan(in, WHAT, limits, (name, content) -> {
            if (name.endsWith("/")) {
                return;
            }
            MessageDigest sha = sha256();
            DigestInputStream digest = new DigestInputStream(content, sha);
            byte[] bytes = null;
            long size;
            if (keep == null || keep.contains(name)) {
                bytes = digest.readAllBytes();
                size = bytes.length;
            } else {
                size = digest.transferTo(java.io.OutputStream.nullOutputStream());
            }
            entries.add(new Entry(
                    name, ArchivePaths.unsafe(name), size, HexFormat.of().formatHex(sha.digest()), bytes));
        });
        if (entries.isEmpty()) {
            throw new DomainException("archive.error.notZip");
        }
        return entries;
    }

    /** "PK\3\4" first, or it is no ZIP at all (the generic ZIP message would confuse here). */
    private static void requireZipSignature(InputStream in) {
        try {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                throw new DomainException("archive.error.notZip");
            }
        } catch (IOException e) {
            throw new DomainException("archive.error.notZip");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

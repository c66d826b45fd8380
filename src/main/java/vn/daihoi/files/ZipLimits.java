package vn.daihoi.files;

/**
 * What an uploaded ZIP (an archive, an XLSX, a DOCX) may unpack to: at most {@code maxEntries} entries, each at
 * most {@code maxEntryBytes} and all together at most {@code maxTotalBytes}, counted as they are inflated.
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    public ZipLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The limit in whole megabytes, as the messages show it. */
    static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}

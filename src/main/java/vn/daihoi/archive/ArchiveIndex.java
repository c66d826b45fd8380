package vn.daihoi.archive;

import java.util.List;
import vn.daihoi.files.ArchiveGroup;

/**
 * The machine-readable index inside an archive ({@value #ENTRY_NAME}): the congress, when and by whom it was
 * exported, and every file with its group, size and SHA-256, and where it came from in the database.
 */
public record ArchiveIndex(
        int format,
        long congressCaseId,
        String orgCode,
        String orgName,
        String term,
        String exportedAt,
        String exportedBy,
        List<Entry> entries) {

    public static final String ENTRY_NAME = "index.json";
    public static final String PDF_NAME = "index.pdf";
    public static final int FORMAT = 1;

    /** Where a file of the archive is kept in the database, so that a verification can compare. */
    public enum Source {
        /** {@code stored_file} row {@code sourceId} (module files). */
        STORED_FILE,
        /** The attached file of registered document {@code sourceId} (module documents). */
        DOCUMENT_FILE,
        /** Registered document {@code sourceId} printed in the Party layout (no attachment). */
        DOCUMENT_RENDERED
    }

    /** One file: its path in the ZIP, group, title for the index, original name, size and checksum. */
    public record Entry(
            String path,
            ArchiveGroup group,
            String title,
            String filename,
            long size,
            String sha256,
            Source source,
            long sourceId) {}
}

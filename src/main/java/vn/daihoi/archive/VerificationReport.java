package vn.daihoi.archive;

import java.util.List;

/**
 * The outcome of checking an uploaded archive: the congress it claims to be, how many files were checked,
 * and every problem found (none: the archive is intact and matches the database).
 */
public record VerificationReport(
        long congressCaseId, String orgName, String term, int filesChecked, List<Finding> findings) {

    /** What can be wrong with a file. Message keys {@code archive.finding.<NAME>}. */
    public enum Problem {
        /** Listed in the index, absent from the ZIP. */
        MISSING,
        /** Its bytes differ from the index's SHA-256 or size. */
        ALTERED,
        /** In the ZIP but not in the index. */
        EXTRA,
        /** A name that tries to leave the folder it is unpacked into, or a duplicate name. */
        UNSAFE_NAME,
        /** The index's checksum differs from the one the database keeps for that file. */
        DIFFERS_FROM_DATABASE,
        /** The file or document the index names is not in the database. */
        NOT_IN_DATABASE
    }

    /** One problem, on the entry {@code path}. */
    public record Finding(Problem problem, String path, String title) {

        public String messageKey() {
            return "archive.finding." + problem.name();
        }
    }

    public boolean intact() {
        return findings.isEmpty();
    }
}

package vn.daihoi.files;

/**
 * A stored file's facts inside other modules' set-based SQL (a list of filed papers with their names and hashes):
 * fragments {@code files}, the owner of {@code stored_file}, writes so that the list stays one query while only
 * {@code files} names the table ({@code TableOwnershipTest}). One file is read with {@link FileStore#find}.
 * {@code fileId} is an SQL expression of the caller's query; the fragments' own alias ends in {@code _}.
 */
public final class FileSql {

    private FileSql() {}

    /** The file's name (as stored: the extension of its detected type). */
    public static String filename(String fileId) {
        return column("filename", fileId);
    }

    /** The file's size in bytes. */
    public static String size(String fileId) {
        return column("size", fileId);
    }

    /** The SHA-256 of the file's bytes, hex. */
    public static String sha256(String fileId) {
        return column("sha256", fileId);
    }

    private static String column(String column, String fileId) {
        return "(select sf_." + column + " from stored_file sf_ where sf_.id = " + fileId + ")";
    }
}

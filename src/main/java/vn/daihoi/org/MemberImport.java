package vn.daihoi.org;

import java.util.List;

/**
 * Bulk import of members from the documented template (docs/member-import.md), all or nothing: every
 * row is validated first and every bad row reported; only a file without problems is written, in one
 * transaction.
 */
public interface MemberImport {

    /** Most data rows one file may hold. */
    int MAX_ROWS = 200_000;

    /**
     * Imports an uploaded XLSX or CSV (recognised by content, not name) for the current user, who needs
     * MEMBER_IMPORT on every target cell (with nobody signed in, e.g. at start-up, it runs as
     * {@code system}).
     */
    Report importFile(String fileName, byte[] content);

    /**
     * Loads members built in code (the demo loader, data migrations) with the same rules and the same
     * fast path as a file, all or nothing; throws a DomainException naming the first bad member. With
     * nobody signed in it runs as {@code system}; a signed-in user needs MEMBER_IMPORT on every cell.
     */
    int load(List<Members.MemberData> members);

    /** An empty template (the header row and formats) to fill in. */
    byte[] templateXlsx();

    /** The outcome: either rows imported, or the problems found and nothing written. */
    record Report(String fileName, int rowsRead, int imported, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A bad cell or row: the row number as shown in the sheet (0 for the file), its column, why. */
    record Problem(int row, String column, String message) {}
}

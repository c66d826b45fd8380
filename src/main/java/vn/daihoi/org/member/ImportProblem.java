package vn.daihoi.org.member;

/**
 * A problem found while importing: the row as the user sees it in the sheet (0 for the whole file),
 * the column header (empty for a whole row or file) and the message key with its arguments.
 */
record ImportProblem(int row, String column, String messageKey, Object... args) {

    static ImportProblem ofFile(String messageKey, Object... args) {
        return new ImportProblem(0, "", messageKey, args);
    }

    static ImportProblem of(int row, MemberColumn column, String messageKey, Object... args) {
        return new ImportProblem(row, column == null ? "" : column.header, messageKey, args);
    }
}

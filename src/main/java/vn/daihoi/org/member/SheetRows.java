package vn.daihoi.org.member;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the rows of a sheet, whatever its format: the first non-empty row is the header, mapped to
 * template columns; every later non-empty row becomes a {@link RawRow}. Empty rows (common at the end
 * of a sheet) are skipped; more than {@code maxRows} data rows stop the reading.
 */
final class SheetRows {

    /** A data row: its number as the user sees it, and the cell texts indexed by column ordinal. */
    record RawRow(int line, String[] cells) {
        String get(MemberColumn column) {
            String s = cells[column.ordinal()];
            return s == null ? "" : s;
        }
    }

    private final int maxRows;
    private final List<RawRow> rows = new ArrayList<>();
    private int[] columnAt;

    SheetRows(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Takes one row of cell texts by position; {@code line} is the row number shown to the user. */
    void accept(int line, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (columnAt == null) {
            header(line, cells);
            return;
        }
        if (rows.size() >= maxRows) {
            throw new ImportFileException(ImportProblem.ofFile("member.import.tooManyRows", maxRows));
        }
        String[] byColumn = new String[MemberColumn.values().length];
        for (int i = 0; i < cells.size() && i < columnAt.length; i++) {
            if (columnAt[i] >= 0 && cells.get(i) != null) {
                byColumn[columnAt[i]] = cells.get(i).strip();
            }
        }
        rows.add(new RawRow(line, byColumn));
    }

    List<RawRow> rows() {
        if (columnAt == null) {
            throw new ImportFileException(ImportProblem.ofFile("member.import.noHeader"));
        }
        return rows;
    }

    private void header(int line, List<String> cells) {
        List<ImportProblem> problems = new ArrayList<>();
        int[] at = new int[cells.size()];
        Set<MemberColumn> seen = EnumSet.noneOf(MemberColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            at[i] = -1;
            String text = cells.get(i) == null ? "" : cells.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            Optional<MemberColumn> column = MemberColumn.byHeader(text);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(line, text, "member.import.unknownColumn", text));
            } else if (!seen.add(column.get())) {
                problems.add(new ImportProblem(line, text, "member.import.duplicateColumn", text));
            } else {
                at[i] = column.get().ordinal();
            }
        }
        if (seen.isEmpty()) {
            throw new ImportFileException(ImportProblem.ofFile("member.import.noHeader"));
        }
        for (MemberColumn c : MemberColumn.values()) {
            if (c.requiredHeader && !seen.contains(c)) {
                problems.add(ImportProblem.of(line, c, "member.import.missingColumn", c.header));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportFileException(problems);
        }
        columnAt = at;
    }
}

package vn.daihoi.org.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Member files built in the test: rows in the template's column order, written as CSV or XLSX. */
final class Sheets {

    static final List<String> HEADER =
            Arrays.stream(MemberColumn.values()).map(c -> c.header).toList();

    private final List<List<String>> rows = new ArrayList<>();

    /** A good row for cell {@code cellCode}; change cells with {@link #set}. */
    Sheets row(String family, String middle, String given, String cellCode) {
        List<String> r = new ArrayList<>(List.of(
                Integer.toString(rows.size() + 1),
                family,
                middle,
                given,
                "Nam",
                "17/05/1980",
                "Kinh",
                "Không",
                MemberFixtures.nationalId(),
                "0912345678",
                MemberFixtures.unique("TD"),
                "02/03/2005",
                "02/03/2006",
                "Chính thức",
                "Đang sinh hoạt",
                cellCode,
                ""));
        rows.add(r);
        return this;
    }

    /** Sets a cell of the last row. */
    Sheets set(MemberColumn column, String value) {
        rows.getLast().set(column.ordinal(), value);
        return this;
    }

    String get(int rowIndex, MemberColumn column) {
        return rows.get(rowIndex).get(column.ordinal());
    }

    int size() {
        return rows.size();
    }

    String csvText(char delimiter) {
        StringBuilder sb = new StringBuilder();
        line(sb, HEADER, delimiter);
        rows.forEach(r -> line(sb, r, delimiter));
        return sb.toString();
    }

    byte[] csv() {
        return csvText(',').getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Đảng viên");
            write(sheet, 0, HEADER);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet, i + 1, rows.get(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XSSFSheet sheet, int index, List<String> cells) {
        var row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }

    private static void line(StringBuilder sb, List<String> cells, char delimiter) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            String c = cells.get(i);
            sb.append(c.indexOf(delimiter) >= 0 || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        sb.append("\r\n");
    }
}

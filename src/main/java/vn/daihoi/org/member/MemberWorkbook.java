package vn.daihoi.org.member;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.platform.Dates;

/**
 * The member sheet in the template layout, written with POI's streaming workbook (only a window of
 * rows in memory), so a province's 366,000 members fit in a small heap. Every cell is text formatted
 * as text, so Excel keeps leading zeros of CCCD numbers and dates stay dd/MM/yyyy.
 */
final class MemberWorkbook implements AutoCloseable {

    static final String SHEET = "Đảng viên";
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private int next = 1;

    MemberWorkbook() {
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(SHEET);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle head = workbook.createCellStyle();
        head.cloneStyleFrom(text);
        Font bold = workbook.createFont();
        bold.setBold(true);
        head.setFont(bold);
        Row row = sheet.createRow(0);
        for (MemberColumn c : MemberColumn.values()) {
            var cell = row.createCell(c.ordinal());
            cell.setCellValue(c.header);
            cell.setCellStyle(head);
            sheet.setDefaultColumnStyle(c.ordinal(), text);
            sheet.setColumnWidth(c.ordinal(), 256 * Math.max(10, c.header.length() + 4));
        }
        sheet.createFreezePane(0, 1);
    }

    /** An empty template: the header row, text-formatted columns and a sheet explaining the values. */
    static byte[] template() {
        try (MemberWorkbook wb = new MemberWorkbook()) {
            wb.guide();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.finish(out);
            return out.toByteArray();
        }
    }

    void add(MemberData d, String cellCode) {
        Row row = sheet.createRow(next);
        set(row, MemberColumn.NO, Integer.toString(next));
        set(row, MemberColumn.FAMILY_NAME, d.familyName());
        set(row, MemberColumn.MIDDLE_NAME, d.middleName());
        set(row, MemberColumn.GIVEN_NAME, d.givenName());
        set(row, MemberColumn.SEX, MemberValues.label(d.sex()));
        set(row, MemberColumn.BIRTH_DATE, Dates.format(d.birthDate()));
        set(row, MemberColumn.ETHNICITY, d.ethnicity());
        set(row, MemberColumn.RELIGION, d.religion());
        set(row, MemberColumn.NATIONAL_ID, d.nationalId());
        set(row, MemberColumn.PHONE, d.phone());
        set(row, MemberColumn.PARTY_CARD_NO, d.partyCardNo());
        set(row, MemberColumn.ADMISSION_DATE, Dates.format(d.admissionDate()));
        set(row, MemberColumn.OFFICIAL_DATE, Dates.format(d.officialDate()));
        set(row, MemberColumn.STATUS, MemberValues.label(d.status()));
        set(row, MemberColumn.SITUATION, MemberValues.label(d.situation()));
        set(row, MemberColumn.CELL_CODE, cellCode);
        set(row, MemberColumn.MANUAL_SORT_KEY, d.manualSortKey());
        next++;
    }

    private void set(Row row, MemberColumn column, String value) {
        if (value != null && !value.isEmpty()) {
            var cell = row.createCell(column.ordinal());
            cell.setCellValue(value);
            cell.setCellStyle(text);
        }
    }

    private void guide() {
        Sheet g = workbook.createSheet("Hướng dẫn");
        String[][] lines = {
            {"Cột", "Cách ghi"},
            {"Họ, Tên", "Bắt buộc. Tên đệm có thể để trống."},
            {"Giới tính", "Nam hoặc Nữ"},
            {"Ngày sinh, Ngày vào Đảng, Ngày chính thức", "dd/MM/yyyy, ví dụ 15/01/1980"},
            {"Số CCCD", "12 chữ số, không trùng"},
            {"Số thẻ đảng viên", "Không trùng"},
            {"Trạng thái", "Chính thức hoặc Dự bị"},
            {
                "Tình trạng",
                MemberValues.situationChoices() + " (để trống: " + MemberValues.label(MemberSituation.ACTIVE) + ")"
            },
            {"Mã chi bộ", "Mã của tổ chức đảng trong hệ thống"},
            {"Khóa sắp xếp", "Chỉ ghi khi tên không theo thứ tự họ – đệm – tên"}
        };
        for (int i = 0; i < lines.length; i++) {
            Row r = g.createRow(i);
            r.createCell(0).setCellValue(lines[i][0]);
            r.createCell(1).setCellValue(lines[i][1]);
        }
        g.setColumnWidth(0, 256 * 45);
        g.setColumnWidth(1, 256 * 90);
    }

    void finish(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

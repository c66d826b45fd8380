package vn.daihoi.season.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daihoi.platform.paper.PartyPaper;
import vn.daihoi.platform.paper.PartyPaperPdf;
import vn.daihoi.season.plan.PlanStore.UnitRow;

/**
 * The allocation table as a PDF (the one Party paper, {@link PartyPaper}) and as an Excel sheet. Headings are
 * Vietnamese: the table is attached to a Party plan.
 */
final class AllocationExports {

    static final List<String> HEADERS = List.of(
            "STT",
            "Mã số",
            "Đơn vị",
            "Đảng viên chính thức",
            "Cơ bản",
            "Theo số đảng viên",
            "Phân bổ thêm",
            "Số đại biểu được phân bổ");

    private AllocationExports() {}

    static void pdf(AllocationTable t, OutputStream out) throws IOException {
        PartyPaperPdf.write(paper(t), out);
    }

    static PartyPaper paper(AllocationTable t) {
        List<PartyPaper.Row> rows = new ArrayList<>();
        rows.add(PartyPaper.Row.header(HEADERS));
        int n = 1;
        for (UnitRow r : t.rows()) {
            rows.add(new PartyPaper.Row(List.of(
                    PartyPaper.Cell.number(n++),
                    PartyPaper.Cell.of(r.code()),
                    PartyPaper.Cell.of(r.name()),
                    PartyPaper.Cell.number(r.members()),
                    PartyPaper.Cell.number(r.quota() == null ? null : r.quota() - nz(r.share()) - r.special()),
                    PartyPaper.Cell.number(r.share()),
                    PartyPaper.Cell.number(r.special()),
                    PartyPaper.Cell.number(r.quota()))));
        }
        rows.add(new PartyPaper.Row(List.of(
                PartyPaper.Cell.of(""),
                PartyPaper.Cell.of(""),
                PartyPaper.Cell.of("Cộng các đơn vị").inBold(),
                PartyPaper.Cell.number(t.members()),
                PartyPaper.Cell.number(t.base()),
                PartyPaper.Cell.number(t.share()),
                PartyPaper.Cell.number(t.special()),
                PartyPaper.Cell.number(t.quota()))));
        return PartyPaper.issuedBy(null, t.issuerName())
                .title("BẢNG PHÂN BỔ ĐẠI BIỂU")
                .subtitle("Kèm theo Kế hoạch số " + t.symbol() + " ngày " + t.issuedOn() + ", nhiệm kỳ " + t.term())
                .subtitle(t.title())
                .add(new PartyPaper.Table(rows))
                .add(new PartyPaper.Para(List.of(
                        "Đại biểu đương nhiên (ủy viên cấp ủy đương nhiệm): " + t.exOfficio() + ".",
                        "Đại biểu chỉ định: " + t.appointed() + ".")))
                .add(new PartyPaper.Para(
                        List.of("Tổng số đại biểu: " + t.total() + " = " + t.quota() + " + " + t.exOfficio() + " + "
                                + t.appointed() + "."),
                        true))
                .build();
    }

    static void xlsx(AllocationTable t, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Phân bổ đại biểu");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue("BẢNG PHÂN BỔ ĐẠI BIỂU");
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue("Kèm theo Kế hoạch số " + t.symbol() + " ngày " + t.issuedOn() + " của "
                            + t.issuerName() + ", nhiệm kỳ " + t.term());
            Row head = sheet.createRow(3);
            for (int i = 0; i < HEADERS.size(); i++) {
                head.createCell(i).setCellValue(HEADERS.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int rowNo = 4;
            int n = 1;
            for (UnitRow r : t.rows()) {
                Row row = sheet.createRow(rowNo++);
                row.createCell(0).setCellValue(n++);
                row.createCell(1).setCellValue(r.code());
                row.createCell(2).setCellValue(r.name());
                number(row, 3, r.members());
                number(row, 4, r.quota() == null ? null : r.quota() - nz(r.share()) - r.special());
                number(row, 5, r.share());
                number(row, 6, r.special());
                number(row, 7, r.quota());
            }
            Row sum = sheet.createRow(rowNo++);
            sum.createCell(2).setCellValue("Cộng các đơn vị");
            number(sum, 3, t.members());
            number(sum, 4, t.base());
            number(sum, 5, t.share());
            number(sum, 6, t.special());
            number(sum, 7, t.quota());
            labelled(sheet, rowNo++, "Đại biểu đương nhiên", t.exOfficio());
            labelled(sheet, rowNo++, "Đại biểu chỉ định", t.appointed());
            labelled(sheet, rowNo, "Tổng số đại biểu", t.total());
            sheet.setColumnWidth(1, 18 * 256);
            sheet.setColumnWidth(2, 50 * 256);
            for (int i = 3; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            wb.write(out);
        }
    }

    private static void labelled(Sheet sheet, int rowNo, String label, int value) {
        Row row = sheet.createRow(rowNo);
        row.createCell(2).setCellValue(label);
        row.createCell(7).setCellValue(value);
    }

    private static void number(Row row, int col, Integer v) {
        if (v != null) {
            row.createCell(col).setCellValue(v);
        }
    }

    private static int nz(Integer v) {
        return v == null ? 0 : v;
    }
}

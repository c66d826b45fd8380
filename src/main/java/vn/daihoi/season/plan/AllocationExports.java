package vn.daihoi.season.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daihoi.season.plan.PlanStore.UnitRow;

/**
 * The allocation table as a PDF (Party layout, DejaVu fonts embedded for Vietnamese, the same set-up as the
 * counting minutes) and as an Excel sheet. Headings are Vietnamese: the table is attached to a Party plan.
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
        vn.daihoi.platform.HtmlPdf.render(html(t), out);
    }

    static String html(AllocationTable t) {
        StringBuilder h = new StringBuilder();
        h.append("<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page{size:A4;margin:20mm 15mm 20mm 30mm}")
                .append("body{font-family:'DejaVu Serif';font-size:11pt;line-height:1.35}")
                .append("table{border-collapse:collapse;width:100%}")
                .append(".head td{text-align:center;vertical-align:top;width:50%}")
                .append(".grid td,.grid th{border:0.5pt solid #000;padding:2pt 4pt}")
                .append(".num{text-align:right}.u{text-decoration:underline}")
                .append("h1{font-size:14pt;text-align:center;margin:14pt 0 2pt}.sub{text-align:center}")
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td><b>")
                .append(esc(t.issuerName().toUpperCase()))
                .append("</b><br/>*</td><td><b class=\"u\">ĐẢNG CỘNG SẢN VIỆT NAM</b></td></tr></table>");
        h.append("<h1>BẢNG PHÂN BỔ ĐẠI BIỂU</h1><div class=\"sub\"><i>")
                .append(esc("Kèm theo Kế hoạch số " + t.symbol() + " ngày " + t.issuedOn() + ", nhiệm kỳ " + t.term()))
                .append("</i></div><div class=\"sub\">")
                .append(esc(t.title()))
                .append("</div><br/>");
        h.append("<table class=\"grid\"><tr>");
        HEADERS.forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
        h.append("</tr>");
        int n = 1;
        for (UnitRow r : t.rows()) {
            h.append("<tr><td class=\"num\">").append(n++).append("</td><td>");
            h.append(esc(r.code())).append("</td><td>").append(esc(r.name())).append("</td>");
            cell(h, r.members());
            cell(h, r.quota() == null ? null : r.quota() - nz(r.share()) - r.special());
            cell(h, r.share());
            cell(h, r.special());
            cell(h, r.quota());
            h.append("</tr>");
        }
        h.append("<tr><td></td><td></td><td><b>Cộng các đơn vị</b></td>");
        cell(h, t.members());
        cell(h, t.base());
        cell(h, t.share());
        cell(h, t.special());
        cell(h, t.quota());
        h.append("</tr></table><p>")
                .append(esc("Đại biểu đương nhiên (ủy viên cấp ủy đương nhiệm): " + t.exOfficio() + "."))
                .append("<br/>")
                .append(esc("Đại biểu chỉ định: " + t.appointed() + "."))
                .append("<br/><b>")
                .append(esc("Tổng số đại biểu: " + t.total() + " = " + t.quota() + " + " + t.exOfficio() + " + "
                        + t.appointed() + "."))
                .append("</b></p></body></html>");
        return h.toString();
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

    private static void cell(StringBuilder h, Integer v) {
        h.append("<td class=\"num\">").append(v == null ? "" : v).append("</td>");
    }

    private static int nz(Integer v) {
        return v == null ? 0 : v;
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

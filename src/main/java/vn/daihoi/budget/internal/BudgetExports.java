package vn.daihoi.budget.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.daihoi.budget.BudgetEstimate;
import vn.daihoi.budget.BudgetGroup;
import vn.daihoi.budget.Vnd;
import vn.daihoi.platform.HtmlPdf;

/**
 * The estimate as an Excel sheet (amounts as numbers, so the office can add them up) and as a PDF in the
 * Party layout. Both are Vietnamese whatever the reader's language: they go into the congress file (the
 * page's downloads and the filing into the archive use the same bytes).
 */
@Component
public class BudgetExports {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    BudgetExports(MessageSource messages) {
        this.messages = messages;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    private List<String> headers() {
        return List.of(
                t("budget.col.no"),
                t("budget.col.description"),
                t("budget.col.unit"),
                t("budget.col.quantity"),
                t("budget.col.unitPrice"),
                t("budget.col.norm"),
                t("budget.col.amount"));
    }

    public void xlsx(BudgetEstimate e, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(t("budget.sheet"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            sheet.createRow(0).createCell(0).setCellValue(t("budget.export.title"));
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue(t(
                            "budget.export.subtitle",
                            e.congress().orgName(),
                            e.congress().term()));
            Row head = sheet.createRow(3);
            List<String> headers = headers();
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 4;
            for (BudgetGroup g : BudgetGroup.values()) {
                List<BudgetEstimate.Line> lines = e.linesOf(g);
                if (lines.isEmpty()) {
                    continue;
                }
                Row groupRow = sheet.createRow(r++);
                groupRow.createCell(1).setCellValue(t(g.labelKey()));
                groupRow.getCell(1).setCellStyle(bold);
                groupRow.createCell(6).setCellValue(e.groupTotals().get(g));
                groupRow.getCell(6).setCellStyle(money);
                int n = 1;
                for (BudgetEstimate.Line l : lines) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(n++);
                    row.createCell(1).setCellValue(l.description());
                    row.createCell(2).setCellValue(l.unit());
                    row.createCell(3).setCellValue(l.quantity());
                    row.createCell(4).setCellValue(l.unitPrice());
                    row.getCell(4).setCellStyle(money);
                    if (l.norm() != null) {
                        row.createCell(5).setCellValue(l.norm());
                        row.getCell(5).setCellStyle(money);
                    }
                    row.createCell(6).setCellValue(l.amount());
                    row.getCell(6).setCellStyle(money);
                }
            }
            Row total = sheet.createRow(r++);
            total.createCell(1).setCellValue(t("budget.total"));
            total.getCell(1).setCellStyle(bold);
            total.createCell(6).setCellValue(e.total());
            total.getCell(6).setCellStyle(money);
            if (e.previous() != null) {
                Row prev = sheet.createRow(r);
                prev.createCell(1)
                        .setCellValue(t("budget.previousTotal", e.previous().term()));
                prev.createCell(6).setCellValue(e.previous().total());
                prev.getCell(6).setCellStyle(money);
            }
            sheet.setColumnWidth(1, 50 * 256);
            for (int i = 2; i < headers.size(); i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            wb.write(out);
        }
    }

    public void pdf(BudgetEstimate e, OutputStream out) throws IOException {
        HtmlPdf.render(html(e), out);
    }

    String html(BudgetEstimate e) {
        StringBuilder h = new StringBuilder();
        h.append("<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page{size:A4;margin:20mm 15mm 20mm 30mm}")
                .append("body{font-family:'")
                .append(HtmlPdf.FAMILY)
                .append("';font-size:11pt;line-height:1.35}")
                .append("table{border-collapse:collapse;width:100%}")
                .append(".head td{text-align:center;vertical-align:top;width:50%}")
                .append(".grid td,.grid th{border:0.5pt solid #000;padding:2pt 4pt}")
                .append(".num{text-align:right}.u{text-decoration:underline}")
                .append("h1{font-size:14pt;text-align:center;margin:14pt 0 2pt}.sub{text-align:center}")
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td><b>")
                .append(esc(e.congress().orgName().toUpperCase(VI)))
                .append("</b><br/>*</td><td><b class=\"u\">")
                .append(esc(t("budget.export.party")))
                .append("</b></td></tr></table>");
        h.append("<h1>")
                .append(esc(t("budget.export.title")))
                .append("</h1><div class=\"sub\"><i>")
                .append(esc(t(
                        "budget.export.subtitle",
                        e.congress().orgName(),
                        e.congress().term())))
                .append("</i></div><br/><table class=\"grid\"><tr>");
        headers().forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
        h.append("</tr>");
        for (BudgetGroup g : BudgetGroup.values()) {
            List<BudgetEstimate.Line> lines = e.linesOf(g);
            if (lines.isEmpty()) {
                continue;
            }
            h.append("<tr><td></td><td colspan=\"5\"><b>")
                    .append(esc(t(g.labelKey())))
                    .append("</b></td><td class=\"num\"><b>")
                    .append(esc(Vnd.format(e.groupTotals().get(g))))
                    .append("</b></td></tr>");
            int n = 1;
            for (BudgetEstimate.Line l : lines) {
                h.append("<tr><td class=\"num\">").append(n++).append("</td><td>");
                h.append(esc(l.description()))
                        .append("</td><td>")
                        .append(esc(l.unit()))
                        .append("</td>");
                h.append("<td class=\"num\">").append(l.quantity()).append("</td>");
                h.append("<td class=\"num\">")
                        .append(esc(Vnd.format(l.unitPrice())))
                        .append("</td>");
                h.append("<td class=\"num\">")
                        .append(l.norm() == null ? "" : esc(Vnd.format(l.norm())))
                        .append("</td>");
                h.append("<td class=\"num\">")
                        .append(esc(Vnd.format(l.amount())))
                        .append("</td></tr>");
            }
        }
        h.append("<tr><td></td><td colspan=\"5\"><b>")
                .append(esc(t("budget.total")))
                .append("</b></td><td class=\"num\"><b>")
                .append(esc(Vnd.format(e.total())))
                .append("</b></td></tr></table>");
        if (e.previous() != null) {
            h.append("<p>")
                    .append(esc(t(
                            "budget.export.compare",
                            e.previous().term(),
                            Vnd.format(e.previous().total()),
                            Vnd.format(e.previous().change(e, null)))))
                    .append("</p>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

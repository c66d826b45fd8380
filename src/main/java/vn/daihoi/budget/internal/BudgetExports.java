package vn.daihoi.budget.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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
import vn.daihoi.platform.paper.PartyPaper;
import vn.daihoi.platform.paper.PartyPaperPdf;

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
        PartyPaperPdf.write(paper(e), out);
    }

    PartyPaper paper(BudgetEstimate e) {
        List<PartyPaper.Row> rows = new ArrayList<>();
        rows.add(PartyPaper.Row.header(headers()));
        for (BudgetGroup g : BudgetGroup.values()) {
            List<BudgetEstimate.Line> lines = e.linesOf(g);
            if (lines.isEmpty()) {
                continue;
            }
            rows.add(subtotal(t(g.labelKey()), e.groupTotals().get(g)));
            int n = 1;
            for (BudgetEstimate.Line l : lines) {
                rows.add(new PartyPaper.Row(List.of(
                        PartyPaper.Cell.number(n++),
                        PartyPaper.Cell.of(l.description()),
                        PartyPaper.Cell.of(l.unit()),
                        PartyPaper.Cell.number(l.quantity()),
                        PartyPaper.Cell.number(Vnd.format(l.unitPrice())),
                        PartyPaper.Cell.number(l.norm() == null ? "" : Vnd.format(l.norm())),
                        PartyPaper.Cell.number(Vnd.format(l.amount())))));
            }
        }
        rows.add(subtotal(t("budget.total"), e.total()));
        PartyPaper.Builder paper = PartyPaper.issuedBy(null, e.congress().orgName())
                .title(t("budget.export.title"))
                .subtitle(t(
                        "budget.export.subtitle",
                        e.congress().orgName(),
                        e.congress().term()))
                .add(new PartyPaper.Table(rows));
        if (e.previous() != null) {
            paper.para(t(
                    "budget.export.compare",
                    e.previous().term(),
                    Vnd.format(e.previous().total()),
                    Vnd.format(e.previous().change(e, null))));
        }
        return paper.build();
    }

    /** A bold row: the label across the description columns, the amount in the last. */
    private static PartyPaper.Row subtotal(String label, long amount) {
        return new PartyPaper.Row(List.of(
                PartyPaper.Cell.of(""),
                PartyPaper.Cell.of(label).spanning(5).inBold(),
                PartyPaper.Cell.number(Vnd.format(amount)).inBold()));
    }
}

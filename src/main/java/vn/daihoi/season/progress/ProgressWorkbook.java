package vn.daihoi.season.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.daihoi.season.CongressState;
import vn.daihoi.season.progress.CaseList.CaseRow;
import vn.daihoi.season.progress.ProgressReport.FollowerProgress;
import vn.daihoi.season.progress.ProgressReport.LevelProgress;

/**
 * The Excel exports of the progress pages, written with POI's streaming SXSSF (100 rows in memory) so the
 * root's 325,000-case list streams out. Headers in the user's language; dates are real Excel dates shown
 * dd/mm/yyyy, counts are numbers.
 */
@Component
class ProgressWorkbook {

    private final MessageSource messages;

    ProgressWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void report(ProgressReport report, Locale locale, OutputStream out) throws IOException {
        try (Book book = new Book(locale)) {
            Sheet sheet = book.wb.createSheet(book.text("progress.xlsx.sheet.levels"));
            int r = book.title(sheet, 0, report.orgName(), report.term(), report.asOf());
            List<String> headers =
                    new ArrayList<>(List.of(book.text("progress.col.level"), book.text("progress.col.total")));
            for (CongressState s : CongressState.values()) {
                headers.add(book.text(s.labelKey()));
            }
            headers.addAll(List.of(
                    book.text("progress.col.held"),
                    book.text("progress.col.heldPercent"),
                    book.text("progress.col.overdue"),
                    book.text("progress.col.dueWithin", report.dueWithin())));
            book.header(sheet, r++, headers);
            for (LevelProgress l : report.levels()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(book.text(l.level().labelKey()));
                row.createCell(c++).setCellValue(l.total());
                for (CongressState s : CongressState.values()) {
                    row.createCell(c++).setCellValue(l.states().getOrDefault(s, 0L));
                }
                row.createCell(c++).setCellValue(l.held());
                Cell pct = row.createCell(c++);
                pct.setCellValue(l.heldPercent().doubleValue() / 100);
                pct.setCellStyle(book.percent);
                book.number(row, c++, l.overdue());
                book.number(row, c, l.dueSoon());
            }
            Sheet people = book.wb.createSheet(book.text("progress.xlsx.sheet.followers"));
            int p = book.title(people, 0, report.orgName(), report.term(), report.asOf());
            book.header(
                    people,
                    p++,
                    List.of(
                            book.text("progress.col.follower"),
                            book.text("progress.col.units"),
                            book.text("progress.col.overdue")));
            for (FollowerProgress f : report.followers()) {
                Row row = people.createRow(p++);
                row.createCell(0).setCellValue(f.fullName());
                row.createCell(1).setCellValue(f.units());
                book.number(row, 2, f.overdue());
            }
            book.wb.write(out);
        }
    }

    /** The unit list: {@code rows} feeds every row in order (see {@link CaseList#each}). */
    void units(
            String orgName,
            String term,
            LocalDate asOf,
            Locale locale,
            Consumer<Consumer<CaseRow>> rows,
            OutputStream out)
            throws IOException {
        try (Book book = new Book(locale)) {
            Sheet sheet = book.wb.createSheet(book.text("progress.xlsx.sheet.units"));
            int first = book.title(sheet, 0, orgName, term, asOf);
            book.header(
                    sheet,
                    first,
                    List.of(
                            book.text("progress.col.code"),
                            book.text("progress.col.unit"),
                            book.text("progress.col.level"),
                            book.text("progress.col.state"),
                            book.text("progress.col.windowFrom"),
                            book.text("progress.col.windowTo"),
                            book.text("progress.col.dueOn"),
                            book.text("progress.col.follower"),
                            book.text("progress.col.plannedOn")));
            int[] r = {first + 1};
            rows.accept(c -> {
                Row row = sheet.createRow(r[0]++);
                row.createCell(0).setCellValue(c.unitCode());
                row.createCell(1).setCellValue(c.unitName());
                row.createCell(2).setCellValue(book.text(c.level().labelKey()));
                row.createCell(3).setCellValue(book.text(c.state().labelKey()));
                book.date(row, 4, c.windowFrom());
                book.date(row, 5, c.windowTo());
                book.date(row, 6, c.dueOn());
                if (c.follower() != null) {
                    row.createCell(7).setCellValue(c.follower());
                }
                book.date(row, 8, c.plannedOn());
            });
            book.wb.write(out);
        }
    }

    /** One streaming workbook with its styles and the user's language. */
    private final class Book implements AutoCloseable {
        final SXSSFWorkbook wb = new SXSSFWorkbook(100);
        final Locale locale;
        final CellStyle date;
        final CellStyle percent;
        final CellStyle bold;

        Book(Locale locale) {
            this.locale = locale;
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
        }

        String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        /** Two title rows: the node and term, then the date of the figures; returns the next row. */
        int title(Sheet sheet, int r, String orgName, String term, LocalDate asOf) {
            Row title = sheet.createRow(r);
            title.createCell(0).setCellValue(text("progress.xlsx.title", orgName, term));
            title.getCell(0).setCellStyle(bold);
            Row when = sheet.createRow(r + 1);
            when.createCell(0).setCellValue(text("progress.col.asOf"));
            date(when, 1, asOf);
            return r + 3;
        }

        void header(Sheet sheet, int r, List<String> names) {
            Row row = sheet.createRow(r);
            for (int i = 0; i < names.size(); i++) {
                Cell c = row.createCell(i);
                c.setCellValue(names.get(i));
                c.setCellStyle(bold);
            }
        }

        void date(Row row, int c, LocalDate value) {
            if (value != null) {
                Cell cell = row.createCell(c);
                cell.setCellValue(value);
                cell.setCellStyle(date);
            }
        }

        void number(Row row, int c, Long value) {
            if (value != null) {
                row.createCell(c).setCellValue(value);
            }
        }

        @Override
        public void close() {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException e) {
                // closing a streaming workbook only deletes its temporary files
            }
        }
    }
}

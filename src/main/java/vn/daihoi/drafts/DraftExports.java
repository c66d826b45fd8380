package vn.daihoi.drafts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.daihoi.drafts.DraftRecords.Point;
import vn.daihoi.drafts.DraftRecords.Publication;
import vn.daihoi.platform.paper.PartyPaper;
import vn.daihoi.platform.paper.PartyPaperDocx;

/**
 * The synthesis as a Word table in the one Party paper layout (the report to the standing committee) and as a
 * spreadsheet.
 */
@Service
public class DraftExports {

    private final DraftSynthesis synthesis;
    private final MessageSource messages;

    DraftExports(DraftSynthesis synthesis, MessageSource messages) {
        this.synthesis = synthesis;
        this.messages = messages;
    }

    public byte[] docx(long publicationId, Locale locale) {
        Publication p = synthesis.publication(publicationId);
        List<List<String>> rows = synthesis.allPoints(publicationId).stream()
                .map(point -> List.of(cells(point, locale)))
                .toList();
        return PartyPaperDocx.render(PartyPaper.issuedBy(null, p.publisherName())
                .title(msg("drafts.export.title", locale, p.title()))
                .para(msg("drafts.export.publisher", locale, p.publisherName()))
                .add(PartyPaper.Table.of(List.of(headers(locale)), rows))
                .build());
    }

    public byte[] xlsx(long publicationId, Locale locale) {
        Publication p = synthesis.publication(publicationId);
        List<Point> points = synthesis.allPoints(publicationId);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(msg("drafts.export.sheet", locale));
            sheet.createRow(0).createCell(0).setCellValue(msg("drafts.export.title", locale, p.title()));
            String[] header = headers(locale);
            Row head = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            int r = 2;
            for (Point point : points) {
                Row row = sheet.createRow(r++);
                String[] cells = cells(point, locale);
                for (int c = 0; c < cells.length; c++) {
                    if (c == 2 || c == 3) {
                        row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] headers(Locale locale) {
        return new String[] {
            msg("drafts.synthesis.where", locale),
            msg("drafts.synthesis.point", locale),
            msg("drafts.synthesis.units", locale),
            msg("drafts.synthesis.people", locale),
            msg("drafts.synthesis.origin", locale),
            msg("drafts.synthesis.response", locale)
        };
    }

    private String[] cells(Point point, Locale locale) {
        String where = point.label() == null ? msg("drafts.whole", locale) : point.label();
        String origin = point.originUnit() == null
                ? msg("drafts.synthesis.merged", locale, point.comments())
                : point.originUnit() + " — " + point.originPerson()
                        + (point.path().isEmpty() ? "" : " (" + String.join(" → ", point.path()) + ")");
        String response = point.responseKind() == null
                ? ""
                : msg("drafts.response." + point.responseKind(), locale) + ": " + point.response();
        return new String[] {
            where, point.text(), Integer.toString(point.units()), Integer.toString(point.people()), origin, response
        };
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

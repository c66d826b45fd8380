package vn.daihoi.org.member;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded member file by what it is, not by its name: a ZIP container is tried as XLSX,
 * known binary formats are refused, anything else must be UTF-8 text (BOM optional) in CSV with comma
 * or semicolon separators.
 */
final class SpreadsheetFiles {

    private SpreadsheetFiles() {}

    static List<SheetRows.RawRow> read(byte[] content, int maxRows) {
        return read("tệp", content, maxRows);
    }

    /** {@code fileName} names the file in a refusal for size (a 413, not a row problem). */
    static List<SheetRows.RawRow> read(String fileName, byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw new ImportFileException(ImportProblem.ofFile("member.import.empty"));
        }
        SheetRows rows = new SheetRows(maxRows);
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            XlsxSheet.read(content, fileName, rows);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException(ImportProblem.ofFile("member.import.oldExcel"));
        } else if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            throw new ImportFileException(ImportProblem.ofFile("member.import.utf16"));
        } else if (looksBinary(content)) {
            throw new ImportFileException(ImportProblem.ofFile("member.import.notSpreadsheet"));
        } else {
            readCsv(decodeUtf8(content), rows);
        }
        return rows.rows();
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** PDFs, images, executables and the like carry NUL or other control bytes text never has. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C) {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    /** Strict UTF-8: the first invalid byte is reported with its line, instead of being guessed. */
    static String decodeUtf8(byte[] content) {
        int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = start; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new ImportFileException(new ImportProblem(
                    line, "", "member.import.notUtf8", String.valueOf(line), String.valueOf(in.position() + 1)));
        }
        return out.flip().toString();
    }

    private static void readCsv(String text, SheetRows rows) {
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                // Excel shows one row per record (a quoted line break stays in its cell), so the
                // record number is the row number the user sees.
                rows.accept((int) record.getRecordNumber(), cells);
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new ImportFileException(ImportProblem.ofFile("member.import.badCsv"));
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}

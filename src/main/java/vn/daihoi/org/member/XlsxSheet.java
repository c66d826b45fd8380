package vn.daihoi.org.member;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.daihoi.platform.Dates;

/**
 * Reads the first sheet of an XLSX with POI's streaming (SAX) reader, so 200,000 rows need no more
 * memory than their text. Zip bombs are refused by POI's ZipSecureFile limits.
 */
final class XlsxSheet {

    static {
        // A sheet of 200,000 rows is about 200 MB of XML; a ratio below 1% is a bomb, not a sheet.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(400L * 1024 * 1024);
    }

    private XlsxSheet() {}

    static void read(byte[] content, SheetRows rows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException(ImportProblem.ofFile("member.import.noHeader"));
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(
                        new XSSFSheetXMLHandler(styles, strings, new Handler(rows), new VietnameseFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // The SAX parser may wrap what the row handler threw (too many rows): pass that on as is.
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof ImportFileException f) {
                    throw f;
                }
            }
            throw new ImportFileException(
                    ImportProblem.ofFile(isZipBomb(e) ? "member.import.zipBomb" : "member.import.notSpreadsheet"));
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("MaxEntrySize") || m.contains("max entry size"))) {
                return true;
            }
        }
        return false;
    }

    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetRows rows;
        private final List<String> current = new ArrayList<>();

        Handler(SheetRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            current.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.accept(rowNum + 1, current);
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? current.size() : new CellReference(ref).getCol();
            while (current.size() < col) {
                current.add("");
            }
            current.add(value);
        }
    }

    /** Dates as dd/MM/yyyy and whole numbers in full (a 12-digit CCCD, never 1.23457E+11). */
    private static final class VietnameseFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return Dates.format(DateUtil.getLocalDateTime(value).toLocalDate());
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}

package vn.daihoi.org.member;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import vn.daihoi.files.UploadRefused;
import vn.daihoi.files.ZipLimits;
import vn.daihoi.files.ZipScan;
import vn.daihoi.platform.Dates;

/**
 * Reads the first sheet of an XLSX with POI's streaming (SAX) reader, so 200,000 rows need no more
 * memory than their text. Before POI sees the file, the ZIP is streamed once under {@link #LIMITS},
 * counting the bytes actually inflated: a bomb is refused (413, naming the entry) before anything of it
 * is held. POI's own ZipSecureFile limits stay as the second line.
 */
final class XlsxSheet {

    /**
     * Measured: 20,000 member rows of the template's 17 columns, as POI or Excel write them (shared strings),
     * unpack to 14.9 MB (a 1.7 MB XLSX), about 750 bytes a row; the most rows a file may hold
     * ({@link vn.daihoi.org.MemberImport#MAX_ROWS}, 200,000) thus need about 150 MB. Twice that is the cap for
     * the whole workbook; it bounds the time and temporary disk a file costs, the limits below its memory.
     */
    static final long MAX_UNPACKED_BYTES = 300L * 1024 * 1024;

    static final ZipLimits LIMITS = new ZipLimits(1_000, MAX_UNPACKED_BYTES, MAX_UNPACKED_BYTES);

    /**
     * POI holds the whole shared-strings table in memory: 20,000 rows need about 2 MB of it (mostly the unique
     * ID, phone and card numbers), 200,000 rows about 20 MB.
     */
    static final long MAX_SHARED_STRINGS_BYTES = 40L * 1024 * 1024;

    /** Excel's own limit of one cell's text; a longer "cell" is a file built to fill the memory. */
    static final int MAX_CELL_CHARS = 32_767;

    /** The template has 17 columns: cells far to the right are ignored, not kept. */
    static final int MAX_COLUMNS = 256;

    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    static {
        // A ratio below 1% is a bomb, not a sheet; no part may be larger than the whole workbook may be.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
        ZipSecureFile.setMaxFileCount(LIMITS.maxEntries());
        // POI keeps each part of a package opened from a stream in memory: a part over 8 MB goes to an
        // (encrypted) temporary file instead, so a large sheet costs disk, not heap, while SAX streams it.
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(8 * 1024 * 1024);
        ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
    }

    private XlsxSheet() {}

    static void read(byte[] content, String fileName, SheetRows rows) {
        // The same stream of entries that POI will open, read once here under the limits (413 / 400).
        ZipScan.scan(new ByteArrayInputStream(content), fileName, LIMITS, (name, entry) -> {
            if (name.equals(SHARED_STRINGS)
                    && entry.transferTo(OutputStream.nullOutputStream()) > MAX_SHARED_STRINGS_BYTES) {
                throw UploadRefused.tooLarge(
                        "files.error.zipEntryTooLarge", fileName, name, MAX_SHARED_STRINGS_BYTES / (1024 * 1024));
            }
        });
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException(ImportProblem.ofFile("member.import.noHeader"));
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = new BoundedText(SAXHelper.newXMLReader());
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

    /**
     * Passes the sheet's SAX events on, refusing an element whose text runs over {@link #MAX_CELL_CHARS}: POI
     * gathers a cell's text in one buffer, which a single crafted cell of hundreds of megabytes would blow up.
     */
    private static final class BoundedText extends XMLFilterImpl {
        private long chars;
        private String row = "?";

        BoundedText(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            chars = 0;
            if ("row".equals(localName) && atts.getValue("r") != null) {
                row = atts.getValue("r");
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            chars = 0;
            super.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > MAX_CELL_CHARS) {
                throw new ImportFileException(
                        ImportProblem.ofFile("member.import.cellTooLong", row, String.valueOf(MAX_CELL_CHARS)));
            }
            super.characters(ch, start, length);
        }
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
            if (col >= MAX_COLUMNS) {
                return;
            }
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

package vn.daihoi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading files by content: encodings, separators, garbled text. */
class SpreadsheetFilesTest {

    @Test
    void invalidUtf8IsReportedOnItsLine() {
        byte[] ok = "STT,Họ\r\n1,Lê\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[ok.length + 5];
        System.arraycopy(ok, 0, bad, 0, ok.length);
        bad[ok.length] = '2';
        bad[ok.length + 1] = ',';
        bad[ok.length + 2] = 'L';
        bad[ok.length + 3] = (byte) 0xEA;
        bad[ok.length + 4] = '\n';

        ImportFileException e = catchThrowableOfType(ImportFileException.class, () -> SpreadsheetFiles.decodeUtf8(bad));

        assertThat(e.problems.getFirst().row()).isEqualTo(3);
    }

    @Test
    void mojibakeIsRecognisedAndVietnameseIsNot() {
        assertThat(Mojibake.isGarbled("Nguyá»…n")).isTrue();
        assertThat(Mojibake.isGarbled("VÄƒn")).isTrue();
        assertThat(Mojibake.isGarbled("Nguyễn Văn Ân")).isFalse();
        assertThat(Mojibake.isGarbled("Lê")).isFalse();
        assertThat(Mojibake.isGarbled("Hà Nội")).isFalse();
        assertThat(Mojibake.isGarbled("Kinh")).isFalse();
    }

    @Test
    void headersAreRecognisedWithoutAccents() {
        assertThat(MemberColumn.byHeader("ngay sinh")).contains(MemberColumn.BIRTH_DATE);
        assertThat(MemberColumn.byHeader(" Số  CCCD ")).contains(MemberColumn.NATIONAL_ID);
        assertThat(MemberColumn.byHeader("Tên")).contains(MemberColumn.GIVEN_NAME);
        assertThat(MemberColumn.byHeader("Ghi chú")).isEmpty();
    }

    @Test
    void excelDateCellsAndNumbersAreReadAsTheUserSeesThem() throws Exception {
        byte[] xlsx;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet();
            var header = sheet.createRow(0);
            for (MemberColumn c : MemberColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header);
            }
            var row = sheet.createRow(1);
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
            var birth = row.createCell(MemberColumn.BIRTH_DATE.ordinal());
            birth.setCellValue(java.time.LocalDate.of(1980, 5, 17));
            birth.setCellStyle(dateStyle);
            row.createCell(MemberColumn.NATIONAL_ID.ordinal()).setCellValue(1080012345d);
            row.createCell(MemberColumn.PHONE.ordinal()).setCellValue(912345678d);
            row.createCell(MemberColumn.GIVEN_NAME.ordinal()).setCellValue("Ân");
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }

        var rows = SpreadsheetFiles.read(xlsx, 10);

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().line()).isEqualTo(2);
        assertThat(rows.getFirst().get(MemberColumn.BIRTH_DATE)).isEqualTo("17/05/1980");
        assertThat(rows.getFirst().get(MemberColumn.NATIONAL_ID)).isEqualTo("1080012345");
        assertThat(rows.getFirst().get(MemberColumn.GIVEN_NAME)).isEqualTo("Ân");
    }

    @Test
    void tooManyRowsStopTheReading() {
        String csv = "Họ,Tên,Giới tính,Ngày vào Đảng,Trạng thái,Mã chi bộ\r\nA,B\r\nC,D\r\nE,F\r\n";
        ImportFileException e = catchThrowableOfType(
                ImportFileException.class, () -> SpreadsheetFiles.read(csv.getBytes(StandardCharsets.UTF_8), 2));
        assertThat(e.problems.getFirst().messageKey()).isEqualTo("member.import.tooManyRows");
    }

    @Test
    void emptyLinesAreSkippedAndRowNumbersStayAsInTheSheet() {
        String csv = "Họ;Tên;Giới tính;Ngày vào Đảng;Trạng thái;Mã chi bộ\n\nLê;An;Nam;01/01/2000;Dự bị;CB\n";
        var rows = SpreadsheetFiles.read(csv.getBytes(StandardCharsets.UTF_8), 10);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.get(MemberColumn.FAMILY_NAME)).isEqualTo("Lê");
            assertThat(r.get(MemberColumn.CELL_CODE)).isEqualTo("CB");
        });
    }

    @Test
    void tooManyRowsInXlsxAreReportedAsSuch() {
        Sheets s = new Sheets()
                .row("Lê", "Văn", "An", "CB")
                .row("Lê", "Văn", "Ba", "CB")
                .row("Lê", "Văn", "Ca", "CB");
        ImportFileException e =
                catchThrowableOfType(ImportFileException.class, () -> SpreadsheetFiles.read(s.xlsx(), 2));
        assertThat(e.problems.getFirst().messageKey()).isEqualTo("member.import.tooManyRows");
    }

    /** A valid XLSX with one part replaced by what {@code part} writes (streamed, never held). */
    static byte[] withPart(String name, PartWriter part) throws java.io.IOException {
        byte[] template = new Sheets().row("Nguyễn", "Văn", "Ân", "CB-1").xlsx();
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(template));
                var z = new java.util.zip.ZipOutputStream(out)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    part.write(z);
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    interface PartWriter {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    /** Row 1: every template header, as inline strings. */
    static String headerRow() {
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        for (MemberColumn c : MemberColumn.values()) {
            row.append("<c t=\"inlineStr\"><is><t>").append(c.header).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    /** Issue 13: POI keeps the shared strings in memory, so their part has a cap of its own (413). */
    @Test
    void sharedStringsOverTheirCapAreRefusedBeforePoiReadsThem() throws Exception {
        byte[] xlsx = withPart("xl/sharedStrings.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
                            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] item = "<si><t>a</t></si>".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= XlsxSheet.MAX_SHARED_STRINGS_BYTES; written += item.length) {
                out.write(item);
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });

        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                vn.daihoi.files.UploadRefused.class, () -> SpreadsheetFiles.read("ds.xlsx", xlsx, 10));

        assertThat(e.status()).isEqualTo(413);
        assertThat(e.arguments()).contains("ds.xlsx", "xl/sharedStrings.xml");
    }

    /** Issue 13: one crafted cell of 40,000 characters is refused, not gathered in memory. */
    @Test
    void aCellLongerThanExcelAllowsIsRefusedWithItsRow() throws Exception {
        byte[] xlsx = withPart("xl/worksheets/sheet1.xml", out -> {
            out.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            out.write(headerRow().getBytes(StandardCharsets.UTF_8));
            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            out.write("x".repeat(40_000).getBytes(StandardCharsets.UTF_8));
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });

        ImportFileException e =
                catchThrowableOfType(ImportFileException.class, () -> SpreadsheetFiles.read("ds.xlsx", xlsx, 10));

        assertThat(e.problems.getFirst().messageKey()).isEqualTo("member.import.cellTooLong");
        assertThat(e.problems.getFirst().args()).contains("2");
    }

    /** Cells far to the right of the template's 17 columns are dropped, not padded and kept. */
    @Test
    void cellsFarToTheRightAreIgnored() throws Exception {
        byte[] xlsx = withPart("xl/worksheets/sheet1.xml", out -> {
            out.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            out.write((headerRow()
                            + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Lê</t></is></c>"
                            + "<c r=\"D2\" t=\"inlineStr\"><is><t>An</t></is></c>"
                            + "<c r=\"XFD2\" t=\"inlineStr\"><is><t>xa</t></is></c></row>"
                            + "</sheetData></worksheet>")
                    .getBytes(StandardCharsets.UTF_8));
        });

        var rows = SpreadsheetFiles.read("ds.xlsx", xlsx, 10);

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get(MemberColumn.FAMILY_NAME)).isEqualTo("Lê");
            assertThat(r.get(MemberColumn.GIVEN_NAME)).isEqualTo("An");
        });
    }
}

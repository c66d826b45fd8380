package vn.daihoi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.daihoi.platform.DomainException;

/** Attachments are judged by their bytes, never by their names. */
class UploadCheckTest {

    final UploadCheck check = new UploadCheck(1024 * 1024);

    static byte[] docx() throws IOException {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("Kế hoạch");
            d.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Đảng viên");
            w.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void recognisesEachAcceptedKindByContent() throws IOException {
        assertThat(check.check("a.bin", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))
                        .contentType())
                .isEqualTo("application/pdf");
        assertThat(check.check("scan.PDF.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00})
                        .contentType())
                .isEqualTo("image/jpeg");
        assertThat(check.check("x", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})
                        .contentType())
                .isEqualTo("image/png");
        assertThat(check.check("ke-hoach.docx", docx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(check.check("bang.xlsx", xlsx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(check.check("x.odt", zip("mimetype", "application/vnd.oasis.opendocument.text"))
                        .contentType())
                .isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void describesTheFileWithItsHash() {
        var f = check.check(" bien-ban.pdf ", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertThat(f.filename()).isEqualTo("bien-ban.pdf");
        assertThat(f.size()).isEqualTo(8);
        assertThat(f.sha256())
                .hasSize(64)
                .isEqualTo(UploadCheck.sha256("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void refusesAnExecutableNamedPdf() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> check.check("ke-hoach.pdf", exe)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("files.error.uploadType");
            assertThat(e.arguments()).containsExactly("ke-hoach.pdf");
        });
    }

    @Test
    void refusesAZipThatIsNoOfficeFile() throws IOException {
        assertThatThrownBy(() -> check.check("a.docx", zip("readme.txt", "hello")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("uploadType");
        assertThatThrownBy(() -> check.check("a.docx", new byte[] {'P', 'K', 3, 4, 1, 2}))
                .hasMessageContaining("uploadType");
    }

    @Test
    void refusesAnEmptyOrTooLargeFile() {
        assertThatThrownBy(() -> check.check("a.pdf", new byte[0])).hasMessageContaining("uploadEmpty");
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> check.check("to.pdf", big)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("files.error.uploadTooLarge");
            assertThat(e.arguments()).containsExactly("to.pdf", "1");
        });
    }

    @Test
    void aPdfPolyglotNamedHtmlIsStoredWithTheExtensionOfWhatItIs() {
        byte[] polyglot = "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.US_ASCII);

        var f = check.check("bao-cao.html", polyglot);

        assertThat(f.contentType()).isEqualTo("application/pdf");
        assertThat(f.filename()).isEqualTo("bao-cao.pdf");
        assertThat(check.check("bao-cao", polyglot).filename()).isEqualTo("bao-cao.pdf");
        assertThat(check.check("x.pdf.html", polyglot).filename()).isEqualTo("x.pdf");
        assertThat(check.check("anh.JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})
                        .filename())
                .isEqualTo("anh.JPEG");
        assertThat(check.check("anh.png.exe", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})
                        .filename())
                .isEqualTo("anh.png.jpg");
    }

    @Test
    void anOfficeFileThatUnpacksToABombIsRefusedWith413() throws IOException {
        UploadCheck roomy = new UploadCheck(20 * Bombs.MB);
        assertThatThrownBy(() -> roomy.check("bang.xlsx", Bombs.zeros("xl/workbook.xml", 300)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.messageKey()).isEqualTo("files.error.zipEntryTooLarge");
                    assertThat(e.arguments()).contains("bang.xlsx", "xl/workbook.xml");
                });
    }
}

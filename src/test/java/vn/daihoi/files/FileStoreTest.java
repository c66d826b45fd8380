package vn.daihoi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.platform.DomainException;

/** Files are stored with the caller's transaction, checked by content, and served only when intact. */
@SpringBootTest
class FileStoreTest {

    static final byte[] PDF = "%PDF-1.7\nbiên bản đại hội\n%%EOF".getBytes(StandardCharsets.UTF_8);

    @Autowired
    FileStore files;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    long root() {
        return jdbc.sql("select id from org_unit where code = 'TW'")
                .query(Long.class)
                .single();
    }

    @Test
    void storesReadsBackAndRefusesAlteredBytes() {
        StoredFile f = tx.execute(s -> files.store("Biên bản.pdf", PDF, root(), "admin"));
        assertThat(f.contentType()).isEqualTo("application/pdf");
        assertThat(f.sha256()).isEqualTo(UploadCheck.sha256(PDF));
        assertThat(files.content(f.id())).isEqualTo(PDF);
        assertThat(files.find(f.id())).contains(f);

        jdbc.sql("update stored_file set bytes = ? where id = ?")
                .params("%PDF-1.7 sửa".getBytes(StandardCharsets.UTF_8), f.id())
                .update();
        assertThatThrownBy(() -> files.content(f.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("files.error.checksum");
    }

    @Test
    void aRefusedOrRolledBackUploadLeavesNothing() {
        long before = count();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> files.store(
                        "virus.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), root(), "admin")))
                .hasMessageContaining("files.error.uploadType");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    files.store("ok.pdf", PDF, root(), "admin");
                    throw new IllegalStateException("the caller fails after the upload");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> files.store("no-transaction.pdf", PDF, root(), "admin"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(count()).isEqualTo(before);
        assertThatThrownBy(() -> files.content(Long.MAX_VALUE))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).status())
                .isEqualTo(404);
    }

    @Test
    void aPolyglotIsStoredUnderTheExtensionOfItsType() {
        byte[] polyglot = "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        StoredFile f = tx.execute(s -> files.store("bao-cao.html", polyglot, root(), "admin"));
        assertThat(f.filename()).isEqualTo("bao-cao.pdf");
        assertThat(files.find(f.id()).orElseThrow().filename()).isEqualTo("bao-cao.pdf");
        String longName = "a".repeat(300) + ".html";
        assertThat(tx.execute(s -> files.store(longName, polyglot, root(), "admin"))
                        .filename())
                .hasSize(255)
                .endsWith("a.pdf");
    }

    /** The migration gives files stored before the fix the name UploadCheck gives them now. */
    @Test
    void filesStoredBeforeAreRenamedByTheMigration() throws Exception {
        String[][] cases = {
            {"bao-cao.html", "application/pdf", "bao-cao.pdf"},
            {"x.pdf.html", "application/pdf", "x.pdf"},
            {"khong-duoi", "application/pdf", "khong-duoi.pdf"},
            {"scan.PDF.jpg", "image/jpeg", "scan.PDF.jpg"},
            {"anh.JPEG", "image/jpeg", "anh.JPEG"},
            {"bang.ods.exe", "application/vnd.oasis.opendocument.spreadsheet", "bang.ods"},
        };
        long[] ids = new long[cases.length];
        for (int i = 0; i < cases.length; i++) {
            ids[i] = jdbc.sql("""
                            insert into stored_file (filename, content_type, size, sha256, bytes, org_id, stored_at,
                                stored_by)
                            values (?, ?, ?, ?, ?, ?, now(), 'test') returning id""")
                    .params(cases[i][0], cases[i][1], PDF.length, UploadCheck.sha256(PDF), PDF, root())
                    .query(Long.class)
                    .single();
        }
        String migration = new String(
                getClass()
                        .getResourceAsStream("/db/migration/files/V2026.12.07.40__stored_file_detected_extension.sql")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        jdbc.sql(migration).update();
        for (int i = 0; i < cases.length; i++) {
            assertThat(files.find(ids[i]).orElseThrow().filename())
                    .as(cases[i][0])
                    .isEqualTo(cases[i][2])
                    .isEqualTo(UploadCheck.named(cases[i][0], cases[i][1]));
        }
    }

    long count() {
        return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
    }
}

package vn.daihoi.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.platform.DomainException;

/** Uploaded ZIPs are read under limits and their names never trusted. */
class SafeZipTest {

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void aZipBombStopsAtTheLimitNotAtTheEndOfMemory() throws IOException {
        byte[] bomb = zip("files/4-office/001-bom.pdf", new byte[40 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> SafeZip.read(bomb, 25L * 1024 * 1024))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("files.error.zipEntryTooLarge");
                    assertThat(e.status()).isEqualTo(413);
                });
    }

    @Test
    void namesThatLeaveTheFolderAreFlagged() throws IOException {
        for (String name :
                List.of("../../etc/passwd", "/etc/passwd", "files/../../x", "C:\\x.pdf", "a/./b", "x\u0000y")) {
            assertThat(ArchivePaths.unsafe(name)).as(name).isTrue();
        }
        assertThat(ArchivePaths.unsafe("files/4-office/001-bien-ban.pdf")).isFalse();
        List<SafeZip.Entry> read = SafeZip.read(zip("../evil.txt", new byte[] {1}), 1024);
        assertThat(read).singleElement().satisfies(e -> assertThat(e.unsafe()).isTrue());
    }

    @Test
    void whatIsNotAZipIsRefused() {
        assertThatThrownBy(() -> SafeZip.read("%PDF-1.4".getBytes(), 1024))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("archive.error.notZip"));
        assertThatThrownBy(() -> SafeZip.read(new byte[] {'P', 'K', 3, 4, 9, 9, 9}, 1024))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void archiveNamesArePlainAsciiInTheGuidancesOrder() {
        assertThat(ArchivePaths.path(ArchiveGroup.PERSONNEL, 3, "Danh sách trúng cử Đảng ủy.pdf"))
                .isEqualTo("files/2-personnel/003-Danh-sach-trung-cu-Dang-uy.pdf");
        assertThat(ArchivePaths.path(ArchiveGroup.OFFICE, 1, "../../x.pdf")).isEqualTo("files/4-office/001-x.pdf");
        assertThat(ArchivePaths.unsafe(ArchivePaths.path(ArchiveGroup.OFFICE, 1, "..")))
                .isFalse();
    }
}

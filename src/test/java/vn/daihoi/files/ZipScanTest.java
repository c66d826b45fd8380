package vn.daihoi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daihoi.platform.DomainException;

/** The streaming caps count what is inflated, whatever the headers claim, and name the entry that broke one. */
class ZipScanTest {

    static final ZipLimits LIMITS = new ZipLimits(1_000, 25 * Bombs.MB, 100 * Bombs.MB);

    static DomainException refusal(byte[] zip) {
        try {
            ZipScan.scan(new ByteArrayInputStream(zip), "thu.zip", LIMITS, (name, content) -> {});
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aGigabyteOfZerosStopsAtTheEntryLimitWith413NamingTheEntry() throws IOException {
        byte[] bomb = Bombs.zeros("files/4-office/001-bom.pdf", 1024);
        assertThat(bomb.length).isLessThan(2 * (int) Bombs.MB);

        DomainException e = refusal(bomb);

        assertThat(e.status()).isEqualTo(413);
        assertThat(e.messageKey()).isEqualTo("files.error.zipEntryTooLarge");
        assertThat(e.arguments()).contains("thu.zip", "files/4-office/001-bom.pdf");
    }

    @Test
    void aHundredThousandTinyEntriesStopAtTheEntryCount() throws IOException {
        DomainException e = refusal(Bombs.manyTinyEntries(100_000));
        assertThat(e.status()).isEqualTo(413);
        assertThat(e.messageKey()).isEqualTo("files.error.zipEntries");
    }

    @Test
    void randomAndZeroEntriesEachUnderTheEntryLimitStopAtTheTotal() throws IOException {
        DomainException e = refusal(Bombs.randomAndZeros(6));
        assertThat(e.status()).isEqualTo(413);
        assertThat(e.messageKey()).isEqualTo("files.error.zipTooLarge");
        // 6 × (1 + 20) MB: the 100 MB are passed inside the fifth pair's zeros
        assertThat(e.arguments()).contains("files/4-office/004-so-khong.pdf");
    }

    @Test
    void entriesLeftUnreadAreCountedToo() throws IOException {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> ZipScan.scan(
                        new ByteArrayInputStream(Bombs.zeros("a.bin", 30)),
                        "thu.zip",
                        LIMITS,
                        (name, content) -> seen.add(name)))
                .isInstanceOf(UploadRefused.class);
        assertThat(seen).containsExactly("a.bin");
    }

    @Test
    void aBrokenZipIsA400NamingTheEntry() throws IOException {
        DomainException e = refusal(Bombs.truncated());
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.messageKey()).isEqualTo("files.error.zipBroken");
        assertThat(e.arguments()).contains("files/4-office/001-cat-cut.pdf");

        DomainException notZip = refusal("xin chào".getBytes());
        assertThat(notZip.status()).isEqualTo(400);
    }

    @Test
    void aSoundZipIsReadWhole() throws IOException {
        byte[] zip = Bombs.zeros("ok.bin", 3);
        List<Long> sizes = new ArrayList<>();
        int n = ZipScan.scan(
                new ByteArrayInputStream(zip),
                "thu.zip",
                LIMITS,
                (name, content) -> sizes.add(content.transferTo(java.io.OutputStream.nullOutputStream())));
        assertThat(n).isEqualTo(1);
        assertThat(sizes).containsExactly(3 * Bombs.MB);
    }
}

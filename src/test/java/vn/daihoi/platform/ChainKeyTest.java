package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain key: generated once, owner-only, the same on every start; a configured key wins. */
class ChainKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void aGeneratedKeyIsOwnerOnlyAndKeptAcrossStarts() throws Exception {
        ChainKey first = new ChainKey("", dataDir.toString());
        Path dir = dataDir.resolve("secrets");
        Path file = dir.resolve("chain.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).matches("[0-9a-f]{64}");

        ChainKey again = new ChainKey(null, dataDir.toString());
        assertThat(again.mac("abc")).isEqualTo(first.mac("abc"));
        assertThat(again.matches("abc", first.mac("abc"))).isTrue();
        assertThat(again.matches("abd", first.mac("abc"))).isFalse();
        assertThat(again.matches("abc", null)).isFalse();
    }

    @Test
    void aConfiguredKeyIsUsedAndNoFileIsWritten() {
        ChainKey configured = new ChainKey("mot-khoa-du-dai-cho-moi-nut-0123456789", dataDir.toString());
        ChainKey other = new ChainKey("mot-khoa-khac-du-dai-cho-moi-nut-012345", dataDir.toString());
        assertThat(Files.exists(dataDir.resolve("secrets"))).isFalse();
        assertThat(configured.mac("abc")).hasSize(64).isNotEqualTo(other.mac("abc"));
        assertThatThrownBy(() -> new ChainKey("ngan-qua", dataDir.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DAIHOI_CHAIN_KEY");
    }
}

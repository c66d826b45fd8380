package vn.daihoi.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which characters a person's name refuses (issue 13: U+202E and U+200B were printed on a ballot). */
class UnsafeTextTest {

    @ParameterizedTest
    @ValueSource(
            ints = {
                0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C, 0x200B,
                0x200C, 0x200D, 0x2060, 0xFEFF, 0x0000, 0x0009, 0x000A, 0x007F, 0x0085, 0x00AD, '<', '>'
            })
    void refuses(int codePoint) {
        String name = "Nguyễn Văn" + Character.toString(codePoint) + " An";
        assertThat(UnsafeText.firstUnsafe(name)).hasValue(codePoint);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nguyễn Thị Minh Khai",
                "Hồ Đức Việt",
                "H'Hen Niê",
                "Y-Ngông Niê Kđăm",
                "Trần Văn A (con)",
                "Lê Văn Tám, Jr."
            })
    void acceptsVietnameseNamesComposedOrDecomposed(String name) {
        assertThat(UnsafeText.firstUnsafe(name)).isEmpty();
        assertThat(UnsafeText.firstUnsafe(Normalizer.normalize(name, Normalizer.Form.NFD)))
                .as("combining marks are letters' accents, not format characters")
                .isEmpty();
    }
}

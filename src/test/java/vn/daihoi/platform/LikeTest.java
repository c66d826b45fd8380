package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscapedNeverStripped() {
        assertThat(Like.escape("a_b 50% c\\d")).isEqualTo("a\\_b 50\\% c\\\\d");
        assertThat(Like.contains("x_y")).isEqualTo("%x\\_y%");
        assertThat(Like.prefix("10%")).isEqualTo("10\\%%");
        assertThat(Like.contains("")).isEqualTo("%%");
    }
}

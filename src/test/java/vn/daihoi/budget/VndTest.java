package vn.daihoi.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VndTest {

    @Test
    void thousandsAreSeparatedByDots() {
        assertThat(Vnd.format(0)).isEqualTo("0 đ");
        assertThat(Vnd.format(999)).isEqualTo("999 đ");
        assertThat(Vnd.format(1000)).isEqualTo("1.000 đ");
        assertThat(Vnd.format(1_234_567)).isEqualTo("1.234.567 đ");
        assertThat(Vnd.format(123_456_789_012L)).isEqualTo("123.456.789.012 đ");
        assertThat(Vnd.format(-25_000)).isEqualTo("-25.000 đ");
    }
}

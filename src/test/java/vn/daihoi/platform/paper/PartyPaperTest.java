package vn.daihoi.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The place-and-date line as Hướng dẫn 36-HD/VPTW writes it. */
class PartyLayoutTest {

    @Test
    void daysBelowTenAndJanuaryFebruaryTakeALeadingZero() {
        assertThat(PartyLayout.placeAndDate("Hà Nội", LocalDate.of(2019, 12, 10)))
                .isEqualTo("Hà Nội, ngày 10 tháng 12 năm 2019");
        assertThat(PartyLayout.placeAndDate("Tây Ninh", LocalDate.of(2020, 2, 5)))
                .isEqualTo("Tây Ninh, ngày 05 tháng 02 năm 2020");
        assertThat(PartyLayout.placeAndDate("Huế", LocalDate.of(2025, 3, 1)))
                .isEqualTo("Huế, ngày 01 tháng 3 năm 2025");
        assertThat(PartyLayout.placeAndDate(" ", LocalDate.of(2025, 11, 9))).isEqualTo("ngày 09 tháng 11 năm 2025");
    }

    @Test
    void recipientsAndBodyAreReadLineByLine() {
        assertThat(PartyLayout.lines("Các chi bộ,\r\n\n  Lưu Văn phòng. "))
                .containsExactly("Các chi bộ,", "Lưu Văn phòng.");
        assertThat(PartyLayout.lines(null)).isEmpty();
    }
}

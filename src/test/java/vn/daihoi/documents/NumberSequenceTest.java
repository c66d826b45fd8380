package vn.daihoi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which documents share a number sequence (Hướng dẫn 36-HD/VPTW). */
class NumberSequenceTest {

    @Test
    void eachTypeHasItsOwnSequenceInATerm() {
        assertThat(NumberSequence.of(7, DocumentType.KE_HOACH, "2025-2030", null))
                .isNotEqualTo(NumberSequence.of(7, DocumentType.HUONG_DAN, "2025-2030", null));
        assertThat(NumberSequence.of(7, DocumentType.KE_HOACH, "2025-2030", null))
                .isEqualTo(NumberSequence.of(7, DocumentType.KE_HOACH, "2025-2030", null));
    }

    @Test
    void aNewTermStartsAgainFromOne() {
        assertThat(NumberSequence.of(7, DocumentType.CHI_THI, "2015-2020", null))
                .isNotEqualTo(NumberSequence.of(7, DocumentType.CHI_THI, "2020-2025", null));
    }

    @Test
    void eachIssuerHasItsOwnSequence() {
        assertThat(NumberSequence.of(7, DocumentType.KE_HOACH, "2025-2030", null))
                .isNotEqualTo(NumberSequence.of(8, DocumentType.KE_HOACH, "2025-2030", null));
    }

    @Test
    void decisionsAndRegulationsShareTheQdSequence() {
        assertThat(NumberSequence.of(7, DocumentType.QUYET_DINH, "2025-2030", null))
                .isEqualTo(NumberSequence.of(7, DocumentType.QUY_DINH, "2025-2030", null));
    }

    @Test
    void aCongressNumbersAllItsDocumentsInOneSequence() {
        NumberSequence minutes = NumberSequence.of(7, DocumentType.BIEN_BAN, "2025-2030", 99L);
        NumberSequence resolution = NumberSequence.of(7, DocumentType.NGHI_QUYET, "2025-2030", 99L);
        assertThat(minutes).isEqualTo(resolution);
        assertThat(minutes.congress()).isTrue();
        assertThat(minutes.lockName()).isEqualTo("document-number:congress:99");
        assertThat(minutes).isNotEqualTo(NumberSequence.of(7, DocumentType.BIEN_BAN, "2025-2030", 100L));
        assertThat(minutes).isNotEqualTo(NumberSequence.of(7, DocumentType.BIEN_BAN, "2025-2030", null));
    }
}

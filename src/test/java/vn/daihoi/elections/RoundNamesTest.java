package vn.daihoi.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The names kept per app node: only for a round whose state says its list is final. */
class RoundNamesTest {

    final RoundNames kept = new RoundNames();
    final AtomicInteger reads = new AtomicInteger();

    List<RoundSheet.Name> read(String name) {
        reads.incrementAndGet();
        return List.of(new RoundSheet.Name(1, RoundSheet.candidateId(1), name));
    }

    @Test
    void aListStillBeingBuiltIsReadEveryTime() {
        assertThat(kept.of(1, RoundState.LIST, () -> read("Nguyễn Văn An")))
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Nguyễn Văn An");
        assertThat(kept.of(1, RoundState.BALLOTING, () -> read("Trần Văn Bình")))
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Trần Văn Bình");
        assertThat(reads).hasValue(2);
    }

    @Test
    void theNamesOfARoundBeingCountedAreReadOnce() {
        kept.of(2, RoundState.COUNTING, () -> read("Lê Văn Cường"));
        assertThat(kept.of(2, RoundState.RELEASED, () -> read("changed")))
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Lê Văn Cường");
        assertThat(reads).hasValue(1);
        // a round read in LIST is never served from what was kept for it
        assertThat(kept.of(2, RoundState.LIST, () -> read("Phạm Thị Dung")))
                .extracting(RoundSheet.Name::fullName)
                .containsExactly("Phạm Thị Dung");
    }
}

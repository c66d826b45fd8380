package vn.daihoi.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine called directly, as the application will call it (no JSON in between). */
class CountingTest {

    @Test
    void settingsDefaultsAreThoseOfTheRulebook() {
        assertThat(Settings.DEFAULTS.allStruckOut()).isEqualTo(AllStruckOut.INVALID);
        assertThat(Settings.DEFAULTS.runoffRequiresMajority()).isTrue();
        assertThat(Settings.DEFAULTS.quorumFraction()).isEqualTo(new Fraction(2, 3));
        assertThat(new Fraction(2, 3).reachedBy(6, 9)).isTrue();
        assertThat(new Fraction(2, 3).reachedBy(5, 8)).isFalse();
    }

    @Test
    void anEmptyRecordIsRefusedWithVietnameseMessagesNotAnException() {
        CountResult result = Counting.count(new ElectionRecord(null, null, null, null, null, null, null));
        assertThat(result).isInstanceOf(CountResult.Refused.class);
        var errors = ((CountResult.Refused) result).errors();
        assertThat(errors).extracting(Problem.Error::code).containsOnly(ErrorCode.BAD_RECORD);
        assertThat(errors)
                .extracting(Problem.Error::message)
                .contains("Thiếu trường bắt buộc: election.", "Thiếu trường bắt buộc: counts.");
    }

    @Test
    void severalErrorsComeBackInBallotOrder() {
        var candidates = List.of(new ElectionRecord.Candidate("b", "Bình"), new ElectionRecord.Candidate("a", "An"));
        var record = new ElectionRecord(
                new ElectionRecord.Election("Bầu", Body.DELEGATE, null, 2, 1, false, BallotForm.STRIKE_OUT),
                new ElectionRecord.Base(BaseKind.DELEGATE_CONGRESS, null, null, 10, null),
                candidates,
                new ElectionRecord.Counts(5, 5),
                null,
                new ElectionRecord.Tally(5, null, Map.of("a", 6, "b", 7), null),
                null);
        var errors = ((CountResult.Refused) Counting.count(record)).errors();
        assertThat(errors).extracting(Problem.Error::message).first().asString().startsWith("Ứng cử viên b ");
        assertThat(errors).extracting(Problem.Error::code).contains(ErrorCode.VOTES_EXCEED_VALID);
    }

    @Test
    void percentRoundsHalfUpOnExactIntegers() {
        assertThat(Counting.percent(1, 800)).isEqualTo(new BigDecimal("0.13"));
        assertThat(Counting.percent(150, 159)).isEqualTo(new BigDecimal("94.34"));
        assertThat(Counting.percent(5, 10)).isEqualTo(new BigDecimal("50.00"));
    }
}

package vn.daihoi.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.daihoi.counting.ElectionRecord.Ballot;
import vn.daihoi.counting.ElectionRecord.Candidate;

/** The invariants of issue 3, over generated records of both ballot forms. */
class CountingPropertiesTest {

    /** One generated ballot: a code per candidate (0 kept/agree, 1 struck/disagree, 2 both, 3 none). */
    record Sheet(int inspection, List<Integer> codes) {}

    record Case(
            int candidates,
            int seats,
            BallotForm form,
            int extraBase,
            boolean runoff,
            boolean majority,
            List<Sheet> sheets) {}

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> {
            Arbitrary<Sheet> sheet = Combinators.combine(
                            Arbitraries.integers().between(0, 20),
                            Arbitraries.integers().between(0, 3).list().ofSize(n))
                    .as(Sheet::new);
            return Combinators.combine(
                            Arbitraries.integers().between(1, n),
                            Arbitraries.of(BallotForm.class),
                            Arbitraries.integers().between(0, 30),
                            Arbitraries.of(true, false),
                            Arbitraries.of(true, false),
                            sheet.list().ofMaxSize(60))
                    .as((seats, form, extra, runoff, majority, sheets) -> new Case(
                            n, form == BallotForm.AGREE_DISAGREE ? n : seats, form, extra, runoff, majority, sheets));
        });
    }

    static ElectionRecord record(Case c, List<Ballot> ballots, ElectionRecord.Tally tally) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < c.candidates(); i++) {
            candidates.add(new Candidate("c" + i, "Ứng viên " + i));
        }
        int collected = c.sheets().size();
        return new ElectionRecord(
                new ElectionRecord.Election(
                        "Bầu đại biểu", Body.DELEGATE, Purpose.ELECTION, c.seats(), 1, c.runoff(), c.form()),
                new ElectionRecord.Base(BaseKind.DELEGATE_CONGRESS, null, null, collected + c.extraBase() + 1, null),
                candidates,
                new ElectionRecord.Counts(collected, collected),
                ballots,
                tally,
                new Settings(AllStruckOut.INVALID, c.majority(), new Fraction(2, 3)));
    }

    static List<Ballot> ballots(Case c) {
        List<Ballot> out = new ArrayList<>();
        for (Sheet s : c.sheets()) {
            if (s.inspection() < InvalidReason.values().length) {
                out.add(new Ballot.Invalid(InvalidReason.values()[s.inspection()]));
            } else if (c.form() == BallotForm.STRIKE_OUT) {
                List<String> kept = new ArrayList<>();
                for (int i = 0; i < s.codes().size(); i++) {
                    if (s.codes().get(i) == 0) {
                        kept.add("c" + i);
                    }
                }
                out.add(new Ballot.Kept(kept));
            } else {
                Map<String, Mark> marks = new LinkedHashMap<>();
                for (int i = 0; i < s.codes().size(); i++) {
                    marks.put("c" + i, Mark.values()[s.codes().get(i)]);
                }
                out.add(new Ballot.Marked(marks));
            }
        }
        return out;
    }

    /** The ballots added up by hand, following elections.md §4 directly: the pre-added form. */
    static ElectionRecord.Tally byHand(Case c) {
        int valid = 0;
        Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Integer> disagree = new HashMap<>();
        for (Sheet s : c.sheets()) {
            InvalidReason reason = null;
            long kept = s.codes().stream().filter(x -> x == 0).count();
            if (s.inspection() < InvalidReason.values().length) {
                reason = InvalidReason.values()[s.inspection()];
            } else if (c.form() == BallotForm.STRIKE_OUT && kept == 0) {
                reason = InvalidReason.ALL_STRUCK_OUT;
            } else if (c.form() == BallotForm.STRIKE_OUT && kept > c.seats()) {
                reason = InvalidReason.OVERVOTE;
            } else if (c.form() == BallotForm.AGREE_DISAGREE
                    && c.candidates() == 1
                    && s.codes().getFirst() >= 2) {
                reason = InvalidReason.NO_CLEAR_CHOICE;
            }
            if (reason != null) {
                invalid.merge(reason, 1, Integer::sum);
                continue;
            }
            valid++;
            for (int i = 0; i < s.codes().size(); i++) {
                if (s.codes().get(i) == 0) {
                    votes.merge("c" + i, 1, Integer::sum);
                } else if (s.codes().get(i) == 1 && c.form() == BallotForm.AGREE_DISAGREE) {
                    disagree.merge("c" + i, 1, Integer::sum);
                }
            }
        }
        return new ElectionRecord.Tally(valid, invalid, votes, disagree);
    }

    static CountResult.Counted counted(CountResult result) {
        assertThat(result).isInstanceOf(CountResult.Counted.class);
        return (CountResult.Counted) result;
    }

    @Property(tries = 300)
    void validPlusInvalidIsCollected(@ForAll("cases") Case c) {
        CountResult.Counted r = counted(Counting.count(record(c, ballots(c), null)));
        assertThat(r.valid() + r.invalid()).isEqualTo(r.collected());
        assertThat(r.invalidByReason().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(r.invalid());
    }

    @Property(tries = 300)
    void noCandidateHasMoreVotesThanValidBallots(@ForAll("cases") Case c) {
        CountResult.Counted r = counted(Counting.count(record(c, ballots(c), null)));
        assertThat(r.results())
                .allSatisfy(line -> assertThat(line.votes() + line.disagree()).isLessThanOrEqualTo(r.valid()));
    }

    @Property(tries = 300)
    void ballotOrderDoesNotMatter(@ForAll("cases") Case c, @ForAll long seed) {
        List<Ballot> ballots = new ArrayList<>(ballots(c));
        CountResult before = Counting.count(record(c, ballots, null));
        Collections.shuffle(ballots, new Random(seed));
        assertThat(Counting.count(record(c, ballots, null))).isEqualTo(before);
    }

    @Property(tries = 300)
    void perBallotAndPreAddedFormsAgree(@ForAll("cases") Case c) {
        assertThat(Counting.count(record(c, null, byHand(c)))).isEqualTo(Counting.count(record(c, ballots(c), null)));
    }

    @Property(tries = 300)
    void neverMoreElectedThanSeats(@ForAll("cases") Case c) {
        CountResult.Counted r = counted(Counting.count(record(c, ballots(c), null)));
        int runoffSeats = r.runoff() == null ? 0 : r.runoff().seats();
        assertThat(r.elected().size() + runoffSeats + r.vacancies()).isEqualTo(c.seats());
        assertThat(r.elected()).hasSizeLessThanOrEqualTo(c.seats());
    }

    @Property(tries = 300)
    void halfOfTheBaseOrLessIsNeverElected(@ForAll("cases") Case c) {
        CountResult.Counted r = counted(Counting.count(record(c, ballots(c), null)));
        boolean pluralityRunoff = c.runoff() && !c.majority();
        for (CountResult.CandidateResult line : r.results()) {
            if (2L * line.votes() <= r.base() && !pluralityRunoff) {
                assertThat(line.elected()).as(line.id()).isFalse();
            }
            assertThat(line.passed()).isEqualTo(2L * line.votes() > r.base());
        }
    }
}

package vn.daihoi.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.daihoi.counting.CountResult.CandidateResult;
import vn.daihoi.counting.CountResult.Runoff;
import vn.daihoi.counting.ElectionRecord.Candidate;
import vn.daihoi.counting.ElectionRecord.Election;
import vn.daihoi.counting.ElectionRecord.Tally;

/**
 * The counting engine: checks a record, adds up its ballots and decides (elections.md §2–§5). Winners
 * are decided only by the integer test {@code 2 × votes > D}, never from valid ballots or percentages.
 */
public final class Counting {

    private Counting() {}

    /** Counts one record. Never throws on bad data: every problem comes back as an error value. */
    public static CountResult count(ElectionRecord record) {
        Findings findings = new Findings();
        RecordChecks.checkStructure(record, findings);
        if (findings.hasErrors()) {
            return findings.refused();
        }
        int base = RecordChecks.base(record.base(), findings);
        RecordChecks.checkList(record, findings);
        Tally tally = record.ballots() != null ? Ballots.add(record, findings) : record.tally();
        RecordChecks.checkCounts(record, tally, base, findings);
        if (findings.hasErrors()) {
            return findings.refused();
        }
        Integer present = record.base().present();
        if (present != null && !record.settings().quorumFraction().reachedBy(present, base)) {
            findings.warn(
                    WarningCode.BELOW_QUORUM,
                    "Số có mặt (base.present = " + present + ") dưới "
                            + record.settings().quorumFraction() + " của số đảng viên/đại biểu được triệu tập hợp lệ ("
                            + base + "): chưa đủ điều kiện bỏ phiếu.");
        }
        return decide(record, tally, base, findings);
    }

    /**
     * The list rules of elections.md §3 alone, for a list being fixed before any ballot exists: the ballot form
     * against the number of names and the surplus rules of a first round. Errors ({@link Problem.Error}) bar
     * the list; warnings ({@link Problem.Warning}, e.g. the 10–15 % band) are shown. Same code as a count uses.
     */
    public static List<Problem> checkList(Election election, int names) {
        Findings findings = new Findings();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i <= names; i++) {
            candidates.add(new Candidate("c" + i, "c" + i));
        }
        RecordChecks.checkList(new ElectionRecord(election, null, candidates, null, null, null, null), findings);
        return findings.problems();
    }

    private static CountResult decide(ElectionRecord record, Tally tally, int base, Findings findings) {
        Election election = record.election();
        List<Candidate> candidates = record.candidates();
        boolean opinion = election.purpose() == Purpose.NOMINATION_OPINION;
        int denominator = opinion ? record.base().present() : base;
        int threshold = opinion ? denominator * 3 / 10 + 1 : base / 2 + 1;

        boolean[] passed = new boolean[candidates.size()];
        boolean[] eligible = new boolean[candidates.size()];
        int[] votes = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            votes[i] = tally.votes().getOrDefault(candidates.get(i).id(), 0);
            long v = votes[i];
            passed[i] = opinion ? v * 10 > (long) denominator * 3 : 2 * v > base;
            boolean plurality = election.runoff() && !record.settings().runoffRequiresMajority();
            eligible[i] = opinion || !plurality ? passed[i] : v > 0;
        }

        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (eligible[i]) {
                ranked.add(i);
            }
        }
        // Stable sort: equal votes keep ballot order, as the contract orders `elected`.
        ranked.sort(Comparator.comparingInt((Integer i) -> votes[i]).reversed());

        List<Integer> chosen = ranked;
        Runoff runoff = null;
        int vacancies = 0;
        if (!opinion) {
            int seats = election.seats();
            if (ranked.size() <= seats) {
                vacancies = seats - ranked.size();
            } else {
                int cut = votes[ranked.get(seats - 1)];
                List<Integer> above =
                        ranked.stream().filter(i -> votes[i] > cut).toList();
                List<Integer> tied =
                        ranked.stream().filter(i -> votes[i] == cut).toList();
                if (above.size() + tied.size() == seats) {
                    chosen = ranked.subList(0, seats);
                } else {
                    chosen = above;
                    List<String> tiedIds = tied.stream()
                            .sorted()
                            .map(i -> candidates.get(i).id())
                            .toList();
                    runoff = new Runoff(tiedIds, seats - above.size());
                }
            }
        }

        Set<Integer> electedIndexes = new HashSet<>(chosen);
        List<CandidateResult> results = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            results.add(new CandidateResult(
                    c.id(),
                    c.name(),
                    votes[i],
                    tally.disagree().getOrDefault(c.id(), 0),
                    percent(votes[i], denominator),
                    passed[i],
                    electedIndexes.contains(i)));
        }
        int invalid =
                tally.invalid().values().stream().mapToInt(Integer::intValue).sum();
        Map<InvalidReason, Integer> byReason = new EnumMap<>(InvalidReason.class);
        tally.invalid().forEach((reason, n) -> {
            if (n > 0) {
                byReason.put(reason, n);
            }
        });
        return new CountResult.Counted(
                runoff == null ? Status.DECIDED : Status.RUNOFF_REQUIRED,
                base,
                threshold,
                record.counts().issued(),
                record.counts().collected(),
                tally.valid(),
                invalid,
                byReason,
                results,
                chosen.stream().map(i -> candidates.get(i).id()).toList(),
                runoff,
                vacancies,
                findings.warnings());
    }

    /** {@code votes × 100 / base}, two decimals, half up (1 of 800 → 0.13). */
    public static BigDecimal percent(int votes, int base) {
        return BigDecimal.valueOf(votes * 100L).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }
}

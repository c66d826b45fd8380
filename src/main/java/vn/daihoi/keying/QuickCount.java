package vn.daihoi.keying;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.EnteredCount;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.platform.CodeLabels;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCases;

/**
 * Quick mode for small cells: the totals counted by hand (valid, invalid by reason, votes per name, and
 * disagree on an agree/disagree ballot) go to the engine as they are. The engine decides whether they add up;
 * its refusal changes nothing.
 */
@Service
public class QuickCount {

    /** The hand count, by ballot number (1 … n) of the sheet. */
    public record HandTotals(
            Integer valid,
            Map<InvalidReason, Integer> invalid,
            Map<Integer, Integer> votes,
            Map<Integer, Integer> disagree) {}

    private final ElectionRounds rounds;
    private final EntryLog log;
    private final CongressCases cases;
    private final AccessControl access;

    QuickCount(ElectionRounds rounds, EntryLog log, CongressCases cases, AccessControl access) {
        this.rounds = rounds;
        this.log = log;
        this.cases = cases;
        this.access = access;
    }

    @Transactional
    public CountResult release(long roundId, HandTotals totals) {
        RoundSheet sheet = rounds.sheet(roundId);
        access.require(
                Permission.CONGRESS_DAY_RUN,
                cases.find(sheet.caseId()).orElseThrow().orgId());
        // hand totals are entered at the congress, like keyed ballots
        rounds.requireSitting(roundId);
        if (totals.valid() == null || totals.valid() < 0) {
            throw new DomainException("keying.totals.valid");
        }
        Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
        if (totals.invalid() != null) {
            totals.invalid().forEach((reason, n) -> {
                if (n != null && n < 0) {
                    throw new DomainException("keying.totals.negative", CodeLabels.vi(reason));
                }
                if (n != null && n > 0) {
                    invalid.put(reason, n);
                }
            });
        }
        Map<String, Integer> votes = byId(sheet, totals.votes());
        Map<String, Integer> disagree =
                sheet.ballotForm() == BallotForm.AGREE_DISAGREE ? byId(sheet, totals.disagree()) : Map.of();
        EntryLog.Head head = log.lock(roundId);
        CountResult result = rounds.release(
                roundId, new EnteredCount.Totals(new ElectionRecord.Tally(totals.valid(), invalid, votes, disagree)));
        EntryLog.Head after = log.append(
                head,
                null,
                EntryLog.Action.TOTALS_ENTERED,
                "hợp lệ " + totals.valid() + ", không hợp lệ " + invalid + ", phiếu bầu " + votes
                        + (disagree.isEmpty() ? "" : ", không đồng ý " + disagree));
        EntryLog.Head released =
                log.append(after, null, EntryLog.Action.RELEASE, Reconciliation.summary(result, "kiểm tay"));
        log.anchor(
                released,
                cases.find(sheet.caseId()).orElseThrow().orgId(),
                sheet.title() + ", vòng " + sheet.roundNo());
        return result;
    }

    private static Map<String, Integer> byId(RoundSheet sheet, Map<Integer, Integer> byNumber) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (RoundSheet.Name n : sheet.names()) {
            Integer v = byNumber == null ? null : byNumber.get(n.number());
            if (v == null) {
                throw new DomainException("keying.totals.missing", n.number(), n.fullName());
            }
            if (v < 0) {
                throw new DomainException("keying.totals.negative", n.number() + ". " + n.fullName());
            }
            out.put(n.candidateId(), v);
        }
        return out;
    }
}

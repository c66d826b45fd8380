package vn.daihoi.counting;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.daihoi.counting.ElectionRecord.Ballot;
import vn.daihoi.counting.ElectionRecord.Election;
import vn.daihoi.counting.ElectionRecord.Tally;

/** Classifies ballots one by one (elections.md §4) and adds them up into a {@link Tally}. */
final class Ballots {

    private Ballots() {}

    /** The tally of the record's ballots; problems found on a ballot are reported with its number. */
    static Tally add(ElectionRecord r, Findings f) {
        Election e = r.election();
        Set<String> ids = new HashSet<>();
        r.candidates().forEach(c -> ids.add(c.id()));
        boolean opinion = e.purpose() == Purpose.NOMINATION_OPINION;
        boolean oneName = r.candidates().size() == 1;
        int valid = 0;
        Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Integer> disagree = new HashMap<>();
        List<Ballot> ballots = r.ballots();
        boolean formReported = false;
        for (int n = 0; n < ballots.size(); n++) {
            String where = "ballots[" + n + "]";
            InvalidReason reason = null;
            switch (ballots.get(n)) {
                case Ballot.Invalid inv -> reason = inv.reason();
                case Ballot.Kept kept -> {
                    if (e.ballotForm() != BallotForm.STRIKE_OUT) {
                        formReported = formError(f, formReported, where, "kept", e.ballotForm());
                        continue;
                    }
                    if (!known(kept.ids(), ids, where + ".kept", f)) {
                        continue;
                    }
                    if (kept.ids().isEmpty() && r.settings().allStruckOut() == AllStruckOut.INVALID) {
                        reason = InvalidReason.ALL_STRUCK_OUT;
                    } else if (!opinion && kept.ids().size() > e.seats()) {
                        reason = InvalidReason.OVERVOTE;
                    } else {
                        kept.ids().forEach(id -> votes.merge(id, 1, Integer::sum));
                    }
                }
                case Ballot.Marked marked -> {
                    if (e.ballotForm() != BallotForm.AGREE_DISAGREE) {
                        formReported = formError(f, formReported, where, "marks", e.ballotForm());
                        continue;
                    }
                    if (!known(marked.marks().keySet(), ids, where + ".marks", f)) {
                        continue;
                    }
                    String only = oneName ? r.candidates().getFirst().id() : null;
                    Mark single = only == null ? null : marked.marks().getOrDefault(only, Mark.NONE);
                    if (single == Mark.BOTH || single == Mark.NONE) {
                        reason = InvalidReason.NO_CLEAR_CHOICE;
                    } else {
                        // With several names, a name with both or neither box gets nothing; the ballot stays valid.
                        marked.marks().forEach((id, mark) -> {
                            if (mark == Mark.AGREE) {
                                votes.merge(id, 1, Integer::sum);
                            } else if (mark == Mark.DISAGREE) {
                                disagree.merge(id, 1, Integer::sum);
                            }
                        });
                    }
                }
            }
            if (reason == null) {
                valid++;
            } else {
                invalid.merge(reason, 1, Integer::sum);
            }
        }
        return new Tally(valid, invalid, votes, disagree);
    }

    private static boolean formError(Findings f, boolean reported, String where, String field, BallotForm form) {
        if (!reported) {
            f.error(
                    ErrorCode.FORM_MISMATCH,
                    where + "." + field + " không hợp với mẫu phiếu " + form + " (election.ballotForm).");
        }
        return true;
    }

    private static boolean known(java.util.Collection<String> kept, Set<String> ids, String where, Findings f) {
        Set<String> seen = new HashSet<>();
        for (String id : kept) {
            if (!ids.contains(id)) {
                f.error(
                        ErrorCode.UNKNOWN_CANDIDATE,
                        where + " ghi mã \"" + id + "\" không có trong danh sách ứng cử viên (candidates).");
                return false;
            }
            if (!seen.add(id)) {
                f.error(ErrorCode.BAD_RECORD, where + " ghi trùng mã \"" + id + "\".");
                return false;
            }
        }
        return true;
    }
}

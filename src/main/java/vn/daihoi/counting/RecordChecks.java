package vn.daihoi.counting;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.daihoi.counting.ElectionRecord.Base;
import vn.daihoi.counting.ElectionRecord.Candidate;
import vn.daihoi.counting.ElectionRecord.Election;
import vn.daihoi.counting.ElectionRecord.Tally;

/** The checks that must pass before any result exists (elections.md §2–§4, election-record.md). */
final class RecordChecks {

    private RecordChecks() {}

    /** Missing parts and impossible numbers: BAD_RECORD, checked before anything else. */
    static void checkStructure(ElectionRecord r, Findings f) {
        if (r.election() == null) {
            f.error(ErrorCode.BAD_RECORD, "Thiếu trường bắt buộc: election.");
        } else {
            Election e = r.election();
            if (e.body() == null) {
                f.error(ErrorCode.BAD_RECORD, "Thiếu trường bắt buộc: election.body.");
            }
            if (e.ballotForm() == null) {
                f.error(ErrorCode.BAD_RECORD, "Thiếu trường bắt buộc: election.ballotForm.");
            }
            if (e.purpose() == Purpose.ELECTION && e.seats() < 1) {
                f.error(ErrorCode.BAD_RECORD, "election.seats phải là số nguyên dương (đang là " + e.seats() + ").");
            }
            if (e.round() < 1) {
                f.error(ErrorCode.BAD_RECORD, "election.round phải là số nguyên dương (đang là " + e.round() + ").");
            }
        }
        if (r.base() == null) {
            f.error(ErrorCode.BAD_RECORD, "Thiếu trường bắt buộc: base.");
        } else if (r.base().kind() == null) {
            f.error(ErrorCode.BAD_RECORD, "Thiếu trường bắt buộc: base.kind.");
        } else if (r.election() != null
                && r.election().purpose() == Purpose.NOMINATION_OPINION
                && r.base().present() == null) {
            f.error(ErrorCode.BAD_RECORD, "Phiếu xin ý kiến giới thiệu cần trường base.present (số người dự).");
        }
        if (r.counts() == null) {
            f.error(ErrorCode.BAD_RECORD, "Thiếu trường bắt buộc: counts.");
        } else {
            nonNegative(r.counts().issued(), "counts.issued", f);
            nonNegative(r.counts().collected(), "counts.collected", f);
        }
        if (r.candidates().isEmpty()) {
            f.error(ErrorCode.BAD_RECORD, "Danh sách ứng cử viên (candidates) trống.");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < r.candidates().size(); i++) {
            Candidate c = r.candidates().get(i);
            if (c == null || c.id() == null || c.id().isBlank()) {
                f.error(ErrorCode.BAD_RECORD, "candidates[" + i + "].id bị thiếu hoặc trống.");
            } else if (!ids.add(c.id())) {
                f.error(ErrorCode.BAD_RECORD, "candidates[" + i + "].id trùng mã \"" + c.id() + "\".");
            }
        }
        if ((r.ballots() == null) == (r.tally() == null)) {
            f.error(
                    ErrorCode.BAD_RECORD,
                    "Bản ghi phải có đúng một trong hai trường ballots (từng phiếu) hoặc tally (đã cộng sẵn).");
        }
        if (r.tally() != null) {
            Tally t = r.tally();
            nonNegative(t.valid(), "tally.valid", f);
            t.invalid().forEach((k, v) -> nonNegative(v, "tally.invalid." + k, f));
            t.votes().forEach((k, v) -> nonNegative(v, "tally.votes." + k, f));
            t.disagree().forEach((k, v) -> nonNegative(v, "tally.disagree." + k, f));
        }
    }

    private static void nonNegative(Integer n, String field, Findings f) {
        if (n == null || n < 0) {
            f.error(ErrorCode.BAD_RECORD, field + " phải là số nguyên không âm (đang là " + n + ").");
        }
    }

    /** The base D from the roster (elections.md §2), or 0 with a BAD_BASE error. */
    static int base(Base b, Findings f) {
        int d;
        if (b.value() != null) {
            if (b.summoned() != null || !b.excluded().isEmpty()) {
                f.error(ErrorCode.BAD_BASE, "base.value không đi cùng base.summoned/base.excluded: chỉ dùng một cách.");
            }
            d = b.value();
        } else if (b.summoned() == null) {
            f.error(ErrorCode.BAD_BASE, "Thiếu base.summoned (số được triệu tập) hoặc base.value (số D).");
            return 0;
        } else {
            long out = 0;
            for (Map.Entry<Exclusion, Integer> e : b.excluded().entrySet()) {
                if (!e.getKey().allowedFor(b.kind())) {
                    f.error(
                            ErrorCode.BAD_BASE,
                            "base.excluded." + e.getKey() + " không áp dụng cho loại hội nghị " + b.kind() + ".");
                }
                if (e.getValue() == null || e.getValue() < 0) {
                    f.error(ErrorCode.BAD_BASE, "base.excluded." + e.getKey() + " phải là số nguyên không âm.");
                } else {
                    out += e.getValue();
                }
            }
            if (b.summoned() < 0 || out > b.summoned()) {
                f.error(
                        ErrorCode.BAD_BASE,
                        "base.summoned (" + b.summoned() + ") nhỏ hơn tổng số loại trừ trong base.excluded (" + out
                                + ").");
                return 0;
            }
            d = (int) (b.summoned() - out);
        }
        if (d <= 0) {
            f.error(
                    ErrorCode.BAD_BASE,
                    "Số D (đảng viên/đại biểu được triệu tập hợp lệ) phải lớn hơn 0 (đang là " + d + ").");
            return 0;
        }
        if (b.present() != null && (b.present() < 0 || b.present() > d)) {
            f.error(
                    ErrorCode.BAD_BASE,
                    "base.present (" + b.present() + ") phải nằm trong khoảng 0 đến D = " + d + ".");
        }
        if (b.present() != null && b.present() == 0) {
            f.error(ErrorCode.BAD_BASE, "base.present bằng 0: không có ai dự để bỏ phiếu.");
        }
        return d;
    }

    /** Ballot form against the list, and the surplus rules for the first round (elections.md §3). */
    static void checkList(ElectionRecord r, Findings f) {
        Election e = r.election();
        int names = r.candidates().size();
        if (e.purpose() == Purpose.NOMINATION_OPINION) {
            return;
        }
        if (e.ballotForm() == BallotForm.AGREE_DISAGREE && names != e.seats()) {
            f.error(
                    ErrorCode.FORM_MISMATCH,
                    "Phiếu đồng ý/không đồng ý (election.ballotForm) cần số tên bằng số lượng cần bầu: " + names
                            + " tên cho " + e.seats() + " chỗ (election.seats).");
        }
        if (!e.body().needsSurplus() || e.round() != 1 || e.runoff()) {
            return;
        }
        int seats = e.seats();
        int surplus = names - seats;
        int max = seats >= 3 && seats <= 5 ? 1 : seats * 3 / 10;
        if (surplus <= 0) {
            f.error(
                    ErrorCode.SURPLUS_REQUIRED,
                    "Danh sách bầu cấp ủy/ban thường vụ phải có số dư: " + names + " tên (candidates) cho " + seats
                            + " chỗ (election.seats).");
        } else if (surplus > max) {
            f.error(
                    ErrorCode.SURPLUS_EXCEEDS_MAX,
                    "Số dư " + surplus + " vượt mức tối đa " + max + " (30% của " + seats
                            + " chỗ, cơ cấu 3–5 chỗ tối đa 1): danh sách ứng cử viên (candidates) có " + names
                            + " tên.");
        } else {
            int low = (seats + 9) / 10;
            int high = seats * 15 / 100;
            if (surplus < low || surplus > high) {
                String band = low > high
                        ? "khoảng 10–15% của " + seats + " chỗ không chứa số dư nguyên nào"
                        : "khoảng đề xuất 10–15% là " + low + "–" + high;
                f.warn(
                        WarningCode.SURPLUS_OUTSIDE_PROPOSAL_BAND,
                        "Số dư " + surplus + " trên " + seats
                                + " chỗ nằm ngoài khoảng đề xuất của Ban chấp hành triệu tập (" + band + ").");
            }
        }
    }

    /** The consistency checks of elections.md §4 on the added-up ballots. */
    static void checkCounts(ElectionRecord r, Tally t, int base, Findings f) {
        int issued = r.counts().issued();
        int collected = r.counts().collected();
        if (collected > issued) {
            f.error(
                    ErrorCode.COLLECTED_EXCEEDS_ISSUED,
                    "Số phiếu thu vào (counts.collected = " + collected + ") lớn hơn số phiếu phát ra (counts.issued = "
                            + issued + ").");
        }
        if (base > 0 && issued > base) {
            f.error(
                    ErrorCode.BAD_BASE,
                    "Số phiếu phát ra (counts.issued = " + issued + ") lớn hơn số D = " + base
                            + " tính từ base: kiểm tra lại danh sách triệu tập.");
        }
        if (r.ballots() != null && r.ballots().size() != collected) {
            f.error(
                    ErrorCode.BALLOT_COUNT_MISMATCH,
                    "Số phiếu ghi trong ballots (" + r.ballots().size() + ") khác số phiếu thu vào (counts.collected = "
                            + collected + ").");
        }
        if (t == null) {
            return;
        }
        long invalid =
                t.invalid().values().stream().mapToLong(Integer::longValue).sum();
        if (r.ballots() == null && t.valid() + invalid != collected) {
            f.error(
                    ErrorCode.BALLOT_COUNT_MISMATCH,
                    "Phiếu hợp lệ (tally.valid = " + t.valid() + ") cộng phiếu không hợp lệ (tally.invalid = " + invalid
                            + ") khác số phiếu thu vào (counts.collected = " + collected + ").");
        }
        Set<String> ids = new HashSet<>();
        r.candidates().forEach(c -> ids.add(c.id()));
        unknownIds(t.votes(), ids, "tally.votes", f);
        unknownIds(t.disagree(), ids, "tally.disagree", f);
        long sum = 0;
        for (String id : r.candidates().stream().map(Candidate::id).toList()) {
            int votes = t.votes().getOrDefault(id, 0);
            int disagree = t.disagree().getOrDefault(id, 0);
            sum += votes;
            if ((long) votes + disagree > t.valid()) {
                f.error(
                        ErrorCode.VOTES_EXCEED_VALID,
                        "Ứng cử viên " + id + " có " + votes + " phiếu bầu"
                                + (disagree > 0 ? " và " + disagree + " phiếu không đồng ý" : "")
                                + ", nhiều hơn số phiếu hợp lệ (" + t.valid() + ").");
            }
        }
        Election e = r.election();
        long perBallot =
                e.purpose() == Purpose.NOMINATION_OPINION ? r.candidates().size() : e.seats();
        if (sum > t.valid() * perBallot) {
            f.error(
                    ErrorCode.VOTES_EXCEED_CAPACITY,
                    "Tổng số phiếu bầu (" + sum + ") lớn hơn số phiếu hợp lệ × số lượng cần bầu (" + t.valid() + " × "
                            + perBallot + ").");
        }
    }

    private static void unknownIds(Map<String, Integer> counts, Set<String> ids, String field, Findings f) {
        List<String> unknown = counts.keySet().stream()
                .filter(id -> !ids.contains(id))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            f.error(
                    ErrorCode.UNKNOWN_CANDIDATE,
                    field + " có mã không có trong danh sách ứng cử viên (candidates): " + String.join(", ", unknown)
                            + ".");
        }
    }
}

package vn.daihoi.keying.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.keying.BallotEntry;
import vn.daihoi.keying.EntryLog;
import vn.daihoi.keying.KeyingTeams;
import vn.daihoi.keying.LogFiling;
import vn.daihoi.keying.QuickCount;
import vn.daihoi.keying.Reconciliation;
import vn.daihoi.platform.DomainException;
import vn.daihoi.tally.ResultJson;

/**
 * Keyed counting for scripts and the crash test (HTTP Basic, JSON): a team's ballots under client ids, undo,
 * corrections, the comparison, the number of teams, the release, the quick totals and the entry log.
 */
@RestController
@RequestMapping("/api/rounds/{roundId}")
class KeyingApiController {

    /** One ballot as typed; {@code typedKept}: the numbers are the names kept (strike-out ballot). */
    record BallotRequest(UUID clientId, String input, Boolean typedKept) {}

    record UndoRequest(UUID clientId) {}

    record TeamsRequest(Integer teams) {}

    record MemberRequest(Integer team, String username) {}

    /** The answer to a ballot: the stored ballot and what followed (comparison, release). */
    record BallotResponse(BallotEntry.Ack ack, Reconciliation.AfterEntry after) {}

    record ComparisonResponse(
            int teams,
            Integer collected,
            List<Reconciliation.TeamProgress> progress,
            boolean complete,
            boolean agreed,
            boolean released,
            List<Reconciliation.Difference> differences,
            String logHead) {}

    record TotalsRequest(
            Integer valid,
            Map<InvalidReason, Integer> invalid,
            Map<Integer, Integer> votes,
            Map<Integer, Integer> disagree) {}

    private final BallotEntry entry;
    private final Reconciliation reconciliation;
    private final QuickCount quick;
    private final EntryLog log;
    private final LogFiling filing;
    private final KeyingTeams members;

    KeyingApiController(
            BallotEntry entry,
            Reconciliation reconciliation,
            QuickCount quick,
            EntryLog log,
            LogFiling filing,
            KeyingTeams members) {
        this.members = members;
        this.entry = entry;
        this.reconciliation = reconciliation;
        this.quick = quick;
        this.log = log;
        this.filing = filing;
    }

    @PostMapping("/teams/{team}/ballots")
    @Operation(summary = "Nhập một phiếu của một tổ (gửi lại cùng clientId không nhập thêm)")
    BallotResponse key(@PathVariable long roundId, @PathVariable int team, @RequestBody BallotRequest request) {
        BallotEntry.Ack ack =
                entry.key(roundId, team, request.clientId(), request.input(), Boolean.TRUE.equals(request.typedKept()));
        // only the ballot that completes a team's count can complete the comparison
        return new BallotResponse(ack, ack.keyed() == ack.collected() ? reconciliation.afterEntry(roundId) : null);
    }

    @PostMapping("/teams/{team}/undo")
    @Operation(summary = "Hủy phiếu vừa nhập của một tổ (theo clientId của phiếu đó)")
    BallotEntry.Ack undo(@PathVariable long roundId, @PathVariable int team, @RequestBody UndoRequest request) {
        return entry.undo(roundId, team, request.clientId());
    }

    @PostMapping("/teams/{team}/ballots/{position}")
    @Operation(summary = "Sửa phiếu của một tổ tại một vị trí trong chồng phiếu (sau đối chiếu)")
    BallotResponse correct(
            @PathVariable long roundId,
            @PathVariable int team,
            @PathVariable int position,
            @RequestBody BallotRequest request) {
        BallotEntry.Ack ack = entry.correct(
                roundId, team, position, request.clientId(), request.input(), Boolean.TRUE.equals(request.typedKept()));
        return new BallotResponse(ack, reconciliation.afterEntry(roundId));
    }

    @GetMapping("/reconciliation")
    @Operation(summary = "Đối chiếu các tổ: tiến độ và các vị trí khác nhau")
    ComparisonResponse comparison(@PathVariable long roundId) {
        Reconciliation.Comparison c = reconciliation.compare(roundId);
        return new ComparisonResponse(
                c.teams(),
                c.sheet().collected(),
                c.progress(),
                c.complete(),
                c.agreed(),
                c.released(),
                c.differences(),
                c.logHead());
    }

    @PostMapping("/teams")
    @Operation(summary = "Đặt số tổ nhập độc lập của vòng bầu (mặc định 3)")
    ComparisonResponse teams(@PathVariable long roundId, @RequestBody TeamsRequest request) {
        entry.setTeams(roundId, request.teams() == null ? 0 : request.teams());
        return comparison(roundId);
    }

    @GetMapping("/teams/members")
    @Operation(summary = "Người được Ban kiểm phiếu phân công vào các tổ nhập của vòng bầu")
    List<KeyingTeams.Member> members(@PathVariable long roundId) {
        return members.members(roundId);
    }

    @PostMapping("/teams/members")
    @Operation(summary = "Phân công một tài khoản vào một tổ nhập (mỗi người chỉ ở một tổ của vòng bầu)")
    List<KeyingTeams.Member> assign(@PathVariable long roundId, @RequestBody MemberRequest request) {
        members.assign(roundId, request.team() == null ? 0 : request.team(), request.username());
        return members.members(roundId);
    }

    @PostMapping("/teams/members/remove")
    @Operation(summary = "Rút một tài khoản khỏi tổ nhập (chỉ khi người đó chưa nhập phiếu nào)")
    List<KeyingTeams.Member> unassign(@PathVariable long roundId, @RequestBody MemberRequest request) {
        members.unassign(roundId, request.username());
        return members.members(roundId);
    }

    @PostMapping(value = "/release", produces = "application/json")
    @Operation(summary = "Công bố kết quả khi các tổ đã khớp nhau")
    String release(@PathVariable long roundId) {
        CountResult result = reconciliation.release(roundId);
        return ResultJson.write(result);
    }

    @PostMapping(value = "/totals", produces = "application/json")
    @Operation(summary = "Chế độ nhanh: nhập tổng số kiểm tay và công bố")
    String totals(@PathVariable long roundId, @RequestBody TotalsRequest request) {
        CountResult result = quick.release(
                roundId,
                new QuickCount.HandTotals(request.valid(), request.invalid(), request.votes(), request.disagree()));
        return ResultJson.write(result);
    }

    @GetMapping("/log")
    @Operation(summary = "Nhật ký nhập phiếu của vòng bầu")
    List<EntryLog.Entry> log(@PathVariable long roundId) {
        return log.entries(roundId);
    }

    @GetMapping("/log/verify")
    @Operation(
            summary = "Kiểm tra chuỗi băm của nhật ký nhập phiếu; tùy chọn đối chiếu với đầu chuỗi in trên biên bản"
                    + " (entries: số mục, head: mã đầu chuỗi hoặc phần đầu của nó)")
    EntryLog.Verification verify(
            @PathVariable long roundId,
            @RequestParam(required = false) Integer entries,
            @RequestParam(required = false) String head) {
        if (entries == null) {
            return log.verify(roundId);
        }
        if (entries < 0 || head == null || !head.strip().matches("[0-9a-fA-F]{8,64}")) {
            throw new DomainException("keying.error.expectedHead");
        }
        return log.verify(roundId, new EntryLog.ExpectedHead(entries, head.strip()));
    }

    @PostMapping("/log/filing")
    @Operation(summary = "Lưu nhật ký nhập phiếu của vòng bầu đã công bố vào hồ sơ đại hội (nhóm Bầu cử, kiểm phiếu)")
    LogFiling.Filing file(@PathVariable long roundId) {
        return filing.file(roundId);
    }
}

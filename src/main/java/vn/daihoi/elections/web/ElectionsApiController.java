package vn.daihoi.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.ElectionBook;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.elections.internal.RoundDecisions;
import vn.daihoi.platform.Downloads;

/** The elections of a congress for scripts (HTTP Basic, JSON), and the election record of each round. */
@RestController
class ElectionsApiController {

    /** A new election; {@code firstMeeting} for the new committee's first meeting (its own base). */
    record OpenRequest(
            String title,
            Body body,
            Integer seats,
            BallotForm ballotForm,
            List<NewElection.ListedName> names,
            Boolean firstMeeting) {}

    record OpenedRound(long electionId, long roundId, int round) {}

    record CountsRequest(Integer issued, Integer collected) {}

    record DecisionRequest(List<NewElection.ListedName> names, String note) {}

    private final ElectionBook book;
    private final Elections elections;
    private final ElectionRounds rounds;
    private final RoundDecisions decisions;

    ElectionsApiController(ElectionBook book, Elections elections, ElectionRounds rounds, RoundDecisions decisions) {
        this.book = book;
        this.elections = elections;
        this.rounds = rounds;
        this.decisions = decisions;
    }

    @PostMapping("/api/congresses/{id}/elections")
    @Operation(summary = "Mở cuộc bầu cử với danh sách lần bầu thứ nhất (xếp theo thứ tự bầu)")
    OpenedRound open(@PathVariable long id, @RequestBody OpenRequest request) {
        NewElection election = new NewElection(
                request.title(),
                request.body(),
                request.seats() == null ? 0 : request.seats(),
                request.ballotForm(),
                request.names());
        long roundId = Boolean.TRUE.equals(request.firstMeeting())
                ? elections.openFirstMeeting(id, election)
                : elections.open(id, election);
        return opened(roundId);
    }

    private OpenedRound opened(long roundId) {
        RoundSheet sheet = rounds.sheet(roundId);
        return new OpenedRound(sheet.electionId(), roundId, sheet.roundNo());
    }

    @PostMapping("/api/elections/{id}/rounds/{round}/counts")
    @Operation(summary = "Ghi số phiếu phát ra và thu vào của một lần bầu")
    RoundSheet counts(@PathVariable long id, @PathVariable int round, @RequestBody CountsRequest request) {
        long roundId = book.roundId(id, round);
        rounds.recordCounts(
                roundId,
                request.issued() == null ? -1 : request.issued(),
                request.collected() == null ? -1 : request.collected());
        return rounds.sheet(roundId);
    }

    @PostMapping("/api/elections/{id}/rounds/{round}/runoff")
    @Operation(summary = "Mở lần bầu lại giữa những người bằng phiếu ở vị trí cuối")
    OpenedRound runoff(@PathVariable long id, @PathVariable int round) {
        return opened(decisions.openRunoff(book.roundId(id, round)));
    }

    @PostMapping("/api/elections/{id}/rounds/{round}/another")
    @Operation(
            summary =
                    "Đại hội quyết định bầu tiếp cho số còn thiếu (người chưa trúng cử và người được giới thiệu thêm)")
    OpenedRound another(@PathVariable long id, @PathVariable int round, @RequestBody DecisionRequest request) {
        return opened(decisions.anotherRound(book.roundId(id, round), request.names(), request.note()));
    }

    @PostMapping("/api/elections/{id}/rounds/{round}/stop")
    @Operation(summary = "Đại hội quyết định dừng bầu, để trống số còn thiếu")
    List<ElectionBook.ElectionView> stop(
            @PathVariable long id, @PathVariable int round, @RequestBody DecisionRequest request) {
        decisions.stop(book.roundId(id, round), request.note());
        return book.ofCase(book.caseOf(id));
    }

    @GetMapping("/api/congresses/{id}/elections")
    @Operation(summary = "Các cuộc bầu cử của đại hội: các vòng, trạng thái, người trúng cử")
    List<ElectionBook.ElectionView> elections(@PathVariable long id) {
        return book.ofCase(id);
    }

    @GetMapping("/api/elections/{id}/rounds/{round}/record")
    @Operation(summary = "Bản ghi bầu cử (election record JSON) của một vòng đã công bố; daihoi tally kiểm lại được")
    ResponseEntity<String> record(@PathVariable long id, @PathVariable int round) {
        return Downloads.json("election-" + id + "-round-" + round + ".json", book.record(id, round));
    }

    @GetMapping("/api/elections/{id}/rounds/{round}/result")
    @Operation(summary = "Kết quả (result JSON) của một vòng đã công bố, như bộ đếm phiếu đã tính")
    ResponseEntity<String> result(@PathVariable long id, @PathVariable int round) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(book.result(id, round));
    }
}

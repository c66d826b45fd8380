package vn.daihoi.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.elections.list.ConveningCommittee;
import vn.daihoi.elections.list.ElectionLists;
import vn.daihoi.elections.list.ListDecisions;
import vn.daihoi.elections.list.MemberSearch;

/**
 * The list stage of an election for scripts (HTTP Basic, JSON): {id} is the election, the list is that of its
 * round in LIST state (elections.md §3). Every change answers with the list as it then stands.
 */
@RestController
class ElectionListApiController {

    /** An election opened with its list still to build; {@code names} the convening committee's first names. */
    record OpenListRequest(
            String title, Body body, Integer seats, BallotForm ballotForm, List<NewElection.ListedName> names) {}

    record MemberRequest(Long memberId) {}

    record NominationRequest(
            String source,
            Long memberId,
            String fullName,
            LocalDate birthDate,
            String nominatedBy,
            Long nominatedByMemberId) {}

    record SortKeyRequest(String sortKey) {}

    record WithdrawalRequest(String reason) {}

    record DecisionRequest(Boolean agreed, String decisionText) {}

    record FixRequest(Integer seats, String note) {}

    record ConveningRequest(Long memberId, String fullName) {}

    record Fixed(List<String> warnings, ElectionLists.ListView list) {}

    private final ElectionLists lists;
    private final MemberSearch members;
    private final ConveningCommittee convening;
    private final ListDecisions decisions;
    private final Elections elections;

    ElectionListApiController(
            ElectionLists lists,
            MemberSearch members,
            ConveningCommittee convening,
            ListDecisions decisions,
            Elections elections) {
        this.lists = lists;
        this.members = members;
        this.convening = convening;
        this.decisions = decisions;
        this.elections = elections;
    }

    @PostMapping("/api/congresses/{id}/election-lists")
    @Operation(summary = "Mở cuộc bầu cử với danh sách đang lập (lần bầu thứ nhất ở trạng thái lập danh sách)")
    ElectionLists.ListView open(@PathVariable long id, @RequestBody(required = false) OpenListRequest request) {
        OpenListRequest r = request == null ? new OpenListRequest(null, null, null, null, null) : request;
        long roundId = elections.openList(
                id, new NewElection(r.title(), r.body(), r.seats() == null ? 0 : r.seats(), r.ballotForm(), r.names()));
        return lists.view(roundId);
    }

    @PostMapping("/api/congresses/{id}/convening-members")
    @Operation(
            summary =
                    "Ghi một thành viên Ban chấp hành triệu tập (đại hội đảng viên: danh sách triệu tập không thể hiện)")
    Map<String, Long> convening(@PathVariable long id, @RequestBody(required = false) ConveningRequest request) {
        ConveningRequest r = request == null ? new ConveningRequest(null, null) : request;
        return Map.of("id", convening.mark(id, r.memberId(), r.fullName()));
    }

    @GetMapping("/api/elections/{id}/list")
    @Operation(summary = "Danh sách đang lập: nguồn giới thiệu, người chờ xin ý kiến, đề nghị rút, lỗi và cảnh báo")
    ElectionLists.ListView view(@PathVariable long id) {
        return lists.view(lists.listRound(id));
    }

    @PostMapping("/api/elections/{id}/list/proposal")
    @Operation(summary = "Đưa vào danh sách những người Ban chấp hành triệu tập giới thiệu (đề án nhân sự)")
    ElectionLists.ListView proposal(@PathVariable long id) {
        long roundId = lists.listRound(id);
        lists.importProposal(roundId);
        return lists.view(roundId);
    }

    @GetMapping("/api/elections/{id}/list/members")
    @Operation(summary = "Tìm đảng viên của đảng bộ theo tên (không dấu, không phân biệt hoa thường)")
    List<MemberSearch.MemberChoice> members(@PathVariable long id, @RequestParam(required = false) String q) {
        return members.search(lists.listRound(id), q);
    }

    @PostMapping("/api/elections/{id}/list/members")
    @Operation(summary = "Đưa một đảng viên của đảng bộ vào danh sách do Ban chấp hành triệu tập giới thiệu")
    ElectionLists.ListView member(@PathVariable long id, @RequestBody(required = false) MemberRequest request) {
        long roundId = lists.listRound(id);
        if (request == null || request.memberId() == null) {
            lists.addMember(roundId, 0);
        } else {
            lists.addMember(roundId, request.memberId());
        }
        return lists.view(roundId);
    }

    @PostMapping("/api/elections/{id}/list/nominations")
    @Operation(summary = "Ghi tự ứng cử (SELF) hoặc đề cử tại đại hội (FLOOR, có người đề cử): chờ phiếu xin ý kiến")
    ElectionLists.ListView nominate(@PathVariable long id, @RequestBody(required = false) NominationRequest request) {
        long roundId = lists.listRound(id);
        NominationRequest r = request == null ? new NominationRequest(null, null, null, null, null, null) : request;
        lists.nominate(
                roundId,
                new ElectionLists.Nomination(
                        r.source(),
                        r.memberId(),
                        r.fullName(),
                        r.birthDate(),
                        r.nominatedBy(),
                        r.nominatedByMemberId()));
        return lists.view(roundId);
    }

    @PostMapping("/api/elections/{id}/list/opinion")
    @Operation(summary = "Mở phiếu xin ý kiến về những người tự ứng cử, được đề cử; trả về mã vòng xin ý kiến")
    Map<String, Long> opinion(@PathVariable long id) {
        return Map.of("roundId", lists.openOpinion(lists.listRound(id)));
    }

    @PostMapping("/api/elections/{id}/list/entries/{entry}/sort-key")
    @Operation(summary = "Đặt khóa xếp thứ tự (họ, đệm, tên) thay cho tên khi xếp danh sách; để trống để bỏ")
    ElectionLists.ListView sortKey(
            @PathVariable long id, @PathVariable long entry, @RequestBody(required = false) SortKeyRequest request) {
        long roundId = lists.listRound(id);
        decisions.sortKey(roundId, entry, request == null ? null : request.sortKey());
        return lists.view(roundId);
    }

    @PostMapping("/api/elections/{id}/list/entries/{entry}/withdrawal")
    @Operation(summary = "Đoàn Chủ tịch đề nghị rút một người khỏi danh sách, nêu lý do")
    ElectionLists.ListView withdraw(
            @PathVariable long id, @PathVariable long entry, @RequestBody(required = false) WithdrawalRequest request) {
        long roundId = lists.listRound(id);
        decisions.proposeWithdrawal(roundId, entry, request == null ? null : request.reason());
        return lists.view(roundId);
    }

    @PostMapping("/api/elections/{id}/list/withdrawals/{withdrawal}/decision")
    @Operation(summary = "Đại hội quyết định đề nghị rút khỏi danh sách (đồng ý hoặc không), ghi nội dung quyết định")
    ElectionLists.ListView decide(
            @PathVariable long id,
            @PathVariable long withdrawal,
            @RequestBody(required = false) DecisionRequest request) {
        long roundId = lists.listRound(id);
        DecisionRequest r = request == null ? new DecisionRequest(null, null) : request;
        decisions.decideWithdrawal(roundId, withdrawal, r.agreed(), r.decisionText());
        return lists.view(roundId);
    }

    @PostMapping("/api/elections/{id}/list/fix")
    @Operation(summary = "Chốt danh sách: đại hội biểu quyết thông qua danh sách và số lượng bầu (kiểm tra số dư)")
    Fixed fix(@PathVariable long id, @RequestBody(required = false) FixRequest request) {
        long roundId = lists.listRound(id);
        FixRequest r = request == null ? new FixRequest(null, null) : request;
        List<String> warnings = decisions.fix(roundId, r.seats() == null ? 0 : r.seats(), r.note());
        return new Fixed(warnings, lists.view(roundId));
    }
}

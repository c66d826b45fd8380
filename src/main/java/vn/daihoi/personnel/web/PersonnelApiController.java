package vn.daihoi.personnel.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.personnel.PersonnelProposals;
import vn.daihoi.personnel.PersonnelRequests;
import vn.daihoi.personnel.Proposal;
import vn.daihoi.personnel.ProposalReader;

/**
 * The personnel proposal as JSON (HTTP Basic). Requests are checked in the service after the permission, so
 * a caller without the right gets 403 whatever it sent.
 */
@RestController
@RequestMapping("/api/congresses/{id}/personnel")
class PersonnelApiController {

    private final ProposalReader reader;
    private final PersonnelProposals proposals;

    PersonnelApiController(ProposalReader reader, PersonnelProposals proposals) {
        this.reader = reader;
        this.proposals = proposals;
    }

    @GetMapping
    @Operation(summary = "Đề án nhân sự của đại hội: số lượng, cơ cấu, ứng viên, chỉ số và cảnh báo")
    Proposal get(@PathVariable long id) {
        return reader.view(id);
    }

    @PostMapping("/bodies")
    @Operation(summary = "Đặt số lượng và cơ cấu của một cơ quan (cấp ủy, ban thường vụ, đại biểu…)")
    Proposal setBody(@PathVariable long id, @RequestBody(required = false) PersonnelRequests.SetBody request) {
        proposals.setBody(id, request == null ? new PersonnelRequests.SetBody(null, null, null) : request);
        return reader.view(id);
    }

    @DeleteMapping("/bodies/{body}")
    @Operation(summary = "Bỏ một cơ quan (số lượng và cơ cấu) khỏi đề án; cơ quan còn ứng viên thì không bỏ được")
    Proposal removeBody(@PathVariable long id, @PathVariable String body) {
        proposals.removeBody(id, PersonnelPageController.body(body));
        return reader.view(id);
    }

    @DeleteMapping("/candidates/{candidate}")
    @Operation(summary = "Bỏ một ứng viên khỏi danh sách (các tệp hồ sơ vẫn còn trong kho tệp, nhật ký ghi lại)")
    Proposal removeCandidate(@PathVariable long id, @PathVariable long candidate) {
        proposals.removeCandidate(id, candidate);
        return reader.view(id);
    }

    @PostMapping("/candidates")
    @Operation(summary = "Thêm một đảng viên vào danh sách nhân sự của một cơ quan")
    Map<String, Long> addCandidate(
            @PathVariable long id, @RequestBody(required = false) PersonnelRequests.AddCandidate request) {
        long candidate = proposals.addCandidate(
                id, request == null ? new PersonnelRequests.AddCandidate(null, null, null, null, null, null) : request);
        return Map.of("id", candidate);
    }

    @PostMapping("/candidacies")
    @Operation(summary = "Nhận đơn ứng cử, đề cử ngoài đề án (chậm nhất 15 ngày làm việc trước khai mạc)")
    Map<String, Long> fileCandidacy(
            @PathVariable long id, @RequestBody(required = false) PersonnelRequests.FileCandidacy request) {
        long candidacy = proposals.fileCandidacy(
                id, request == null ? new PersonnelRequests.FileCandidacy(null, null, null, null, null) : request);
        return Map.of("id", candidacy);
    }
}

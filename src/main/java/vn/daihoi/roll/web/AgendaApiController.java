package vn.daihoi.roll.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.roll.internal.Agenda;
import vn.daihoi.roll.internal.AgendaView;
import vn.daihoi.roll.internal.HandsBody;
import vn.daihoi.roll.internal.HandsChoice;
import vn.daihoi.roll.internal.RollEntry;

/**
 * The agenda and the bodies elected by show of hands for scripts (HTTP Basic, JSON): the same reads and changes
 * as the agenda page; each change answers with the agenda as it now stands.
 */
@RestController
@RequestMapping("/api/congresses/{id}/agenda")
class AgendaApiController {

    /** A step at the end of the agenda: its planned time as H:mm or HH:mm, its title. */
    record StepRequest(String startsAt, String title) {}

    record CurrentRequest(Long stepId) {}

    /** A body chosen by show of hands: its members by badge number, head first, and the show of hands. */
    record BodyRequest(HandsBody body, List<Integer> numbers, Integer agree, Integer disagree, Integer total) {}

    record BodyResponse(HandsBody body, int agree, int disagree, int total, boolean elected, List<RollEntry> members) {}

    record AgendaResponse(List<AgendaView.Step> steps, List<BodyResponse> bodies) {}

    private final Agenda agenda;

    AgendaApiController(Agenda agenda) {
        this.agenda = agenda;
    }

    @GetMapping
    @Operation(summary = "Chương trình đại hội (các bước, bước đang diễn ra) và các cơ quan bầu bằng giơ tay")
    AgendaResponse agenda(@PathVariable long id) {
        return view(id);
    }

    @PostMapping("/steps")
    @Operation(summary = "Thêm bước vào cuối chương trình, với giờ dự kiến (HH:mm)")
    AgendaResponse step(@PathVariable long id, @RequestBody StepRequest r) {
        agenda.addStep(id, r.startsAt(), r.title());
        return view(id);
    }

    @PostMapping("/current")
    @Operation(summary = "Chuyển sang bước đang diễn ra (chỉ trong phiên họp)")
    AgendaResponse current(@PathVariable long id, @RequestBody CurrentRequest r) {
        agenda.markCurrent(id, r.stepId());
        return view(id);
    }

    @PostMapping("/bodies")
    @Operation(
            summary = "Ghi kết quả biểu quyết giơ tay bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu"
                    + " hoặc Ban Kiểm phiếu (số thẻ các thành viên, tán thành, không tán thành, tổng số)")
    AgendaResponse body(@PathVariable long id, @RequestBody BodyRequest r) {
        // the service reads badge numbers as the page's field types them ("3, 7, 12")
        String numbers = r.numbers() == null
                ? null
                : r.numbers().stream()
                        .filter(Objects::nonNull)
                        .map(String::valueOf)
                        .collect(Collectors.joining(","));
        agenda.chooseBody(id, new HandsChoice(r.body(), numbers, r.agree(), r.disagree(), r.total()));
        return view(id);
    }

    private AgendaResponse view(long id) {
        AgendaView v = agenda.view(id);
        return new AgendaResponse(
                v.steps(),
                v.bodies().stream()
                        .map(b -> new BodyResponse(
                                b.body(), b.agree(), b.disagree(), b.total(), b.elected(), b.members()))
                        .toList());
    }
}

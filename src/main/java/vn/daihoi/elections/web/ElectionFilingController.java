package vn.daihoi.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.elections.ElectionBook;
import vn.daihoi.elections.internal.ElectionFiling;
import vn.daihoi.platform.FormActions;

/** "Lưu biên bản vào hồ sơ": a closed election's minutes stored in the congress file, from the page and by API. */
@Controller
class ElectionFilingController {

    private final ElectionFiling filing;
    private final ElectionBook book;
    private final FormActions actions;

    ElectionFilingController(ElectionFiling filing, ElectionBook book, FormActions actions) {
        this.filing = filing;
        this.book = book;
        this.actions = actions;
    }

    @PostMapping("/api/elections/{id}/filing")
    @ResponseBody
    @Operation(
            summary = "Lưu biên bản kiểm phiếu các lần bầu và biên bản bầu cử (PDF, DOCX) của cuộc bầu đã kết thúc vào"
                    + " hồ sơ đại hội")
    ElectionFiling.Filing file(@PathVariable long id) {
        return filing.file(id);
    }

    @GetMapping("/api/elections/{id}/filings")
    @ResponseBody
    @Operation(summary = "Các lần lưu biên bản của cuộc bầu vào hồ sơ đại hội, mới nhất trước")
    List<ElectionFiling.Filing> filings(@PathVariable long id) {
        return filing.filings(id);
    }

    @PostMapping("/elections/{id}/filing")
    String fileForm(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        long caseId = book.caseOf(id);
        return actions.run(
                "/congresses/" + caseId + "/elections",
                redirect,
                locale,
                "elections.filing.notice.filed",
                () -> filing.file(id));
    }
}

package vn.daihoi.season.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;
import vn.daihoi.season.plan.PlanStore.PlanDetail;

/** The allocation table of a plan: a print page, a PDF and an Excel file (CONGRESS_VIEW on the issuer). */
@Controller
class PlanExportController {

    private final PlanStore store;
    private final AccessControl access;

    PlanExportController(PlanStore store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    @GetMapping("/plans/{id}/allocation")
    String print(@PathVariable long id, Model model) {
        model.addAttribute("table", table(id));
        model.addAttribute("planId", id);
        return "plan/allocation";
    }

    @GetMapping("/plans/{id}/allocation.pdf")
    void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        AllocationTable t = table(id);
        Downloads.attach(response, Downloads.PDF, "phan-bo-dai-bieu-" + id + ".pdf");
        AllocationExports.pdf(t, response.getOutputStream());
    }

    @GetMapping("/plans/{id}/allocation.xlsx")
    void xlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        AllocationTable t = table(id);
        Downloads.attach(response, Downloads.XLSX, "phan-bo-dai-bieu-" + id + ".xlsx");
        AllocationExports.xlsx(t, response.getOutputStream());
    }

    private AllocationTable table(long id) {
        PlanDetail d = store.detail(id).orElseThrow(() -> DomainException.notFound("plan.error.notFound"));
        access.require(Permission.CONGRESS_VIEW, d.plan().issuerId());
        return AllocationTable.of(d);
    }
}

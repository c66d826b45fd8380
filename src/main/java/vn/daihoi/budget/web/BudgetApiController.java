package vn.daihoi.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.budget.BudgetEstimate;
import vn.daihoi.budget.BudgetEstimates;
import vn.daihoi.budget.BudgetFiling;
import vn.daihoi.budget.NewBudgetLine;

/** The budget estimate as JSON (HTTP Basic); amounts are whole đồng. */
@RestController
@RequestMapping("/api/congresses/{id}/budget")
class BudgetApiController {

    private final BudgetEstimates estimates;
    private final BudgetFiling filing;

    BudgetApiController(BudgetEstimates estimates, BudgetFiling filing) {
        this.estimates = estimates;
        this.filing = filing;
    }

    @GetMapping
    @Operation(summary = "Dự toán kinh phí đại hội: các khoản, tổng theo nhóm, so sánh với đại hội trước")
    BudgetEstimate get(@PathVariable long id) {
        return estimates.view(id);
    }

    @PostMapping("/items")
    @Operation(summary = "Thêm một khoản chi vào dự toán (số lượng, đơn vị tính, đơn giá, định mức)")
    BudgetEstimate add(@PathVariable long id, @RequestBody(required = false) NewBudgetLine line) {
        estimates.addLine(id, line);
        return estimates.view(id);
    }

    @PutMapping("/items/{item}")
    @Operation(summary = "Sửa một khoản chi của dự toán (nhóm, nội dung, số lượng, đơn vị tính, đơn giá, định mức)")
    BudgetEstimate update(
            @PathVariable long id, @PathVariable long item, @RequestBody(required = false) NewBudgetLine line) {
        estimates.updateLine(id, item, line);
        return estimates.view(id);
    }

    @DeleteMapping("/items/{item}")
    @Operation(summary = "Bỏ một khoản chi khỏi dự toán")
    BudgetEstimate remove(@PathVariable long id, @PathVariable long item) {
        estimates.removeLine(id, item);
        return estimates.view(id);
    }

    @PostMapping("/filing")
    @Operation(summary = "Lưu dự toán hiện tại (XLSX và PDF) vào hồ sơ đại hội; lưu lại thì thêm một lần lưu mới")
    BudgetFiling.Filing file(@PathVariable long id) {
        return filing.file(id);
    }
}

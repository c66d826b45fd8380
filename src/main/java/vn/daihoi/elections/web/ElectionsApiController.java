package vn.daihoi.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.elections.ElectionBook;

/** The elections of a congress for scripts (HTTP Basic, JSON), and the election record of each round. */
@RestController
class ElectionsApiController {

    private final ElectionBook book;

    ElectionsApiController(ElectionBook book) {
        this.book = book;
    }

    @GetMapping("/api/congresses/{id}/elections")
    @Operation(summary = "Các cuộc bầu cử của đại hội: các vòng, trạng thái, người trúng cử")
    List<ElectionBook.ElectionView> elections(@PathVariable long id) {
        return book.ofCase(id);
    }

    @GetMapping("/api/elections/{id}/rounds/{round}/record")
    @Operation(summary = "Bản ghi bầu cử (election record JSON) của một vòng đã công bố; daihoi tally kiểm lại được")
    ResponseEntity<String> record(@PathVariable long id, @PathVariable int round) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"election-" + id + "-round-" + round + ".json\"")
                .body(book.record(id, round));
    }

    @GetMapping("/api/elections/{id}/rounds/{round}/result")
    @Operation(summary = "Kết quả (result JSON) của một vòng đã công bố, như bộ đếm phiếu đã tính")
    ResponseEntity<String> result(@PathVariable long id, @PathVariable int round) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(book.result(id, round));
    }
}

package vn.daihoi.results.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.results.Complaint;
import vn.daihoi.results.Confirmations;
import vn.daihoi.results.ResultsFileKind;
import vn.daihoi.results.ResultsReports;
import vn.daihoi.results.ResultsRequests;
import vn.daihoi.results.ResultsView;

/**
 * The results of a congress for scripts (HTTP Basic, JSON; files as base64): the report, complaints, the
 * confirmation and the annulment. Dates are ISO yyyy-MM-dd.
 */
@RestController
@RequestMapping("/api/congresses/{id}")
class ResultsApiController {

    /** A file: its kind, name and content (base64). */
    record FileRequest(ResultsFileKind kind, String filename, byte[] content) {}

    record ReportRequest(LocalDate reportedOn, List<FileRequest> files) {}

    record ComplaintRequest(String complainant, LocalDate receivedOn, String content) {}

    record SettlementRequest(LocalDate settledOn, String settlement) {}

    record ConfirmationRequest(LocalDate decidedOn, String subject, String signerName, FileRequest signedCopy) {}

    record AnnulmentRequest(String reason) {}

    private final ResultsReports reports;
    private final Confirmations confirmations;
    private final MessageSource messages;

    ResultsApiController(ResultsReports reports, Confirmations confirmations, MessageSource messages) {
        this.reports = reports;
        this.confirmations = confirmations;
        this.messages = messages;
    }

    @GetMapping("/results")
    @Operation(summary = "Kết quả đại hội: hạn báo cáo/chuẩn y (ngày làm việc còn lại), tệp, khiếu nại, quyết định")
    ResultsView results(@PathVariable long id) {
        return reports.view(id);
    }

    @PostMapping("/results")
    @Operation(summary = "Gửi báo cáo kết quả đại hội (biên bản, danh sách trúng cử bắt buộc)")
    ResultsView report(@PathVariable long id, @RequestBody ReportRequest request) {
        List<ResultsRequests.Upload> files = request.files() == null
                ? List.of()
                : request.files().stream().map(ResultsApiController::upload).toList();
        return reports.submit(id, new ResultsRequests.Report(request.reportedOn(), files));
    }

    @PostMapping("/complaints")
    @Operation(summary = "Ghi nhận khiếu nại: tạm dừng thời hạn chuẩn y")
    Complaint complaint(@PathVariable long id, @RequestBody ComplaintRequest request) {
        return confirmations.fileComplaint(
                id, new ResultsRequests.NewComplaint(request.complainant(), request.receivedOn(), request.content()));
    }

    @PostMapping("/complaints/{complaintId}/settlement")
    @Operation(summary = "Giải quyết khiếu nại: thời hạn chuẩn y tiếp tục tính")
    Complaint settle(@PathVariable long id, @PathVariable long complaintId, @RequestBody SettlementRequest request) {
        return confirmations.settle(
                id, complaintId, new ResultsRequests.Settlement(request.settledOn(), request.settlement()));
    }

    @PostMapping("/confirmation")
    @Operation(summary = "Chuẩn y kết quả đại hội bằng quyết định được vào sổ")
    ResultsView confirm(@PathVariable long id, @RequestBody ConfirmationRequest request) {
        return confirmations.confirm(
                id,
                new ResultsRequests.Confirmation(
                        request.decidedOn(),
                        request.subject(),
                        request.signerName(),
                        request.signedCopy() == null ? null : upload(request.signedCopy())));
    }

    @PostMapping("/annulment")
    @Operation(summary = "Hủy bỏ kết quả đại hội, có lý do; bầu cử lại")
    ResultsView annul(@PathVariable long id, @RequestBody AnnulmentRequest request) {
        return confirmations.annul(id, request.reason());
    }

    /** A body that is not the JSON described (a bad date, an unknown kind) is the caller's error. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("results.error.badJson", null, "results.error.badJson", locale));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        return problem;
    }

    private static ResultsRequests.Upload upload(FileRequest f) {
        return f == null ? null : new ResultsRequests.Upload(f.kind(), f.filename(), f.content());
    }
}

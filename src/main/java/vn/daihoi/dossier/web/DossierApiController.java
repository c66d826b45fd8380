package vn.daihoi.dossier.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.dossier.ApprovalCalendar;
import vn.daihoi.dossier.DossierSubmissions;
import vn.daihoi.dossier.DossierView;
import vn.daihoi.dossier.Dossiers;

/** JSON of the approval dossier and calendar (dates ISO yyyy-MM-dd). */
@RestController
class DossierApiController {

    /** The dossier of a case: each item, its files (newest first) and the comments on the latest round. */
    record DossierJson(
            long caseId,
            String unit,
            String term,
            String state,
            List<ItemJson> items,
            List<DossierView.Round> rounds) {}

    record ItemJson(
            int position, String code, String title, boolean satisfied, List<FileJson> files, List<String> comments) {}

    record FileJson(
            long id,
            int version,
            String filename,
            String contentType,
            long size,
            String sha256,
            Instant uploadedAt,
            String uploadedBy) {}

    record SubmitRequest(LocalDate plannedOn) {}

    private final Dossiers dossiers;
    private final DossierSubmissions submissions;
    private final ApprovalCalendar calendar;

    DossierApiController(Dossiers dossiers, DossierSubmissions submissions, ApprovalCalendar calendar) {
        this.dossiers = dossiers;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @GetMapping("/api/congresses/{id}/dossier")
    DossierJson dossier(@PathVariable long id) {
        return json(dossiers.view(id));
    }

    @PostMapping("/api/congresses/{id}/dossier/submit")
    DossierJson submit(@PathVariable long id, @RequestBody(required = false) SubmitRequest request) {
        return json(submissions.submit(id, request == null ? null : request.plannedOn()));
    }

    @GetMapping("/api/organizations/{id}/approval-calendar")
    ApprovalCalendar.View calendar(@PathVariable long id) {
        return calendar.view(id, null);
    }

    private static DossierJson json(DossierView v) {
        return new DossierJson(
                v.congress().id(),
                v.congress().orgName(),
                v.congress().term(),
                v.congress().state().name(),
                v.items().stream()
                        .map(i -> new ItemJson(
                                i.item().position(),
                                i.item().code(),
                                i.item().title(),
                                i.satisfied(),
                                i.versions().stream()
                                        .map(f -> new FileJson(
                                                f.id(),
                                                f.version(),
                                                f.file().filename(),
                                                f.file().contentType(),
                                                f.file().size(),
                                                f.file().sha256(),
                                                f.uploadedAt(),
                                                f.uploadedBy()))
                                        .toList(),
                                i.comments().stream()
                                        .map(DossierView.Comment::body)
                                        .toList()))
                        .toList(),
                v.rounds());
    }
}

package vn.daihoi.dossier.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.dossier.ApprovalCalendar;
import vn.daihoi.dossier.DossierView;
import vn.daihoi.dossier.Dossiers;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;

/** The dossier page of a congress case: the unit's uploads and submission, the appraiser's comments and verdict. */
@Controller
class DossierPageController {

    private final Dossiers dossiers;
    private final ApprovalCalendar calendar;
    private final DossierPageMessages messages;
    private final FormActions actions;

    DossierPageController(
            Dossiers dossiers, ApprovalCalendar calendar, DossierPageMessages messages, FormActions actions) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.messages = messages;
        this.actions = actions;
    }

    @GetMapping("/congresses/{id}/dossier")
    String show(@PathVariable long id, Model model) {
        DossierView view = dossiers.view(id);
        model.addAttribute("d", view);
        model.addAttribute("c", view.congress());
        model.addAttribute("superiorId", calendar.superiorOfCase(view.congress().orgId()));
        return "dossier/dossier";
    }

    @PostMapping("/congresses/{id}/dossier/items/{item}/files")
    String upload(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            DossierView.FileVersion v = dossiers.upload(id, item, name, bytes);
            messages.notice(redirect, locale, "dossier.uploaded", v.file().filename(), v.version());
        } catch (DomainException e) {
            messages.error(redirect, locale, e);
        }
        return back(id);
    }

    @PostMapping("/congresses/{id}/dossier/submit")
    String submit(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String plannedOn,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            dossiers.submit(id, date(plannedOn));
            messages.notice(redirect, locale, "dossier.submitted");
        } catch (DomainException e) {
            messages.error(redirect, locale, e);
        }
        return back(id);
    }

    @PostMapping("/congresses/{id}/dossier/items/{item}/comments")
    String comment(
            @PathVariable long id,
            @PathVariable long item,
            @RequestParam(defaultValue = "") String body,
            Locale locale,
            RedirectAttributes redirect) {
        return actions.run(page(id), redirect, locale, "dossier.commented", () -> dossiers.comment(id, item, body));
    }

    @PostMapping("/congresses/{id}/dossier/return")
    String returnForRevision(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return actions.run(page(id), redirect, locale, "dossier.returned", () -> dossiers.returnForRevision(id, note));
    }

    @PostMapping("/congresses/{id}/dossier/ready")
    String ready(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return actions.run(page(id), redirect, locale, "dossier.ready", () -> dossiers.markReady(id, note));
    }

    @GetMapping("/dossier-files/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Dossiers.Download d = dossiers.download(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.file().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.file().filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", d.file().sha256())
                .body(d.bytes());
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Dates.parse(text.strip()).orElseThrow(() -> new DomainException("dossier.error.badDate", text.strip()));
    }

    private static String back(long id) {
        return "redirect:" + page(id);
    }

    private static String page(long id) {
        return "/congresses/" + id + "/dossier";
    }
}

package vn.daihoi.archive.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.archive.ArchiveVerification;
import vn.daihoi.archive.CongressArchive;
import vn.daihoi.files.HeavyUploads;
import vn.daihoi.platform.DomainException;

/** The archive for signed-in users: download a congress's ZIP, and upload one to verify it. */
@Controller
class ArchivePageController {

    private final CongressArchive archive;
    private final ArchiveVerification verification;
    private final AccessControl access;
    private final MessageSource messages;
    private final HeavyUploads uploads;

    ArchivePageController(
            CongressArchive archive,
            ArchiveVerification verification,
            AccessControl access,
            MessageSource messages,
            HeavyUploads uploads) {
        this.archive = archive;
        this.verification = verification;
        this.access = access;
        this.messages = messages;
        this.uploads = uploads;
    }

    @GetMapping("/congresses/{id}/archive")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return ArchiveApiController.zip(archive.export(id));
    }

    @GetMapping("/archives/verify")
    String form() {
        access.requireSomewhere(Permission.CONGRESS_VIEW);
        return "archive/verify";
    }

    @PostMapping("/archives/verify")
    String verify(HttpServletRequest request, Model model, Locale locale) throws IOException {
        access.requireSomewhere(Permission.CONGRESS_VIEW);
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile archive = multipart == null ? null : multipart.getFile("archive");
        try {
            if (archive == null || archive.isEmpty()) {
                throw new DomainException("archive.error.noFile");
            }
            // The part is on disk (or in a small buffer): streamed from there, never read whole.
            model.addAttribute("report", uploads.run(() -> {
                try (InputStream zip = archive.getInputStream()) {
                    return ArchiveApiController.response(verification.verify(zip), messages, locale);
                }
            }));
        } catch (DomainException e) {
            model.addAttribute("error", messages.getMessage(e, locale));
        }
        return "archive/verify";
    }
}

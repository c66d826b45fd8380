package vn.daihoi.archive.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.archive.ArchiveVerification;
import vn.daihoi.archive.CongressArchive;
import vn.daihoi.archive.VerificationReport;
import vn.daihoi.files.HeavyUploads;
import vn.daihoi.files.UploadRefused;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.Downloads;

/** The archive of a congress as a ZIP, and the verification of one sent back (HTTP Basic). */
@RestController
class ArchiveApiController {

    /** The largest archive accepted for verification. */
    static final long MAX_ARCHIVE_BYTES = 200L * 1024 * 1024;

    /** The report with each finding in the caller's language. */
    record ReportResponse(
            boolean intact,
            long congressCaseId,
            String orgName,
            String term,
            int filesChecked,
            List<FindingResponse> findings) {}

    record FindingResponse(VerificationReport.Problem problem, String path, String title, String message) {}

    private final CongressArchive archive;
    private final ArchiveVerification verification;
    private final AccessControl access;
    private final MessageSource messages;
    private final HeavyUploads uploads;

    ArchiveApiController(
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

    @GetMapping("/api/congresses/{id}/archive")
    @Operation(
            summary = "Hồ sơ lưu trữ đại hội (ZIP: các tệp theo nhóm của Hướng dẫn 62-HD/VPTW, index.pdf, index.json)")
    ResponseEntity<byte[]> archive(@PathVariable long id) {
        return zip(archive.export(id));
    }

    @PostMapping("/api/archives/verify")
    @Operation(
            summary = "Kiểm tra một hồ sơ lưu trữ (thân yêu cầu là tệp ZIP): thiếu, bị sửa, thừa, khác cơ sở dữ liệu")
    ReportResponse verify(InputStream body, Locale locale) {
        access.requireSomewhere(Permission.CONGRESS_VIEW);
        // Streamed, never read whole: the body is inflated and hashed as it arrives, under the archive's limits.
        CappedBody zip = new CappedBody(body);
        try {
            return uploads.run(() -> response(verification.verify(zip), messages, locale));
        } catch (DomainException refused) {
            // Refused before the end of the body: read the rest away (up to the cap), or the connection would be
            // reset under the client while it still sends, and it would never see the message.
            zip.discardRest();
            throw refused;
        }
    }

    /** The request body, refused with 413 at the first byte over {@link #MAX_ARCHIVE_BYTES}. */
    static final class CappedBody extends FilterInputStream {
        private long read;

        CappedBody(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        /** Reads what is left of the body and drops it; stops silently at the cap. */
        void discardRest() {
            byte[] buffer = new byte[64 * 1024];
            try {
                while (read(buffer, 0, buffer.length) >= 0) {
                    // dropped
                }
            } catch (IOException | UploadRefused stop) {
                // a broken or oversized body: the server closes the connection, nothing more to do
            }
        }

        private void count(int n) {
            read += n;
            if (read > MAX_ARCHIVE_BYTES) {
                throw UploadRefused.tooLarge("archive.error.uploadTooLarge", MAX_ARCHIVE_BYTES / (1024 * 1024));
            }
        }
    }

    static ResponseEntity<byte[]> zip(CongressArchive.Export export) {
        return Downloads.zip(export.filename(), export.bytes());
    }

    static ReportResponse response(VerificationReport r, MessageSource messages, Locale locale) {
        return new ReportResponse(
                r.intact(),
                r.congressCaseId(),
                r.orgName(),
                r.term(),
                r.filesChecked(),
                r.findings().stream()
                        .map(f -> new FindingResponse(
                                f.problem(),
                                f.path(),
                                f.title(),
                                messages.getMessage(f.messageKey(), new Object[] {f.path()}, f.messageKey(), locale)))
                        .toList());
    }
}

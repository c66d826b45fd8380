package vn.daihoi.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a controller answers with a file to save: its Content-Type and a {@code Content-Disposition:
 * attachment} whose name survives Vietnamese letters (RFC 5987 {@code filename*=UTF-8''...} beside a plain
 * {@code filename}). Caching is not set here: every answer is already {@code no-store} (security headers).
 *
 * <pre>{@code
 * return Downloads.pdf("du-toan-kinh-phi-" + code + ".pdf", bytes);          // bytes in hand
 * Downloads.attach(response, Downloads.XLSX, "dang-vien-" + code + ".xlsx");  // streamed to the response
 * workbook.write(response.getOutputStream());
 * }</pre>
 */
public final class Downloads {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    public static final MediaType JSON = MediaType.APPLICATION_JSON;

    private Downloads() {}

    public static ResponseEntity<byte[]> pdf(String name, byte[] bytes) {
        return file(name, PDF, bytes);
    }

    public static ResponseEntity<byte[]> docx(String name, byte[] bytes) {
        return file(name, DOCX, bytes);
    }

    public static ResponseEntity<byte[]> xlsx(String name, byte[] bytes) {
        return file(name, XLSX, bytes);
    }

    public static ResponseEntity<byte[]> zip(String name, byte[] bytes) {
        return file(name, ZIP, bytes);
    }

    public static ResponseEntity<String> json(String name, String json) {
        return answer(attachment(name), JSON, json);
    }

    /** A file of the given type (a stored upload's own content type, say) to save under {@code name}. */
    public static ResponseEntity<byte[]> file(String name, MediaType type, byte[] bytes) {
        return answer(attachment(name), type, bytes);
    }

    /** As {@link #file}, with the stored content type as text. */
    public static ResponseEntity<byte[]> file(String name, String contentType, byte[] bytes) {
        return file(name, MediaType.parseMediaType(contentType), bytes);
    }

    /** A PDF for the browser to show rather than save (still named, should the user save it). */
    public static ResponseEntity<byte[]> inlinePdf(String name, byte[] bytes) {
        String inline = ContentDisposition.inline()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString();
        return answer(inline, PDF, bytes);
    }

    private static <T> ResponseEntity<T> answer(String disposition, MediaType type, T body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .body(body);
    }

    /** Sets the headers of a file the controller then writes to {@code response.getOutputStream()}. */
    public static void attach(HttpServletResponse response, MediaType type, String name) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(name));
    }

    /** As {@link #attach(HttpServletResponse, MediaType, String)}, with the stored content type as text. */
    public static void attach(HttpServletResponse response, String contentType, String name) {
        attach(response, MediaType.parseMediaType(contentType), name);
    }

    /** {@code attachment; filename="..."; filename*=UTF-8''...}: the name kept whatever its letters. */
    public static String attachment(String name) {
        return ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}

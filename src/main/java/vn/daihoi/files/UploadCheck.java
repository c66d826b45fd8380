package vn.daihoi.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.daihoi.platform.DomainException;

/**
 * Accepts an attachment by what its bytes are, never by its name: a ".pdf" that is really an executable
 * is refused, a scan named ".PDF.jpg" is stored as the JPEG it is. Office files are ZIP containers, told
 * apart by the part that only that kind has.
 */
public final class UploadCheck {

    /** A file that passed: its detected type, size and SHA-256. */
    public record CheckedFile(String filename, String contentType, long size, String sha256, byte[] bytes) {}

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private final long maxBytes;

    public UploadCheck(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public CheckedFile check(String filename, byte[] bytes) {
        String name = filename == null || filename.isBlank() ? "tep-dinh-kem" : filename.strip();
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("files.error.uploadEmpty", name);
        }
        if (bytes.length > maxBytes) {
            throw new DomainException("files.error.uploadTooLarge", name, String.valueOf(maxBytes / (1024 * 1024)));
        }
        String type = detect(bytes);
        if (type == null) {
            throw new DomainException("files.error.uploadType", name);
        }
        return new CheckedFile(name, type, bytes.length, sha256(bytes), bytes);
    }

    /** The media type of the content, null when it is none of the accepted kinds. */
    static String detect(byte[] b) {
        if (startsWith(b, PDF)) {
            return "application/pdf";
        }
        if (startsWith(b, PNG)) {
            return "image/png";
        }
        if (startsWith(b, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(b, ZIP)) {
            return officeType(b);
        }
        return null;
    }

    private static String officeType(byte[] b) {
        Set<String> names = new HashSet<>();
        String odfMime = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(e.getName());
                if (e.getName().equals("mimetype")) {
                    odfMime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if ("application/vnd.oasis.opendocument.text".equals(odfMime)
                || "application/vnd.oasis.opendocument.spreadsheet".equals(odfMime)) {
            return odfMime;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.daihoi.files;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.daihoi.platform.DomainException;

/**
 * Accepts an attachment by what its bytes are, never by its name: a ".pdf" that is really an executable
 * is refused, a scan named ".PDF.jpg" is stored as the JPEG it is, and a PDF named ".html" is stored (and so
 * served) as ".pdf", so no name given by a client can make a browser or a desktop open it as something else.
 * Office files are ZIP containers, told apart by the part that only that kind has, read as a stream under
 * {@link #OFFICE_LIMITS}.
 */
public final class UploadCheck {

    /** A file that passed: its detected type, size and SHA-256. */
    public record CheckedFile(String filename, String contentType, long size, String sha256, byte[] bytes) {}

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /**
     * What an office attachment may unpack to: the largest upload is 20 MB and a text-heavy XLSX unpacks to
     * about ten times its size; a bomb of zeros would unpack a thousand times (20 GB) and keep a core busy.
     */
    static final ZipLimits OFFICE_LIMITS = new ZipLimits(10_000, 256L * 1024 * 1024, 512L * 1024 * 1024);

    /** The extension each accepted type is stored and served with; the first is the canonical one. */
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of("pdf"),
            "image/png", List.of("png"),
            "image/jpeg", List.of("jpg", "jpeg"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
            "application/vnd.oasis.opendocument.text", List.of("odt"),
            "application/vnd.oasis.opendocument.spreadsheet", List.of("ods"));

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
        String type = detect(name, bytes);
        if (type == null) {
            throw new DomainException("files.error.uploadType", name);
        }
        return new CheckedFile(named(name, type), type, bytes.length, sha256(bytes), bytes);
    }

    /**
     * The client's name with the extension of the detected type: kept when it already names that type
     * ("scan.PDF.jpg" stays), otherwise its last extension, if any, is replaced ("x.html" → "x.pdf").
     */
    static String named(String name, String type) {
        List<String> extensions = EXTENSIONS.get(type);
        if (extensions.contains(extension(name))) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        // "x.pdf.html" is "x.pdf": the name already said what it is before the last extension
        return extensions.contains(extension(base)) ? base : base + "." + extensions.getFirst();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The media type of the content, null when it is none of the accepted kinds. */
    private static String detect(String name, byte[] b) {
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
            return officeType(name, b);
        }
        return null;
    }

    private static String officeType(String name, byte[] b) {
        Set<String> names = new HashSet<>();
        String[] odfMime = {null};
        try {
            ZipScan.scan(new ByteArrayInputStream(b), name, OFFICE_LIMITS, (entry, content) -> {
                names.add(entry);
                if (entry.equals("mimetype")) {
                    odfMime[0] = new String(content.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            });
        } catch (UploadRefused tooLarge) {
            throw tooLarge;
        } catch (DomainException broken) {
            return null;
        }
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if ("application/vnd.oasis.opendocument.text".equals(odfMime[0])
                || "application/vnd.oasis.opendocument.spreadsheet".equals(odfMime[0])) {
            return odfMime[0];
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

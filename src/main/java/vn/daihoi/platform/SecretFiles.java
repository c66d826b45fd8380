package vn.daihoi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Secrets the server keeps outside PostgreSQL, in {@code <data-dir>/secrets}: the directory is owner-only
 * (0700), every file in it owner-only (0600), so no other local account can read them.
 */
public final class SecretFiles {

    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {}

    /** {@code <data-dir>/secrets}, created if needed, its mode set to 0700 whatever it was. */
    public static Path directory(Path dataDir) {
        return ownerOnlyDirectory(dataDir.toAbsolutePath().normalize().resolve("secrets"));
    }

    /** A directory only its owner may enter (created if needed; a wider mode is narrowed). */
    public static Path ownerOnlyDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, OWNER_DIR);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được thư mục riêng " + dir, e);
        }
    }

    /** The text of a secret file (its mode narrowed to 0600), or null when there is none. */
    public static String read(Path file) {
        try {
            if (!Files.exists(file)) {
                return null;
            }
            Files.setPosixFilePermissions(file, OWNER_FILE);
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp bí mật " + file, e);
        }
    }

    /**
     * Writes a secret file: first to an owner-only temporary file beside it, then renamed over it, so the
     * secret is never readable by others, not even for a moment, and never half written.
     */
    public static void write(Path file, String content) {
        try {
            Path dir = ownerOnlyDirectory(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(dir, ".tmp-", "", PosixFilePermissions.asFileAttribute(OWNER_FILE));
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true); // the secret must survive a crash as the data protected by it does
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được tệp bí mật " + file, e);
        }
    }

    /** A fresh random secret of {@code bytes} bytes, as URL-safe base64 (no quoting needed anywhere). */
    public static String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}

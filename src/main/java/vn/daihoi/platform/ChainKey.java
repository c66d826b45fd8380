package vn.daihoi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The server secret that keys the audit and entry-log chains (ADR 0008), kept outside PostgreSQL so that whoever
 * can write the tables cannot recompute a chain that verifies. Read from {@code DAIHOI_CHAIN_KEY} (property
 * {@code daihoi.chain-key}); else generated once into {@code <data-dir>/secrets/chain.key}, readable by the
 * owner only. Every app node of one database must be given the same key.
 */
@Component
public class ChainKey {

    private static final Logger log = LoggerFactory.getLogger(ChainKey.class);
    private static final int MIN_LENGTH = 32;

    private final byte[] key;

    ChainKey(@Value("${daihoi.chain-key:}") String configured, @Value("${daihoi.data-dir:./data}") String dataDir) {
        String text = StringUtils.hasText(configured) ? configured.strip() : fromFile(Path.of(dataDir));
        if (text.length() < MIN_LENGTH) {
            throw new IllegalStateException("Khóa chuỗi (DAIHOI_CHAIN_KEY) phải dài ít nhất " + MIN_LENGTH + " ký tự");
        }
        this.key = text.getBytes(StandardCharsets.UTF_8);
    }

    /** HMAC-SHA256 of the text under the secret, as lower-case hex. */
    public String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code mac} is the MAC of {@code text} (compared in constant time). */
    public boolean matches(String text, String mac) {
        return mac != null
                && MessageDigest.isEqual(
                        mac(text).getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads the generated key, creating it (directory 0700, file 0600) on the first start. */
    static String fromFile(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize().resolve("secrets");
        Path file = dir.resolve("chain.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, HexFormat.of().formatHex(random) + "\n");
                    log.warn("Đã tạo khóa chuỗi mới tại {}: hãy sao lưu tệp này (xem docs/operations.md)", file);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc hoặc tạo được khóa chuỗi tại " + file, e);
        }
    }
}

package vn.daihoi.platform;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 17 binaries shipped in the zonky jar, unpacked once into {@code <data-dir>/pg-bin/PG-<sha256>}
 * with no group or world write bit anywhere (zonky made its working folder world-writable, so any local account
 * could have replaced the {@code postgres} binary the app runs).
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final Set<PosixFilePermission> READ_EXEC = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("rw-r--r--");

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** Unpacks the binaries under {@code workDir} unless the same archive is there already. */
    static PostgresBinaries prepare(Path workDir) {
        try {
            Files.createDirectories(workDir);
            byte[] archive = archive();
            String digest = HexFormat.of().formatHex(sha256(archive)).substring(0, 16);
            Path home = workDir.resolve("PG-" + digest);
            if (!Files.exists(home.resolve(".complete"))) {
                log.info("Giải nén PostgreSQL vào {}", home);
                Path temp = Files.createTempDirectory(workDir, ".unpack-");
                unpack(archive, temp);
                Files.createFile(temp.resolve(".complete"));
                deleteTree(home); // a half-unpacked folder of an interrupted start
                Files.move(temp, home, StandardCopyOption.ATOMIC_MOVE);
            }
            narrowPermissions(workDir);
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Không chuẩn bị được PostgreSQL nhúng tại " + workDir, e);
        }
    }

    Path bin(String name) {
        return home.resolve("bin").resolve(name);
    }

    /**
     * The command line of a PostgreSQL program. Running as root, zonky's own trick is reused: the program runs in a
     * new user namespace ({@code unshare -U}), where it is not root (PostgreSQL refuses root), yet the files it
     * creates still belong to the account running the app.
     */
    List<String> command(String program, List<String> args) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin(program).toString());
        command.addAll(args);
        return command;
    }

    /** Runs a program to its end and returns its output; a non-zero exit is an error quoting the output. */
    String run(String program, List<String> args, String stdin, long timeoutSeconds) {
        ProcessBuilder builder = new ProcessBuilder(command(program, args)).redirectErrorStream(true);
        try {
            Process process = builder.start();
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            // the output is small; reading it to its end also waits for the program (pg_ctl detaches the server
            // from this pipe with its -l log file)
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " không xong sau " + timeoutSeconds + " giây");
            }
            log.debug("{} {}: {}", program, args, output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        program + " thất bại (mã " + process.exitValue() + "): " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Không chạy được " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi chạy " + program, e);
        }
    }

    private static byte[] archive() throws IOException {
        String arch = System.getProperty("os.arch");
        String hardware = "amd64".equals(arch) ? "x86_64" : arch;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", hardware)) {
            if (in == null) {
                throw new IOException("Không có bản PostgreSQL nhúng cho Linux/" + hardware);
            }
            return in.readAllBytes();
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Tên tệp không an toàn trong gói PostgreSQL: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Path link = Path.of(entry.getLinkName());
                    if (link.isAbsolute()
                            || !path.getParent().resolve(link).normalize().startsWith(target)) {
                        throw new IOException("Liên kết không an toàn trong gói PostgreSQL: " + entry.getName());
                    }
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, link);
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0111) != 0
                            || entry.getName().startsWith("bin/")
                            || entry.getName().startsWith("./bin/");
                    Files.setPosixFilePermissions(path, executable ? READ_EXEC : READ_ONLY);
                } else {
                    throw new IOException("Loại tệp không hỗ trợ trong gói PostgreSQL: " + entry.getName());
                }
            }
        }
    }

    /** Drops every group and world write bit below {@code root} (folders unpacked by older versions had them). */
    static void narrowPermissions(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                narrow(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isSymbolicLink()) {
                    narrow(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void narrow(Path path) throws IOException {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (mode.remove(PosixFilePermission.GROUP_WRITE) | mode.remove(PosixFilePermission.OTHERS_WRITE)) {
            Files.setPosixFilePermissions(path, mode);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package vn.daihoi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own PostgreSQL 17 whose files live in {@code <data-dir>/pg}: durable, password-protected, and able to
 * start again after the app was killed.
 *
 * <p>Zonky's {@code EmbeddedPostgres} is made for throw-away test servers: it always starts PostgreSQL with
 * {@code -F} (no fsync) and {@code synchronous_commit=off}, and runs initdb with {@code trust} for every local
 * connection. The persistent server therefore runs the same binaries through its own initdb and pg_ctl calls:
 *
 * <ul>
 *   <li>fsync, synchronous_commit and full_page_writes on, given on the command line so that no {@code ALTER
 *       SYSTEM} can turn them off;
 *   <li>scram-sha-256 for every connection, with a generated password in {@code <data-dir>/secrets/db-password}
 *       (0600, folder 0700); TCP on 127.0.0.1 only; the unix socket in {@code <data-dir>/pg-run} (0700);
 *   <li>a postmaster left running by an app killed with {@code kill -9} is stopped cleanly before the new one
 *       starts, a stale {@code postmaster.pid} is removed;
 *   <li>a data folder made by an older version (trust, no password) gets a password on its first start.
 * </ul>
 */
final class PersistentPostgres {

    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(PersistentPostgres.class);
    private static final long STOP_SECONDS = 60;
    /** sun_path holds 108 bytes; the socket's own name {@code .s.PGSQL.NNNNN} needs 15 of them. */
    private static final int MAX_SOCKET_DIR = 90;

    private final Path pgData;
    private final Path runDir;
    private final Path passwordFile;
    private final PostgresBinaries binaries;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String password;
    private final int port;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private PersistentPostgres(Path dataDir, int requestedPort, Duration startTimeout) throws IOException {
        this.pgData = dataDir.resolve("pg");
        this.runDir = SecretFiles.ownerOnlyDirectory(dataDir.resolve("pg-run"));
        this.passwordFile = SecretFiles.directory(dataDir).resolve("db-password");
        this.lockChannel =
                FileChannel.open(runDir.resolve("daihoi.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException(
                    "Thư mục dữ liệu " + dataDir + " đang được một tiến trình daihoi khác dùng");
        }
        boolean running = false;
        try {
            this.binaries = PostgresBinaries.prepare(dataDir.resolve("pg-bin"));
            stopLeftover();
            this.password = prepareCluster();
            writeHba();
            this.port = requestedPort > 0 ? requestedPort : freePort();
            start(startTimeout);
            running = true;
            checkPassword();
        } catch (RuntimeException | IOException e) {
            if (running) {
                stop();
            } else {
                releaseLock();
            }
            throw e;
        }
    }

    /** Starts (initialising or upgrading if needed) the server of {@code dataDir}. */
    static PersistentPostgres start(Path dataDir, int port, Duration startTimeout) {
        Path dir = dataDir.toAbsolutePath().normalize();
        log.info("Khởi động PostgreSQL nhúng, dữ liệu tại {}", dir.resolve("pg"));
        try {
            return new PersistentPostgres(dir, port, startTimeout);
        } catch (IOException e) {
            throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng tại " + dir, e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String password() {
        return password;
    }

    int port() {
        return port;
    }

    Path dataDirectory() {
        return pgData;
    }

    /** Stops the server cleanly (every committed transaction is on disk) and frees the data folder. */
    void stop() {
        if (stopped.getAndSet(true)) {
            return;
        }
        try {
            binaries.run(
                    "pg_ctl",
                    List.of("-D", pgData.toString(), "stop", "-m", "fast", "-w", "-t", "" + STOP_SECONDS),
                    null,
                    STOP_SECONDS + 10);
            log.info("Đã dừng PostgreSQL nhúng");
        } catch (RuntimeException e) {
            log.warn("PostgreSQL nhúng không dừng gọn: {}", e.getMessage());
        } finally {
            releaseLock();
        }
    }

    private void releaseLock() {
        try {
            lockChannel.close(); // closing the channel releases its lock
        } catch (IOException e) {
            log.warn("Không nhả được khóa thư mục dữ liệu: {}", e.getMessage());
        }
    }

    /**
     * After {@code kill -9} of the app the postmaster it started keeps running (it is not a child of the JVM but
     * of pg_ctl) and holds {@code postmaster.pid}; a new server on the same folder would wait for it and give up.
     * A postmaster of this very folder is stopped cleanly (a fast shutdown writes a checkpoint, nothing committed is
     * lost); a pid file naming a dead process, or a process that is not our postmaster, is stale and removed.
     */
    private void stopLeftover() throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = leftoverPostmaster(pidFile);
        if (process.isEmpty()) {
            log.info("Xóa tệp postmaster.pid cũ của một tiến trình đã dừng");
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle postmaster = process.get();
        log.warn("PostgreSQL của lần chạy trước (pid {}) vẫn chạy: dừng nó trước khi khởi động lại", postmaster.pid());
        try {
            binaries.run(
                    "pg_ctl",
                    List.of("-D", pgData.toString(), "stop", "-m", "fast", "-w", "-t", "" + STOP_SECONDS),
                    null,
                    STOP_SECONDS + 10);
        } catch (RuntimeException e) {
            log.warn("pg_ctl stop không dừng được pid {} ({}); gửi SIGTERM", postmaster.pid(), e.getMessage());
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "PostgreSQL cũ (pid " + postmaster.pid() + ") không dừng; hãy dừng nó rồi chạy lại", e);
        }
        Files.deleteIfExists(pidFile);
    }

    /** The live postmaster named by the pid file, if it serves this data folder (its working directory). */
    private Optional<ProcessHandle> leftoverPostmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.getFirst().strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        // a postmaster changes into its data directory; a recycled pid of another program does not
        Path cwd = Path.of("/proc", Long.toString(pid), "cwd");
        try {
            if (Files.isSameFile(cwd, pgData)) {
                return process;
            }
        } catch (IOException e) {
            // not readable (another account): fall back on the command line, which names the data folder
            String command = process.get().info().commandLine().orElse("");
            if (command.contains("postgres") && command.contains(pgData.toString())) {
                return process;
            }
        }
        return Optional.empty();
    }

    /** Initialises a new cluster with a password, or gives an old trust-only cluster one; returns the password. */
    private String prepareCluster() throws IOException {
        String existing = SecretFiles.read(passwordFile);
        boolean initialised = Files.exists(pgData.resolve("PG_VERSION"));
        if (!initialised) {
            String password = existing != null ? existing : SecretFiles.randomToken(32);
            SecretFiles.write(passwordFile, password);
            Files.createDirectories(pgData);
            log.info("Khởi tạo cơ sở dữ liệu mới (mật khẩu trong {})", passwordFile);
            binaries.run(
                    "initdb",
                    List.of(
                            "-D",
                            pgData.toString(),
                            "-U",
                            SUPERUSER,
                            "-E",
                            "UTF-8",
                            "--auth=scram-sha-256",
                            "--pwfile=" + passwordFile),
                    null,
                    300);
            return password;
        }
        if (existing != null) {
            return existing;
        }
        // A folder made before passwords: set one in single-user mode, where no client can connect meanwhile.
        String password = SecretFiles.randomToken(32);
        log.warn("Cơ sở dữ liệu chưa có mật khẩu (phiên bản cũ): đặt mật khẩu, lưu tại {}", passwordFile);
        String output = binaries.run(
                "postgres",
                List.of("--single", "-D", pgData.toString(), "-c", "password_encryption=scram-sha-256", "postgres"),
                "ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "';\n",
                300);
        if (output.contains("ERROR")) {
            throw new IllegalStateException("Không đặt được mật khẩu PostgreSQL: " + output.strip());
        }
        SecretFiles.write(passwordFile, password);
        return password;
    }

    /** Every connection, local or TCP, proves the password; written at every start, so an old trust file goes. */
    private void writeHba() throws IOException {
        String hba = """
                # Written by daihoi at every start (PersistentPostgres): every connection needs the password
                # kept in <data-dir>/secrets/db-password.
                local   all   all                  scram-sha-256
                host    all   all   127.0.0.1/32   scram-sha-256
                host    all   all   ::1/128        scram-sha-256
                """;
        Files.writeString(pgData.resolve("pg_hba.conf"), hba, StandardCharsets.UTF_8);
    }

    private void start(Duration timeout) throws IOException {
        Path logDir = SecretFiles.ownerOnlyDirectory(pgData.resolve("log"));
        List<String> options = new ArrayList<>(List.of(
                "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "fsync=on",
                "-c", "synchronous_commit=on",
                "-c", "full_page_writes=on",
                "-c", "password_encryption=scram-sha-256",
                "-c", "unix_socket_directories=" + socketDirectory(),
                "-c", "unix_socket_permissions=0700",
                "-c", "timezone=UTC",
                "-c", "max_connections=300"));
        Path startupLog = logDir.resolve("startup.log");
        try {
            binaries.run(
                    "pg_ctl",
                    List.of(
                            "-D",
                            pgData.toString(),
                            "-l",
                            startupLog.toString(),
                            "-o",
                            shellJoin(options),
                            "-w",
                            "-t",
                            Long.toString(Math.max(1, timeout.toSeconds())),
                            "start"),
                    null,
                    timeout.toSeconds() + 30);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + tail(startupLog), e);
        }
        log.info("PostgreSQL nhúng chạy tại 127.0.0.1:{}", port);
    }

    /** The private socket folder, or none when its path is too long for a unix socket or needs quoting. */
    private String socketDirectory() {
        String dir = runDir.toString();
        if (dir.length() > MAX_SOCKET_DIR || !dir.matches("[A-Za-z0-9._/+-]+")) {
            log.info("Không dùng unix socket (đường dẫn {} quá dài hoặc có ký tự đặc biệt); chỉ TCP 127.0.0.1", dir);
            return "";
        }
        return dir;
    }

    /** pg_ctl hands {@code -o} to /bin/sh: every option is quoted for it. */
    private static String shellJoin(List<String> options) {
        StringBuilder out = new StringBuilder();
        for (String option : options) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append('\'').append(option.replace("'", "'\\''")).append('\'');
        }
        return out.toString();
    }

    private void checkPassword() {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", password);
        try (Connection c = DriverManager.getConnection(jdbcUrl(), props)) {
            c.createStatement().execute("select 1");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL nhúng không nhận mật khẩu trong " + passwordFile + ": " + e.getMessage(), e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

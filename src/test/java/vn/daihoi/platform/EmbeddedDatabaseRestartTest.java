package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the app leaves its postmaster running; the next start must come up on the first try with every
 * committed row. Each "app" is a child JVM that starts the embedded server through the production path
 * ({@code DatabaseConfig.EmbeddedDatabase.persistent}), commits a row and says so.
 */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartAfterKillNineComesUpWithTheCommittedRows() throws Exception {
        Process first = start("một");
        String ready = awaitReady(first, "first");
        assertThat(ready).isEqualTo("READY một");
        first.destroyForcibly(); // SIGKILL: no shutdown hook runs, pg_ctl stop is never called
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ProcessHandle leftover = postmaster().orElseThrow();
        assertThat(leftover.isAlive()).as("the killed app's postmaster lingers").isTrue();

        Process second = start("hai");
        assertThat(awaitReady(second, "second")).isEqualTo("READY một,hai");
        assertThat(leftover.isAlive())
                .as("the lingering postmaster was stopped")
                .isFalse();
        second.getOutputStream().close(); // the child stops its server cleanly and exits
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(postmaster()).isEmpty();
    }

    /**
     * A {@code postmaster.pid} left by a crash whose pid now belongs to another live program (pids are recycled):
     * PostgreSQL itself would refuse to start ("lock file already exists"); the file is stale and removed, and the
     * other program is left alone.
     */
    @Test
    void aPidFileNamingAnotherLiveProgramIsStaleAndThatProgramIsLeftAlone() throws Exception {
        DatabaseConfig.EmbeddedDatabase db = DatabaseConfig.EmbeddedDatabase.persistent(dataDir, 0);
        Path pidFile = dataDir.resolve("pg/postmaster.pid");
        List<String> lines = Files.readAllLines(pidFile);
        db.release();
        Process stranger = new ProcessBuilder("sleep", "120").start();
        try {
            List<String> stale = new java.util.ArrayList<>(lines);
            stale.set(0, Long.toString(stranger.pid()));
            Files.write(pidFile, stale);

            DatabaseConfig.EmbeddedDatabase again = DatabaseConfig.EmbeddedDatabase.persistent(dataDir, 0);
            try (Connection c = EmbeddedDatabaseSecurityTest.connect(again.jdbcUrl(), again.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            } finally {
                again.release();
            }
            assertThat(stranger.isAlive())
                    .as("the other program was not signalled")
                    .isTrue();
        } finally {
            stranger.destroyForcibly();
        }
    }

    /** A postmaster left by a failing test must not outlive it. */
    @AfterEach
    void stopLeftover() throws Exception {
        Optional<ProcessHandle> postmaster = postmaster();
        if (postmaster.isPresent()) {
            postmaster.get().destroy();
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDir.resolve("pg/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    private Process start(String label) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(
                        java,
                        "-Xmx128m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        classpath,
                        Child.class.getName(),
                        dataDir.toString(),
                        label))
                .redirectErrorStream(true)
                .start();
    }

    /** The child's READY line (its log goes to target/tmp), or a failure after 90 s. */
    private String awaitReady(Process process, String name) throws Exception {
        Path log = Path.of("target/tmp/restart-" + name + ".log");
        Files.createDirectories(log.getParent());
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                String line;
                while ((line = out.readLine()) != null) {
                    copy.println(line);
                    if (line.startsWith("READY")) {
                        ready.complete(line);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("the child stopped before it was ready: see " + log));
        });
        reader.setDaemon(true);
        reader.start();
        try {
            return ready.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("the " + name + " start failed: see " + log, e);
        }
    }

    /** The child "app": starts the server of a data folder, commits a row, waits for its stdin to close. */
    static final class Child {
        public static void main(String[] args) throws Exception {
            DatabaseConfig.EmbeddedDatabase db = DatabaseConfig.EmbeddedDatabase.persistent(Path.of(args[0]), 0);
            try (Connection c = EmbeddedDatabaseSecurityTest.connect(db.jdbcUrl(), db.password());
                    Statement s = c.createStatement()) {
                s.execute("create table if not exists restart_row (n serial primary key, label text)");
                s.execute("insert into restart_row (label) values ('" + args[1] + "')"); // autocommit
                try (ResultSet rs = s.executeQuery("select string_agg(label, ',' order by n) from restart_row")) {
                    rs.next();
                    System.out.println("READY " + rs.getString(1));
                }
            }
            System.in.read(); // until the parent closes stdin (or kills this JVM)
            db.release();
        }
    }
}

package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's own PostgreSQL, started through the production path ({@code DatabaseConfig.EmbeddedDatabase.persistent})
 * on a fresh data folder, checked from outside: durable settings, no {@code -F} on the postmaster's command line,
 * password authentication only, owner-only secrets and socket folder, binaries nobody else can replace.
 */
class EmbeddedDatabaseSecurityTest {

    @TempDir
    Path dataDir;

    @Test
    void theDefaultServerIsDurable() throws Exception {
        DatabaseConfig.EmbeddedDatabase db = DatabaseConfig.EmbeddedDatabase.persistent(dataDir, 0);
        try (Connection c = connect(db.jdbcUrl(), password())) {
            assertThat(show(c, "fsync")).isEqualTo("on");
            assertThat(show(c, "synchronous_commit")).isEqualTo("on");
            assertThat(show(c, "full_page_writes")).isEqualTo("on");
            // an ALTER SYSTEM cannot undo it: the command line outranks postgresql.auto.conf
            assertThat(setting(c, "fsync", "source")).isEqualTo("command line");
            List<String> argv = postmasterCommandLine();
            assertThat(argv.getFirst()).endsWith("/bin/postgres");
            assertThat(argv).doesNotContain("-F");
            assertThat(argv).doesNotContain("fsync=off", "synchronous_commit=off");
        } finally {
            db.release();
        }
    }

    @Test
    void onlyThePasswordInTheOwnerOnlyFileOpensTheServer() throws Exception {
        DatabaseConfig.EmbeddedDatabase db = DatabaseConfig.EmbeddedDatabase.persistent(dataDir, 0);
        try {
            String url = db.jdbcUrl();
            assertThat(url).contains("//127.0.0.1:");
            assertThatThrownBy(() -> connect(url, null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(url, "postgres"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
            String password = password();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            try (Connection c = connect(url, password)) {
                assertThat(show(c, "password_encryption")).isEqualTo("scram-sha-256");
                assertThat(show(c, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(show(c, "unix_socket_permissions")).isEqualTo("0700");
                assertThat(show(c, "unix_socket_directories"))
                        .isEqualTo(dataDir.resolve("pg-run").toString());
                assertThat(column(c, "select distinct auth_method from pg_hba_file_rules"))
                        .containsExactly("scram-sha-256");
                assertThat(column(c, "select rolpassword from pg_authid where rolname = 'postgres'")
                                .getFirst())
                        .startsWith("SCRAM-SHA-256$");
            }
            assertThat(mode(dataDir.resolve("secrets"))).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("secrets/db-password"))).isEqualTo("rw-------");
            assertThat(mode(dataDir.resolve("pg-run"))).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("pg"))).isEqualTo("rwx------");
            assertThat(writableByOthers(dataDir.resolve("pg-bin"))).isEmpty();
            assertThat(Files.isExecutable(dataDir.resolve("pg-bin"))).isTrue();
        } finally {
            db.release();
        }
    }

    /**
     * A data folder made by the previous version (zonky's initdb: trust for everyone, no password, a world-writable
     * binaries folder) keeps its data and gets a password, scram and owner-only modes on its first start.
     */
    @Test
    void aTrustFolderOfThePreviousVersionIsLockedOnItsFirstStart() throws Exception {
        Path pg = dataDir.resolve("pg");
        Path work = dataDir.resolve("pg-bin");
        Files.createDirectories(pg);
        Files.createDirectories(work);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(pg)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(work.toFile())
                .start()) {
            try (Connection c = old.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create table kept (v text)");
                s.execute("insert into kept values ('trước nâng cấp')");
            }
        }
        assertThat(Files.exists(dataDir.resolve("secrets/db-password"))).isFalse();

        DatabaseConfig.EmbeddedDatabase db = DatabaseConfig.EmbeddedDatabase.persistent(dataDir, 0);
        try {
            assertThatThrownBy(() -> connect(db.jdbcUrl(), null)).isInstanceOf(SQLException.class);
            try (Connection c = connect(db.jdbcUrl(), password())) {
                assertThat(column(c, "select v from kept")).containsExactly("trước nâng cấp");
                assertThat(column(c, "select distinct auth_method from pg_hba_file_rules"))
                        .containsExactly("scram-sha-256");
            }
            assertThat(mode(dataDir.resolve("secrets/db-password"))).isEqualTo("rw-------");
            assertThat(writableByOthers(work)).isEmpty();
        } finally {
            db.release();
        }
    }

    private String password() throws IOException {
        return Files.readString(dataDir.resolve("secrets/db-password"), StandardCharsets.UTF_8)
                .strip();
    }

    private List<String> postmasterCommandLine() throws IOException {
        String pid = Files.readAllLines(dataDir.resolve("pg/postmaster.pid"))
                .getFirst()
                .strip();
        byte[] raw = Files.readAllBytes(Path.of("/proc", pid, "cmdline"));
        return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
    }

    static Connection connect(String url, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(url, props);
    }

    private static String show(Connection c, String name) throws SQLException {
        return column(c, "show " + name).getFirst();
    }

    private static String setting(Connection c, String name, String column) throws SQLException {
        return column(c, "select " + column + " from pg_settings where name = '" + name + "'")
                .getFirst();
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<Path> writableByOthers(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !Files.isSymbolicLink(p))
                    .filter(p -> {
                        try {
                            Set<PosixFilePermission> m = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                            return m.contains(PosixFilePermission.GROUP_WRITE)
                                    || m.contains(PosixFilePermission.OTHERS_WRITE);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}

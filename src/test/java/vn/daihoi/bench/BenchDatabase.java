package vn.daihoi.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database a benchmark measures: {@code DAIHOI_DB_URL} (+ user, password) when set, else the
 * embedded PostgreSQL 17 of the bench data directory ({@code -Dbench.data=target/bench-data}, loaded
 * once with {@code ./daihoi demo --scale national --data target/bench-data}) started here.
 */
final class BenchDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final String url;
    private final String user;
    private final String password;

    private BenchDatabase(EmbeddedPostgres postgres, String url, String user, String password) {
        this.postgres = postgres;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static BenchDatabase open() throws IOException {
        String url = System.getenv("DAIHOI_DB_URL");
        if (url != null && !url.isBlank()) {
            return new BenchDatabase(null, url, System.getenv("DAIHOI_DB_USER"), System.getenv("DAIHOI_DB_PASSWORD"));
        }
        Path dir = Path.of(System.getProperty("bench.data", "target/bench-data"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(dir.resolve("pg"))) {
            throw new IllegalStateException("Chưa có dữ liệu benchmark tại " + dir
                    + ": chạy trước ./daihoi demo --scale national --data " + dir);
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dir.resolve("pg-bin").toFile())
                .start();
        return new BenchDatabase(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }

    /** Starts the bench database and keeps it up until standard input closes, for psql and EXPLAIN. */
    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = open()) {
            System.out.println("psql '" + db.url.replace("jdbc:", "") + "'");
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        try (var s = c.createStatement()) {
            // A generic plan for "search_text like $1" cannot see how selective the pattern is and walked
            // millions of rows (minutes per query) after the fifth execution: always plan with the values.
            s.execute("set plan_cache_mode = force_custom_plan");
        }
        try (var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from org_unit where code = 'QG01'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                c.close();
                throw new IllegalStateException(
                        "Cơ sở dữ liệu chưa có dữ liệu toàn quốc: chạy ./daihoi demo --scale national trước");
            }
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}

package vn.daihoi.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The one database: an external PostgreSQL when {@code DAIHOI_DB_URL} is set, else an embedded
 * PostgreSQL 17 whose files live in {@code <data-dir>/pg} and survive restarts and crashes.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            @Value("${daihoi.db.url:}") String url,
            @Value("${daihoi.db.user:}") String user,
            @Value("${daihoi.db.password:}") String password,
            @Value("${daihoi.data-dir:./data}") String dataDir,
            @Value("${daihoi.db.embedded.ephemeral:false}") boolean ephemeral,
            @Value("${daihoi.db.pool-size:10}") int poolSize,
            @Value("${daihoi.db.embedded.port:0}") int embeddedPort,
            @Value("${daihoi.db.connection-timeout:5s}") Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("daihoi");
        // A database that does not answer shows as 503 within seconds, not after Hikari's default 30 s.
        config.setConnectionTimeout(connectionTimeout.toMillis());
        // the session's zone is Vietnam's, not the JVM default the driver sends: a timestamp cast to a date in SQL
        // is the day in Vietnam
        config.setConnectionInitSql("set time zone '" + Dates.ZONE.getId() + "'");
        if (StringUtils.hasText(url)) {
            log.info("Dùng PostgreSQL ngoài: {}", url);
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            return new HikariDataSource(config);
        }
        EmbeddedDatabase embedded =
                ephemeral ? EmbeddedDatabase.ephemeral() : EmbeddedDatabase.persistent(Path.of(dataDir), embeddedPort);
        config.setJdbcUrl(embedded.jdbcUrl());
        config.setUsername(PersistentPostgres.SUPERUSER);
        config.setPassword(embedded.password());
        try {
            return new EmbeddedBackedDataSource(config, embedded);
        } catch (RuntimeException e) {
            embedded.release(); // no bean, so nobody else would stop the server
            throw e;
        }
    }

    /** A pool that also stops the embedded server it draws from when the context closes. */
    static final class EmbeddedBackedDataSource extends HikariDataSource {
        private final EmbeddedDatabase embedded;

        EmbeddedBackedDataSource(HikariConfig config, EmbeddedDatabase embedded) {
            super(config);
            this.embedded = embedded;
        }

        /** The server under the pool (tests stop it to see the app answer an outage). */
        EmbeddedDatabase embedded() {
            return embedded;
        }

        @Override
        public void close() {
            super.close();
            embedded.release();
        }
    }

    /**
     * The embedded server. Tests share one ephemeral server per JVM (Spring caches contexts, and every
     * context would otherwise start its own): zonky's throw-away server, fast because it does not fsync and
     * trusts local connections, fit for tests only ({@code daihoi.db.embedded.ephemeral=true} is set in the
     * test configuration). The persistent one belongs to the running app: durable and password-protected
     * ({@link PersistentPostgres}).
     */
    static final class EmbeddedDatabase {
        private static EmbeddedDatabase shared;

        private final EmbeddedPostgres ephemeral;
        private final PersistentPostgres persistent;

        private EmbeddedDatabase(EmbeddedPostgres ephemeral, PersistentPostgres persistent) {
            this.ephemeral = ephemeral;
            this.persistent = persistent;
        }

        static synchronized EmbeddedDatabase ephemeral() {
            if (shared == null) {
                try {
                    shared = new EmbeddedDatabase(EmbeddedPostgres.builder().start(), null);
                } catch (IOException e) {
                    throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
            }
            return shared;
        }

        static EmbeddedDatabase persistent(Path dataDir, int port) {
            // No shutdown hook of its own: closing the context (Spring's hook, after the graceful shutdown has let
            // the requests in flight finish) closes the pool and then stops the server.
            return new EmbeddedDatabase(null, PersistentPostgres.start(dataDir, port, Duration.ofSeconds(120)));
        }

        String jdbcUrl() {
            return persistent != null ? persistent.jdbcUrl() : ephemeral.getJdbcUrl("postgres", "postgres");
        }

        String password() {
            return persistent != null ? persistent.password() : null;
        }

        void release() {
            if (persistent != null) {
                persistent.stop();
            }
        }

        private void stop() {
            try {
                ephemeral.close();
            } catch (IOException e) {
                log.warn("PostgreSQL nhúng không dừng gọn: {}", e.getMessage());
            }
        }
    }
}

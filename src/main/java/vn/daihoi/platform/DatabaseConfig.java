package vn.daihoi.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The one database: an external PostgreSQL when {@code DAIHOI_DB_URL} is set, else an embedded
 * PostgreSQL 17 whose files live in {@code <data-dir>/pg} and survive restarts.
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
            @Value("${daihoi.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("daihoi");
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
                ephemeral ? EmbeddedDatabase.ephemeral() : EmbeddedDatabase.persistent(Path.of(dataDir));
        config.setJdbcUrl(embedded.jdbcUrl());
        config.setUsername("postgres");
        return new EmbeddedBackedDataSource(config, embedded);
    }

    /** A pool that also stops the embedded server it draws from when the context closes. */
    static final class EmbeddedBackedDataSource extends HikariDataSource {
        private final EmbeddedDatabase embedded;

        EmbeddedBackedDataSource(HikariConfig config, EmbeddedDatabase embedded) {
            super(config);
            this.embedded = embedded;
        }

        @Override
        public void close() {
            super.close();
            embedded.release();
        }
    }

    /**
     * The embedded server. Tests share one ephemeral server per JVM (Spring caches contexts, and every
     * context would otherwise start its own); the persistent one belongs to the running app.
     */
    static final class EmbeddedDatabase {
        private static EmbeddedDatabase shared;

        private final EmbeddedPostgres postgres;
        private final boolean sharedInstance;

        private EmbeddedDatabase(EmbeddedPostgres postgres, boolean sharedInstance) {
            this.postgres = postgres;
            this.sharedInstance = sharedInstance;
        }

        static synchronized EmbeddedDatabase ephemeral() {
            if (shared == null) {
                try {
                    shared = new EmbeddedDatabase(EmbeddedPostgres.builder().start(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
            }
            return shared;
        }

        static EmbeddedDatabase persistent(Path dataDir) {
            try {
                Path pg = dataDir.toAbsolutePath().normalize().resolve("pg");
                Files.createDirectories(pg);
                Path work = dataDir.toAbsolutePath().normalize().resolve("pg-bin");
                Files.createDirectories(work);
                log.info("Khởi động PostgreSQL nhúng, dữ liệu tại {}", pg);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(pg)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(work.toFile())
                        .start();
                return new EmbeddedDatabase(postgres, false);
            } catch (IOException e) {
                throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng tại " + dataDir, e);
            }
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        void release() {
            if (!sharedInstance) {
                stop();
            }
        }

        private void stop() {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("PostgreSQL nhúng không dừng gọn: {}", e.getMessage());
            }
        }
    }
}

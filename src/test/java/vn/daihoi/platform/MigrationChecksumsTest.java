package vn.daihoi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A database migrated before stays valid: every migration listed in {@code db/migration-checksums.txt} (version,
 * description, checksum as Flyway computed them when the migrations lay flat in {@code db/migration/}) is still
 * resolved with the same checksum now that each module keeps its own under {@code db/migration/<module>/}. Flyway
 * validates an existing database by version, description and checksum (not by folder), so this is what keeps
 * installed databases starting. A migration once released is never edited; append the new ones to the list.
 */
class MigrationChecksumsTest {

    static final Path FROZEN = Path.of("src/test/resources/db/migration-checksums.txt");

    static Map<String, String> resolved() throws IOException {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Flyway flyway = Flyway.configure()
                    .dataSource(pg.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load();
            Map<String, String> found = new LinkedHashMap<>();
            for (MigrationInfo m : flyway.info().all()) {
                found.put(m.getVersion().getVersion(), m.getDescription() + " " + m.getChecksum());
            }
            return found;
        }
    }

    @Test
    void everyReleasedMigrationKeepsItsVersionDescriptionAndChecksum() throws IOException {
        Map<String, String> now = resolved();
        List<String> frozen = Files.readAllLines(FROZEN, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        assertThat(frozen).hasSizeGreaterThan(40);
        List<String> changed = new ArrayList<>();
        for (String line : frozen) {
            String[] p = line.split(" ", 2);
            if (!p[1].equals(now.get(p[0]))) {
                changed.add(line + " -> " + now.get(p[0]));
            }
        }
        assertThat(changed).as("released migrations changed or lost").isEmpty();
    }

    /** Writes the list (run by hand once, with -Dmigration.freeze=true, when a migration is added). */
    @Test
    void freeze() throws IOException {
        if (!Boolean.getBoolean("migration.freeze")) {
            return;
        }
        StringBuilder out = new StringBuilder(
                "# Released migrations: version, description, Flyway checksum (MigrationChecksumsTest)\n");
        resolved().forEach((v, rest) -> out.append(v).append(' ').append(rest).append('\n'));
        Files.writeString(FROZEN, out, StandardCharsets.UTF_8);
    }
}

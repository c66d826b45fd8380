package vn.daihoi.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.audit.AuditObjects;

/**
 * Every entity type the code writes to the log ({@code AuditLog.Change.of(action, "type", ...)}) has a rule from
 * its module: a page to link (its query runs) or a deliberate "text only" with a reason. A new audited type without
 * a rule fails here.
 */
@SpringBootTest
class AuditObjectRulesTest {

    /** The entity type: the second argument of Change.of, a string literal (across line breaks). */
    private static final Pattern CHANGE =
            Pattern.compile("Change\\.of\\(\\s*[^;]*?,\\s*\"([a-z_]+)\"\\s*,", Pattern.DOTALL);

    /** A value of each key kind that matches no object (the queries must run, not find). */
    private static final Map<String, String> NO_SUCH = Map.of("calendar_day", "1900-01-01", "official_tet", "1900");

    @Autowired
    AuditLinks links;

    @Autowired
    List<AuditObjects> modules;

    @Autowired
    JdbcClient jdbc;

    static Set<String> auditedTypes() {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CHANGE.matcher(Files.readString(f));
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    @Test
    void everyAuditedTypeLinksOrSaysWhyNot() {
        Set<String> types = auditedTypes();
        // the grep sees the types of the issue (and more as they come)
        assertThat(types)
                .contains("congress_case", "dossier_item", "election_round", "budget_item", "calendar_day", "user");
        List<String> missing = new ArrayList<>();
        for (String type : types) {
            var rule = links.rule(type);
            if (rule.isEmpty()) {
                missing.add(type + ": no rule");
            } else if (!rule.get().links() && rule.get().textOnlyReason().isBlank()) {
                missing.add(type + ": text only without a reason");
            }
        }
        assertThat(missing)
                .as("audited types without a rule (implement vn.daihoi.audit.AuditObjects)")
                .isEmpty();
    }

    @Test
    void everyRuleQueryRunsAndAnswersNameRefAndUnit() {
        for (AuditObjects m : modules) {
            for (AuditObjects.Rule r : m.rules()) {
                if (!r.links()) {
                    continue;
                }
                assertThat(r.path()).as(r.entityType()).startsWith("/");
                assertThatCode(() -> {
                            List<Map<String, Object>> rows = jdbc.sql(r.sql())
                                    .param(NO_SUCH.getOrDefault(r.entityType(), "0"))
                                    .query()
                                    .listOfRows();
                            for (Map<String, Object> row : rows) {
                                assertThat(row).containsKeys("name", "ref", "org_id");
                            }
                        })
                        .as(r.entityType())
                        .doesNotThrowAnyException();
            }
        }
    }
}

package vn.daihoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (issue 15). A table belongs to the module whose migration folder
 * ({@code db/migration/<module>/}) creates it; other modules read and change it only through the owner's Java API
 * (or an SQL fragment the owner writes and hands out, whose text then lives in the owner's files, e.g.
 * {@code org.OrgSql}, {@code season.CaseSql}). The test reads the SQL of each module's Java code (string literals and text blocks holding
 * SQL) and fails on a table another module owns, unless it is in {@link #PENDING} (today's violations, which only
 * shrink) or {@link #ALLOWED} (a short list, each with its reason).
 */
class TableOwnershipTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/vn/daihoi");

    /**
     * Tables created in another module's migration because one migration made the tables of several modules at once
     * (released migrations are never split: their checksums are in installed databases).
     */
    static final Map<String, String> CREATED_ELSEWHERE = Map.of(
            // elections/V2026.11.24.10__congress_day.sql made the congress day's skeleton: the roll's tables too
            "roll_entry", "roll",
            "roll_checkin", "roll");

    /** Uses of another module's table that are right where they are: module -> table -> reason. */
    static final Map<String, Map<String, String>> ALLOWED = Map.of(
            "platform",
            Map.of(
                    "audit_entry", "the Flyway Java migration sealing the chains runs before any module starts",
                    "audit_head", "the Flyway Java migration sealing the chains runs before any module starts",
                    "chain_legacy", "the Flyway Java migration sealing the chains runs before any module starts",
                    "keying_round", "the Flyway Java migration sealing the chains runs before any module starts"));

    /**
     * Pending, issue 15: the uses of other modules' tables found when the test was written (module -> tables). Each
     * moves to the owner's API; remove it here then (the test fails on an entry no longer used, so this only shrinks).
     * Never add to it: use the owner's API.
     */
    static final Map<String, Set<String>> PENDING = Map.ofEntries(Map.entry(
            "demo",
            Set.of(
                    "app_user",
                    "congress_case",
                    "congress_transition",
                    "member",
                    "member_assignment",
                    "org_closure",
                    "org_unit",
                    "org_version",
                    "roll_checkin",
                    "roll_entry",
                    "round_candidate")));

    /** Keywords that make a string literal SQL rather than a message or a name. */
    static final Pattern SQL =
            Pattern.compile("(?s)\\b(select\\b.*\\bfrom|insert\\s+into|update\\s+\\w+\\s+(\\w+\\s+)?set"
                    + "|delete\\s+from|join\\s+\\w+(\\s+\\w+)?\\s+on|copy\\s+\\w+|truncate\\s+\\w+|lock\\s+table)\\b"
                    // a piece of a longer statement: "from x", "join x", "where ..." opening a literal (SQL is written
                    // lower case)
                    + "|^\\s*(from|join|left join|where|and|or|union|exists|select|with|on conflict)\\s");

    static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    record Use(String module, String table, String file) {
        @Override
        public String toString() {
            return module + " → " + table + " (" + file + ")";
        }
    }

    /** table -> owning module. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> modules = Files.list(MIGRATIONS)) {
            for (Path dir : modules.filter(Files::isDirectory).toList()) {
                String module = dir.getFileName().toString();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path sql :
                            files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                        Matcher m = CREATE_TABLE.matcher(Files.readString(sql, StandardCharsets.UTF_8));
                        while (m.find()) {
                            String table = m.group(1).toLowerCase();
                            owners.put(table, CREATED_ELSEWHERE.getOrDefault(table, module));
                        }
                    }
                }
            }
        }
        return owners;
    }

    /** Every use of another module's table in a module's SQL. */
    static List<Use> foreignUses() throws IOException {
        Map<String, String> owners = owners();
        Pattern names = Pattern.compile("(?i)(?<![\\w.:$])(" + String.join("|", owners.keySet()) + ")(?![\\w(])");
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path dir : modules.filter(Files::isDirectory).sorted().toList()) {
                String module = dir.getFileName().toString();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path java : files.filter(f -> f.toString().endsWith(".java"))
                            .sorted()
                            .toList()) {
                        Set<String> seen = new TreeSet<>();
                        for (String literal : stringLiterals(Files.readString(java, StandardCharsets.UTF_8))) {
                            if (!SQL.matcher(literal).find()) {
                                continue;
                            }
                            // quoted SQL values ('member', 'draft') are values, not tables
                            Matcher m = names.matcher(literal.replaceAll("'[^']*'", "''"));
                            while (m.find()) {
                                String table = m.group(1).toLowerCase();
                                if (!owners.get(table).equals(module) && seen.add(table)) {
                                    uses.add(new Use(
                                            module,
                                            table,
                                            SOURCES.relativize(java).toString()));
                                }
                            }
                        }
                    }
                }
            }
        }
        return uses;
    }

    /** The string literals and text blocks of a Java source, comments and char literals skipped. */
    static List<String> stringLiterals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                i = src.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !(src.startsWith("\"\"\"", end) && src.charAt(end - 1) != '\\')) {
                    end++;
                }
                out.add(src.substring(i + 3, Math.min(end, n)));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                while (j < n && src.charAt(j) != c) {
                    if (src.charAt(j) == '\\') {
                        j++;
                    }
                    if (j < n) {
                        s.append(src.charAt(j));
                    }
                    j++;
                }
                if (c == '"') {
                    out.add(s.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    @Test
    void everyTableHasOneOwner() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners).containsKeys("congress_case", "org_closure", "app_user", "member", "keying_log");
        assertThat(owners).containsEntry("org_closure", "org").containsEntry("roll_entry", "roll");
        try (Stream<Path> modules = Files.list(MIGRATIONS)) {
            assertThat(modules.filter(p -> p.toString().endsWith(".sql")).toList())
                    .as("a migration lives in its module's folder, db/migration/<module>/")
                    .isEmpty();
        }
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTables() throws IOException {
        List<String> forbidden = new ArrayList<>();
        Map<String, Set<String>> stillUsed = new TreeMap<>();
        for (Use use : foreignUses()) {
            stillUsed.computeIfAbsent(use.module(), k -> new TreeSet<>()).add(use.table());
            boolean allowed = ALLOWED.getOrDefault(use.module(), Map.of()).containsKey(use.table());
            boolean pending = PENDING.getOrDefault(use.module(), Set.of()).contains(use.table());
            if (!allowed && !pending) {
                forbidden.add(use.toString());
            }
        }
        assertThat(forbidden)
                .as("SQL naming another module's table: use the owner's API (module → table (file))")
                .isEmpty();
        List<String> stale = new ArrayList<>();
        PENDING.forEach((module, tables) -> tables.stream()
                .filter(t -> !stillUsed.getOrDefault(module, Set.of()).contains(t))
                .forEach(t -> stale.add(module + " → " + t)));
        ALLOWED.forEach((module, tables) -> tables.keySet().stream()
                .filter(t -> !stillUsed.getOrDefault(module, Set.of()).contains(t))
                .forEach(t -> stale.add(module + " → " + t)));
        assertThat(stale)
                .as("no longer used: remove from PENDING / ALLOWED (the lists only shrink)")
                .isEmpty();
    }

    @Test
    void theScanSeesSqlAndOnlySql() {
        List<String> literals = stringLiterals("""
                // "select * from member" in a comment
                String a = "select name from org_version v join org_closure c on c.ancestor_id = v.org_id";
                String b = \"""
                    update congress_case set state = 'member' where id = ?
                    \""";
                char q = '"';
                String c = "member \\"quoted\\"";
                """);
        assertThat(literals).hasSize(3);
        assertThat(SQL.matcher(literals.get(0)).find()).isTrue();
        assertThat(SQL.matcher(literals.get(1)).find()).isTrue();
        assertThat(SQL.matcher(literals.get(2)).find()).isFalse();
        assertThat(SQL.matcher("The member came from the district").find()).isFalse();
    }
}

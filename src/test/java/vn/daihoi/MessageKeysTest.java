package vn.daihoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message a page or a service names exists in the bundles, in Vietnamese and in English. A key removed with
 * one feature while another still uses it would otherwise show the raw key (or "??key_vi??") to a user; this
 * happened once when two branches were merged.
 */
class MessageKeysTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z]+\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        TreeMap<String, Set<String>> differences = new TreeMap<>();
        for (Path vi : vietnameseBundles()) {
            String name = vi.getFileName().toString().replace(".properties", "");
            Set<String> viKeys = keys(vi);
            Set<String> enKeys = keys(BUNDLES.resolve(name + "_en.properties"));
            Set<String> onlyOne = new TreeSet<>(viKeys);
            onlyOne.addAll(enKeys);
            Set<String> both = new HashSet<>(viKeys);
            both.retainAll(enKeys);
            onlyOne.removeAll(both);
            if (!onlyOne.isEmpty()) {
                differences.put(name, onlyOne);
            }
        }
        assertThat(differences).as("keys in only one of vi/en").isEmpty();
    }

    @Test
    void everyKeyUsedByATemplateOrAServiceExists() throws IOException {
        Set<String> known = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Path vi : vietnameseBundles()) {
            for (String key : keys(vi)) {
                known.add(key);
                prefixes.add(key.substring(0, Math.max(key.indexOf('.'), 0)));
            }
        }
        TreeMap<String, String> missing = new TreeMap<>();
        scan(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY, known, null, missing);
        scan(Path.of("src/main/java"), ".java", JAVA_LITERAL, known, prefixes, missing);
        assertThat(missing)
                .as("message keys used but in no bundle (key -> first file)")
                .isEmpty();
    }

    private static void scan(
            Path root,
            String suffix,
            Pattern pattern,
            Set<String> known,
            Set<String> prefixes,
            TreeMap<String, String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    boolean aMessage = prefixes == null || prefixes.contains(key.substring(0, key.indexOf('.')));
                    if (aMessage && !known.contains(key)) {
                        missing.putIfAbsent(key, root.relativize(file).toString());
                    }
                }
            }
        }
    }

    private static Iterable<Path> vietnameseBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().contains("_"))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames();
    }
}

package vn.daihoi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One label per code: every constant of a code enum (an enum with {@code labelKey()}) has its label in Vietnamese and
 * English, and no second family of keys labels the same enum (a state read "Đã nộp hồ sơ" on the progress page
 * and "Đã trình hồ sơ" on the case page because two bundles each labelled all the states).
 */
class CodeLabelsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /** Other grammatical forms of a code, not a second label: the noun inside a sentence ("100% chi bộ ..."). */
    private static final Set<String> FORMS = Set.of("progress.unitNoun");

    @Test
    void everyCodeHasItsLabelInBothLanguages() throws Exception {
        Set<String> vi = keys(false);
        Set<String> en = keys(true);
        TreeMap<String, String> missing = new TreeMap<>();
        for (Class<? extends Enum<?>> type : codeEnums()) {
            Method labelKey = type.getMethod("labelKey");
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = (String) labelKey.invoke(constant);
                if (!vi.contains(key)) {
                    missing.put(type.getSimpleName() + "." + constant.name(), key + " (vi)");
                } else if (!en.contains(key)) {
                    missing.put(type.getSimpleName() + "." + constant.name(), key + " (en)");
                }
            }
        }
        assertThat(codeEnums()).hasSizeGreaterThan(10);
        assertThat(missing).as("codes without a label").isEmpty();
    }

    @Test
    void noCodeIsLabelledByASecondFamilyOfKeys() throws Exception {
        Set<String> vi = keys(false);
        TreeMap<String, List<String>> duplicates = new TreeMap<>();
        Set<String> owned = new HashSet<>(FORMS);
        for (Class<? extends Enum<?>> type : codeEnums()) {
            Enum<?> first = type.getEnumConstants()[0];
            owned.add(prefix((String) type.getMethod("labelKey").invoke(first), first));
        }
        for (Class<? extends Enum<?>> type : codeEnums()) {
            Enum<?>[] constants = type.getEnumConstants();
            if (constants.length < 3) {
                continue; // two-valued codes (yes/no, in/out) share suffixes with unrelated keys by chance
            }
            String own = prefix((String) type.getMethod("labelKey").invoke(constants[0]), constants[0]);
            // A family is a prefix P such that P.<CONSTANT> exists for every constant of the enum.
            Set<String> families = new TreeSet<>();
            for (String key : vi) {
                if (key.endsWith("." + constants[0].name())) {
                    String p = prefix(key, constants[0]);
                    boolean all = true;
                    for (Enum<?> c : constants) {
                        all &= vi.contains(p + "." + c.name());
                    }
                    if (all) {
                        families.add(p);
                    }
                }
            }
            families.remove(own);
            families.removeAll(owned); // another code's own family (PersonnelBody's constants are some of Body's)
            if (!families.isEmpty()) {
                duplicates.put(type.getSimpleName() + " (own: " + own + ")", new ArrayList<>(families));
            }
        }
        assertThat(duplicates).as("codes labelled twice").isEmpty();
    }

    private static String prefix(String key, Enum<?> constant) {
        return key.substring(0, key.length() - constant.name().length() - 1);
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends Enum<?>>> codeEnums() throws ClassNotFoundException {
        List<Class<? extends Enum<?>>> out = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.daihoi")) {
            if (c.isEnum() && c.tryGetMethod("labelKey").isPresent()) {
                out.add((Class<? extends Enum<?>>) Class.forName(c.getName()));
            }
        }
        return out;
    }

    static Set<String> keys(boolean english) throws IOException {
        Set<String> out = new HashSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> p.getFileName().toString().contains("_en") == english)
                    .toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                out.addAll(p.stringPropertyNames());
            }
        }
        return out;
    }
}

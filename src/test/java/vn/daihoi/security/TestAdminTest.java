package vn.daihoi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The admin's password is written once in test Java, in {@link TestAdmin}; every other test goes through it. */
class TestAdminTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Path HOME = TESTS.resolve("vn/daihoi/security/TestAdmin.java");

    @Test
    void thePasswordLiteralLivesOnlyInTestAdmin() throws IOException {
        String literal = TestAdmin.PASSWORD;
        assertThat(Files.readString(HOME)).contains("\"" + literal + "\"");
        try (Stream<Path> files = Files.walk(TESTS)) {
            List<Path> elsewhere = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.equals(HOME))
                    .filter(f -> read(f).contains(literal))
                    .toList();
            assertThat(elsewhere)
                    .as("use TestAdmin.PASSWORD (or its helpers) instead of the literal")
                    .isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}

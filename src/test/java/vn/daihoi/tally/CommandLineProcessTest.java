package vn.daihoi.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code Main tally} in a fresh JVM, as the launcher does, and checks from the class-loading log
 * that no Spring class is loaded: the offline recount must not start the web stack.
 */
class CommandLineProcessTest {

    @Test
    void tallyRunsInAFreshJvmWithoutLoadingSpring() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target/tmp/tally-process"));
        Path log = dir.resolve("classes.log");
        Path stdout = dir.resolve("stdout.json");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xlog:class+load=info:file=" + log,
                        "-cp",
                        classpath,
                        "vn.daihoi.Main",
                        "tally",
                        "src/test/resources/counting/T4_tie_at_last_seat_needs_runoff.record.json"))
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(stdout, StandardCharsets.UTF_8)).contains("\"status\" : \"RUNOFF_REQUIRED\"");
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(line -> line.contains("vn.daihoi.counting.Counting "));
        assertThat(loaded).noneMatch(line -> line.contains("org.springframework"));
        assertThat(classpath).contains(File.pathSeparator);
    }
}

package vn.daihoi.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.daihoi.tally.RecordJson;
import vn.daihoi.tally.ResultJson;

/**
 * One golden fixture per rule: {@code NAME.record.json} in, {@code NAME.expected.json} out, compared as
 * JSON trees (key order and spacing do not matter, every value does). Run with
 * {@code -Dcounting.golden.write=true} to write missing expected files for review.
 */
class GoldenFixturesTest {

    static final Path DIR = Path.of("src/test/resources/counting");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".record.json"))
                    .map(n -> n.substring(0, n.length() - ".record.json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static String recount(String json) {
        try {
            return ResultJson.write(Counting.count(RecordJson.read(json)));
        } catch (RecordJson.BadRecord e) {
            return ResultJson.write(ResultJson.badRecord(e.getMessage()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void recountMatchesTheGoldenResult(String name) throws IOException {
        String actual = recount(Files.readString(DIR.resolve(name + ".record.json"), StandardCharsets.UTF_8));
        Path expected = DIR.resolve(name + ".expected.json");
        if (!Files.exists(expected) && Boolean.getBoolean("counting.golden.write")) {
            Files.writeString(expected, actual + "\n", StandardCharsets.UTF_8);
        }
        assertThat(expected).as("golden result for " + name).exists();
        JsonNode want = JSON.readTree(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(JSON.readTree(actual)).as(name).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void errorsCarryVietnameseMessages(String name) throws IOException {
        JsonNode out = JSON.readTree(recount(Files.readString(DIR.resolve(name + ".record.json"))));
        for (JsonNode e : out.get("errors")) {
            assertThat(e.get("message").asString()).isNotBlank().doesNotContain("Exception");
        }
    }
}

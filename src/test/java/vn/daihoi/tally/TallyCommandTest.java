package vn.daihoi.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The offline commands: exit codes, the JSON on stdout, Vietnamese usage errors on stderr. */
class TallyCommandTest {

    static final Path FIXTURES = Path.of("src/test/resources/counting");
    static final Path TMP = Path.of("target/tmp/tally-test");
    static final JsonMapper JSON = JsonMapper.builder().build();

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int tally(String... args) {
        return TallyCommand.tally(List.of(args), utf8(out), utf8(err));
    }

    static PrintStream utf8(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    JsonNode expected(String name) throws IOException {
        return JSON.readTree(Files.readString(FIXTURES.resolve(name + ".expected.json")));
    }

    @Test
    void decidedRecordPrintsTheResultAndExitsZero() throws IOException {
        String name = "T3_159_ballots_21_seats_per_ballot";
        assertThat(tally(FIXTURES.resolve(name + ".record.json").toString())).isZero();
        assertThat(JSON.readTree(stdout())).isEqualTo(expected(name));
        assertThat(stdout()).contains("\"percentOfBase\" : \"94.34\"", "Nguyễn");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void runoffIsAResultToo() throws IOException {
        String name = "T4_tie_at_last_seat_needs_runoff";
        assertThat(tally(FIXTURES.resolve(name + ".record.json").toString())).isZero();
        assertThat(JSON.readTree(stdout()).get("status").asString()).isEqualTo("RUNOFF_REQUIRED");
    }

    @Test
    void refusedRecordExitsTwoWithTheReasonsOnStdout() {
        assertThat(tally(FIXTURES.resolve("T12_error_collected_exceeds_issued.record.json")
                        .toString()))
                .isEqualTo(2);
        JsonNode result = JSON.readTree(stdout());
        assertThat(result.get("status").asString()).isEqualTo("ERROR");
        assertThat(result.get("errors").get(0).get("code").asString()).isEqualTo("COLLECTED_EXCEEDS_ISSUED");
        assertThat(result.get("errors").get(0).get("message").asString()).contains("counts.collected");
    }

    @Test
    void brokenJsonIsABadRecordNotAStackTrace() {
        assertThat(tally(FIXTURES.resolve("error_bad_record_malformed_json.record.json")
                        .toString()))
                .isEqualTo(2);
        assertThat(stdout()).contains("BAD_RECORD", "không phải JSON hợp lệ").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitOneInVietnamese() {
        assertThat(tally()).isEqualTo(1);
        assertThat(stderr()).contains("Cách dùng: daihoi tally [--minutes-pdf BIEN-BAN.pdf] RECORD.json");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(tally("--pdf", "x")).isEqualTo(1);
        assertThat(stderr()).contains("Cách dùng");
    }

    @Test
    void missingFileIsAUsageError() {
        assertThat(tally("target/không-có.json")).isEqualTo(1);
        assertThat(stderr()).contains("Không tìm thấy tệp bản ghi");
    }

    @Test
    void hugeFileIsRefusedBeforeParsing() throws IOException {
        Files.createDirectories(TMP);
        Path huge = TMP.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024); // sparse: costs no disk
        }
        try {
            assertThat(tally(huge.toString())).isEqualTo(2);
            assertThat(stdout()).contains("BAD_RECORD", "quá lớn", "100 MB");
        } finally {
            Files.delete(huge);
        }
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Files.createDirectories(TMP);
        Path latin1 = TMP.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        assertThat(tally(latin1.toString())).isEqualTo(2);
        assertThat(stdout()).contains("không phải văn bản UTF-8");
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        String name = "T1_exactly_half_fails";
        String record = Files.readString(FIXTURES.resolve(name + ".record.json"))
                .replaceFirst("\\{", "{\"exportedBy\": \"daihoi 0.1\", \"extra\": {\"a\": [1, 2]},");
        Files.createDirectories(TMP);
        Path file = TMP.resolve("extra.json");
        Files.writeString(file, record);
        assertThat(tally(file.toString())).isZero();
        assertThat(JSON.readTree(stdout())).isEqualTo(expected(name));
    }

    @Test
    void sortNamesUsesBallotOrderTrimsNormalisesAndSkipsBlankLines() {
        String input = String.join(
                "\n",
                "  Trần Thị Bình  ",
                "",
                "Phạm Văn Ân",
                "Nguyễn Văn An\t01/01/1980",
                "   ",
                "Bùi Thị Ánh",
                // decomposed (NFD) input comes out composed (NFC)
                java.text.Normalizer.normalize("Đặng Văn Anh", java.text.Normalizer.Form.NFD),
                "Lê   Văn An",
                "Nguyễn Văn An\t02/03/1970");
        int status = TallyCommand.sortNames(
                List.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), utf8(out), utf8(err));
        assertThat(status).isZero();
        assertThat(stdout().lines().toList())
                .containsExactly(
                        "Lê Văn An",
                        "Nguyễn Văn An\t02/03/1970",
                        "Nguyễn Văn An\t01/01/1980",
                        "Đặng Văn Anh",
                        "Bùi Thị Ánh",
                        "Phạm Văn Ân",
                        "Trần Thị Bình");
    }

    @Test
    void sortNamesRejectsABadBirthDateNamingTheLine() {
        int status = TallyCommand.sortNames(
                List.of(),
                new ByteArrayInputStream("An\nNguyễn Văn Bình\t31/02/1970\n".getBytes(StandardCharsets.UTF_8)),
                utf8(out),
                utf8(err));
        assertThat(status).isEqualTo(1);
        assertThat(stderr()).contains("Dòng 2", "31/02/1970");
    }

    @Test
    void sortNamesTakesNoArguments() {
        assertThat(TallyCommand.sortNames(List.of("x"), new ByteArrayInputStream(new byte[0]), utf8(out), utf8(err)))
                .isEqualTo(1);
        assertThat(stderr()).contains("Cách dùng: daihoi sort-names");
    }
}

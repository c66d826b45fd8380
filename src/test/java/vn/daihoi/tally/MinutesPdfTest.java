package vn.daihoi.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The counting minutes, read back from the PDF: every field of elections.md §6 is there. */
class MinutesPdfTest {

    static final Path FIXTURES = Path.of("src/test/resources/counting");
    static final Path TMP = Path.of("target/tmp/minutes-test");

    static final String MINUTES = """
            "minutes": {
              "superior": "Đảng bộ quận Hoàn Kiếm",
              "organisation": "Đảng bộ phường Quang Trung",
              "congress": "Đại hội Đảng bộ phường Quang Trung lần thứ XV",
              "term": "2025–2030",
              "place": "Quang Trung",
              "date": "22/11/2026",
              "time": "16 giờ 30",
              "head": "Ngô Thị Hạnh",
              "members": ["Lý Văn Khải", "Dương Thị Mến"],
              "countingMode": "KEYED",
              "entryLog": ["08:10 máy 1, 2, 3 nhập 159 phiếu; ba lần nhập khớp nhau"],
              "complaints": ["Đồng chí Hồ Văn Lực hỏi về phiếu số 12; Ban kiểm phiếu kiểm tra lại, giữ nguyên"]
            },""";

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static int tally(Path record, Path pdf, ByteArrayOutputStream out) {
        return TallyCommand.tally(
                List.of("--minutes-pdf", pdf.toString(), record.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    static Path withMinutes(String fixture) throws IOException {
        Files.createDirectories(TMP);
        String json =
                Files.readString(FIXTURES.resolve(fixture + ".record.json")).replaceFirst("\\{", "{" + MINUTES);
        Path record = TMP.resolve(fixture + ".json");
        Files.writeString(record, json);
        return record;
    }

    @Test
    void minutesCarryEveryFieldAsAPartyDocument() throws IOException {
        Path pdf = TMP.resolve("t3.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(tally(withMinutes("T3_159_ballots_21_seats_per_ballot"), pdf, out))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"DECIDED\"");
        String text = text(pdf);
        assertThat(text)
                .contains(
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "ĐẢNG BỘ QUẬN HOÀN KIẾM",
                        "ĐẢNG BỘ PHƯỜNG QUANG TRUNG",
                        "Quang Trung, ngày 22 tháng 11 năm 2026",
                        "BIÊN BẢN KIỂM PHIẾU",
                        "Bầu Ban Chấp hành Đảng bộ phường Quang Trung khóa XV",
                        "lần bầu thứ 1",
                        "Đại hội Đảng bộ phường Quang Trung lần thứ XV, nhiệm kỳ 2025–2030",
                        "21 người",
                        "Trưởng ban: Ngô Thị Hạnh",
                        "Lý Văn Khải, Dương Thị Mến",
                        "Tổng số được triệu tập: 165",
                        "Trừ chuyển sinh hoạt tạm thời: 3",
                        "Trừ miễn sinh hoạt và vắng mặt: 1",
                        "(D, căn cứ tính kết quả): 159",
                        "số phiếu cần để trúng cử: 80",
                        "Có mặt: 159",
                        "Phát ra: 159 phiếu; thu vào: 159 phiếu",
                        "Hợp lệ: 156 phiếu; không hợp lệ: 3 phiếu",
                        "Để lại nhiều tên hơn số lượng cần bầu: 2 phiếu",
                        "94,34%",
                        "55,35%",
                        "49,69%",
                        "Những người trúng cử (theo số phiếu)",
                        "Hồ Văn Lực hỏi về phiếu số 12",
                        "nhập phiếu bằng tay trên máy tính",
                        "ba lần nhập khớp nhau",
                        "Phiếu gạch hết tên: không hợp lệ",
                        "Biên bản lập xong lúc 16 giờ 30",
                        "TRƯỞNG BAN KIỂM PHIẾU",
                        "CÁC THÀNH VIÊN BAN KIỂM PHIẾU")
                .doesNotContain("94.34");
        // the list in ballot order, the elected by votes: C01 (150 votes) heads the elected list
        assertThat(text).containsPattern("1\\. [^:]+: 150 phiếu, 94,34%");
    }

    /** The minutes word each code as the one bundle does (i18n/codes), the same words the pages show. */
    @Test
    void minutesWordTheCodesAsTheBundle() throws IOException {
        java.util.Properties codes = new java.util.Properties();
        try (var r = Files.newBufferedReader(Path.of("src/main/resources/i18n/codes.properties"))) {
            codes.load(r);
        }
        Path pdf = TMP.resolve("t3-codes.pdf");
        assertThat(tally(withMinutes("T3_159_ballots_21_seats_per_ballot"), pdf, new ByteArrayOutputStream()))
                .isZero();
        String overvote = codes.getProperty("code.InvalidReason.OVERVOTE");
        assertThat(text(pdf))
                .contains("Trừ " + codes.getProperty("code.Exclusion.TEMPORARY_TRANSFER") + ": 3")
                .contains("Trừ " + codes.getProperty("code.Exclusion.EXEMPT_ABSENT") + ": 1")
                .contains(Character.toUpperCase(overvote.charAt(0)) + overvote.substring(1) + ": 2 phiếu");
    }

    @Test
    void runoffAndAgreeDisagreeColumnsAppear() throws IOException {
        Path pdf = TMP.resolve("t4.pdf");
        assertThat(tally(withMinutes("T4_tie_at_last_seat_needs_runoff"), pdf, new ByteArrayOutputStream()))
                .isZero();
        assertThat(text(pdf)).contains("Bằng phiếu ở vị trí cuối", "1 chỗ còn lại", "50,57%");

        Path pdf9 = TMP.resolve("t9.pdf");
        assertThat(tally(withMinutes("T9_agree_disagree_two_deputies"), pdf9, new ByteArrayOutputStream()))
                .isZero();
        assertThat(text(pdf9)).contains("Đồng ý", "Không đồng ý", "86,67%", "Còn thiếu 1 người");
    }

    @Test
    void refusedRecordWritesNoMinutes() throws IOException {
        Path pdf = TMP.resolve("refused.pdf");
        Files.deleteIfExists(pdf);
        assertThat(tally(
                        FIXTURES.resolve("T12_error_collected_exceeds_issued.record.json"),
                        pdf,
                        new ByteArrayOutputStream()))
                .isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }
}

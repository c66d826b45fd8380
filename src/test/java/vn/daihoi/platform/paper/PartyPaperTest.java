package vn.daihoi.platform.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The one Party paper: the place-and-date line as Hướng dẫn 36-HD/VPTW writes it, and every part of a paper
 * read back from its PDF and its DOCX in the same order.
 */
class PartyPaperTest {

    @Test
    void daysBelowTenAndJanuaryFebruaryTakeALeadingZero() {
        assertThat(PartyPaper.placeAndDate("Hà Nội", LocalDate.of(2019, 12, 10)))
                .isEqualTo("Hà Nội, ngày 10 tháng 12 năm 2019");
        assertThat(PartyPaper.placeAndDate("Tây Ninh", LocalDate.of(2020, 2, 5)))
                .isEqualTo("Tây Ninh, ngày 05 tháng 02 năm 2020");
        assertThat(PartyPaper.placeAndDate("Huế", LocalDate.of(2025, 3, 1))).isEqualTo("Huế, ngày 01 tháng 3 năm 2025");
        assertThat(PartyPaper.placeAndDate(" ", LocalDate.of(2025, 11, 9))).isEqualTo("ngày 09 tháng 11 năm 2025");
    }

    @Test
    void recipientsAndBodyAreReadLineByLine() {
        assertThat(PartyPaper.lines("Các chi bộ,\r\n\n  Lưu Văn phòng. "))
                .containsExactly("Các chi bộ,", "Lưu Văn phòng.");
        assertThat(PartyPaper.lines(null)).isEmpty();
    }

    static final PartyPaper PAPER = PartyPaper.issuedBy("Đảng bộ quận Hoàn Kiếm", "Đảng bộ phường Quang Trung")
            .symbol("Số 12-BB/ĐU", null)
            .placeAndDate("Quang Trung, ngày 22 tháng 11 năm 2026")
            .title("BIÊN BẢN KIỂM PHIẾU")
            .subtitle("Bầu Ban Chấp hành — lần bầu thứ 1")
            .heading("1. Số phiếu")
            .add(new PartyPaper.Para(List.of("Phát ra: 159 phiếu.", "Thu vào: 158 phiếu & 1 phiếu <hỏng>.")))
            .add(new PartyPaper.Table(List.of(
                    PartyPaper.Row.header(List.of("STT", "Họ và tên", "Số phiếu")),
                    new PartyPaper.Row(
                            List.of(PartyPaper.Cell.of("Nhóm một").spanning(2).inBold(), PartyPaper.Cell.number(150))),
                    new PartyPaper.Row(List.of(
                            PartyPaper.Cell.number(1),
                            PartyPaper.Cell.of("Ngô Thị Hạnh"),
                            PartyPaper.Cell.number(150))))))
            .recipients(List.of("- Lưu Văn phòng."))
            .sign(PartyPaper.Signer.byHand("TM. BAN KIỂM PHIẾU", "TRƯỞNG BAN", List.of("Ngô Thị Hạnh")))
            .build();

    static final List<String> IN_ORDER = List.of(
            "ĐẢNG BỘ QUẬN HOÀN KIẾM",
            "ĐẢNG BỘ PHƯỜNG QUANG TRUNG",
            "Số 12-BB/ĐU",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Quang Trung, ngày 22 tháng 11 năm 2026",
            "BIÊN BẢN KIỂM PHIẾU",
            "Bầu Ban Chấp hành — lần bầu thứ 1",
            "1. Số phiếu",
            "Phát ra: 159 phiếu.",
            "Thu vào: 158 phiếu & 1 phiếu <hỏng>.",
            "Nhóm một",
            "Ngô Thị Hạnh",
            "Nơi nhận:",
            "- Lưu Văn phòng.",
            "TM. BAN KIỂM PHIẾU",
            "TRƯỞNG BAN",
            PartyPaper.SIGN_HINT);

    @Test
    void thePdfPrintsEveryPartInOrderOnA4() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PartyPaperPdf.render(PAPER))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).containsSubsequence(IN_ORDER);
        }
        assertThat(PartyPaperPdf.CSS).containsOnlyOnce("@page");
    }

    @Test
    void theDocxPrintsTheSamePartsAndSpansTheGroupRow() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(PartyPaperDocx.render(PAPER)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText().replaceAll("\\s+", " ")).contains(IN_ORDER);
            var grid = docx.getTables().get(1);
            assertThat(grid.getRow(1).getTableCells()).hasSize(2);
            assertThat(grid.getRow(2).getTableCells()).hasSize(3);
            assertThat(grid.getRow(1)
                            .getCell(0)
                            .getCTTc()
                            .getTcPr()
                            .getGridSpan()
                            .getVal()
                            .intValue())
                    .isEqualTo(2);
        }
    }
}

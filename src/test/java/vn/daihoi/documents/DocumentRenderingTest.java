package vn.daihoi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.org.TreeMaintenance;

/** A plan printed in the layout of Hướng dẫn 36-HD/VPTW, read back from the PDF and the DOCX. */
@SpringBootTest
class DocumentRenderingTest {

    @Autowired
    DocumentRegister register;

    @Autowired
    DocumentRendering rendering;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    UserDetailsService users;

    long id;

    @BeforeEach
    void setUp() {
        DocumentTree tree = new DocumentTree(jdbc, tx, maintenance, users);
        tree.signIn("admin");
        long bloc = tree.node(
                "Đảng bộ Khối Doanh nghiệp Trung ương", "DIRECTLY_UNDER_CENTRAL", "AGENCY_BLOC", null, tree.root());
        long bank =
                tree.node("Đảng bộ Ngân hàng Phát triển Việt Nam", "GRASSROOTS_COMMITTEE", "ENTERPRISE", null, bloc);
        id = register.issue(new NewDocument(
                        bank,
                        null,
                        IssuingOrgan.BTV,
                        null,
                        DocumentType.KE_HOACH,
                        null,
                        null,
                        LocalDate.of(2019, 12, 10),
                        "Hà Nội",
                        "Tổ chức đại hội các chi bộ trực thuộc, tiến tới Đại hội đại biểu Đảng bộ lần thứ IV",
                        "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.\n"
                                + "Ban Thường vụ Đảng ủy xây dựng kế hoạch như sau: đảm bảo dân chủ, đoàn kết.",
                        "T/M Ban Thường vụ",
                        "Phó Bí thư",
                        "Nguyễn Thị Hường",
                        "Đảng ủy Khối DNTW (để b/c),\nCác chi bộ trực thuộc,\nLưu Văn phòng Đảng ủy.",
                        Direction.OUTGOING,
                        List.of(),
                        null))
                .id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePdfHasEveryPartWithItsDiacritics() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendering.pdf(id, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDRectangle a4 = pdf.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(a4.getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG")
                    .contains("ĐẢNG BỘ NGÂN HÀNG PHÁT TRIỂN VIỆT NAM")
                    .contains("*")
                    .contains("Số 01-KH/ĐU")
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("Hà Nội, ngày 10 tháng 12 năm 2019")
                    .contains("KẾ HOẠCH")
                    .contains("Tổ chức đại hội các chi bộ trực thuộc")
                    .contains("Thực hiện Chỉ thị số 35-CT/TW")
                    .contains("T/M BAN THƯỜNG VỤ")
                    .contains("PHÓ BÍ THƯ")
                    .contains("Nguyễn Thị Hường")
                    .contains("Nơi nhận:")
                    .contains("- Các chi bộ trực thuộc,");
            assertThat(text.indexOf("ĐẢNG BỘ KHỐI")).isLessThan(text.indexOf("KẾ HOẠCH"));
            assertThat(text.indexOf("KẾ HOẠCH")).isLessThan(text.indexOf("Thực hiện Chỉ thị"));
        }
    }

    @Test
    void theDocxHasEveryPartInTimesNewRoman() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendering.docx(id, out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText().replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG")
                    .contains("ĐẢNG BỘ NGÂN HÀNG PHÁT TRIỂN VIỆT NAM")
                    .contains("Số 01-KH/ĐU")
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("Hà Nội, ngày 10 tháng 12 năm 2019")
                    .contains("KẾ HOẠCH")
                    .contains("T/M BAN THƯỜNG VỤ")
                    .contains("Nguyễn Thị Hường")
                    .contains("Nơi nhận:")
                    .contains("Lưu Văn phòng Đảng ủy.");
            List<XWPFRun> runs = docx.getTables().getFirst().getRow(0).getCell(1).getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .collect(Collectors.toList());
            XWPFRun party = runs.stream()
                    .filter(r -> r.text().contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
                    .findFirst()
                    .orElseThrow();
            assertThat(party.isBold()).isTrue();
            assertThat(party.getUnderline()).isNotEqualTo(org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE);
            assertThat(party.getFontFamily()).isEqualTo("Times New Roman");
            XWPFRun date = runs.stream()
                    .filter(r -> r.text().contains("Hà Nội, ngày"))
                    .findFirst()
                    .orElseThrow();
            assertThat(date.isItalic()).isTrue();
        }
    }
}

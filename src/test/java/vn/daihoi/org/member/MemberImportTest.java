package vn.daihoi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.MemberImport.Problem;
import vn.daihoi.org.MemberImport.Report;

/** All-or-nothing import: every bad row reported with its row and column, nothing half-written. */
@SpringBootTest
class MemberImportTest {

    @Autowired
    MemberImport imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UserAdmin users;

    @Autowired
    UserDetailsService userDetails;

    MemberFixtures fx;
    String cellA;
    String cellB;
    long cellAId;
    long cellBId;
    long committeeId;

    @BeforeEach
    void setUp() {
        fx = new MemberFixtures(jdbc, tx, users, userDetails);
        String committee = MemberFixtures.unique("GRASSROOTS_COMMITTEE");
        committeeId = fx.node(committee, "Đảng bộ cơ sở " + committee, "GRASSROOTS_COMMITTEE", fx.root());
        cellA = MemberFixtures.unique("CB");
        cellB = MemberFixtures.unique("CB");
        cellAId = fx.cell(cellA, committeeId);
        cellBId = fx.cell(cellB, committeeId);
        fx.signIn("admin");
    }

    @AfterEach
    void signOut() {
        MemberFixtures.signOut();
    }

    int membersIn(long orgId) {
        return jdbc.sql("select count(*) from member where org_id = ?")
                .param(orgId)
                .query(Integer.class)
                .single();
    }

    @Test
    void csvImportWritesEveryRowUpdatesCountsAndAuditsOnce() {
        Sheets s = new Sheets()
                .row("Nguyễn", "Văn", "Ân", cellA)
                .row("Trần", "Thị", "Bình", cellA)
                .set(MemberColumn.SEX, "Nữ")
                .row("Lê", "", "Cường", cellB)
                .set(MemberColumn.STATUS, "Dự bị")
                .set(MemberColumn.OFFICIAL_DATE, "")
                .row("Phạm", "Văn", "Dũng", cellB)
                .set(MemberColumn.SITUATION, "Đã từ trần");
        long auditBefore = auditCount();

        Report r = imports.importFile("dang-vien.csv", s.csv());

        assertThat(r.problems()).isEmpty();
        assertThat(r.imported()).isEqualTo(4);
        assertThat(membersIn(cellAId)).isEqualTo(2);
        assertThat(membersIn(cellBId)).isEqualTo(2);
        // the deceased member is recorded but not counted
        assertThat(fx.directMembers(cellAId)).isEqualTo(2);
        assertThat(fx.directMembers(cellBId)).isEqualTo(1);
        assertThat(fx.subtreeMembers(committeeId)).isEqualTo(3);
        assertThat(auditCount()).isEqualTo(auditBefore + 1);
        String details = jdbc.sql(
                        "select details from audit_entry where action = 'MEMBER_IMPORT' order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(details).contains("rows=4");
        var row = jdbc.sql("select full_name, search_text, sex, status from member where national_id = ?")
                .param(s.get(1, MemberColumn.NATIONAL_ID))
                .query()
                .singleRow();
        assertThat(row).containsEntry("full_name", "Trần Thị Bình").containsEntry("search_text", "tran thi binh");
        assertThat(row).containsEntry("sex", "FEMALE").containsEntry("status", "OFFICIAL");
        int assignments = jdbc.sql("""
            select count(*) from member_assignment a join member m on m.id = a.member_id
            where m.org_id = ? and a.valid_to is null and a.reason = 'IMPORT'""").param(cellBId).query(Integer.class).single();
        assertThat(assignments).isEqualTo(2);
    }

    /** Issue 13: bidi controls, zero-width characters and HTML in a name are reported with their row and column. */
    @Test
    void namesWithInvisibleOrHtmlCharactersAreReportedWithRowAndColumn() {
        Sheets s = new Sheets()
                .row("Nguyễn", "Văn", "Ân", cellA) // 2: good
                .row("Trần", "Thị\u200B", "Bình", cellA) // 3: zero-width space
                .row("Lê", "Văn", "Cư\u202Eờng", cellA) // 4: right-to-left override
                .row("Phạm<b>", "Văn", "Dũng", cellA); // 5: HTML
        Report r = imports.importFile("ten.csv", s.csv());
        assertThat(r.imported()).isZero();
        assertThat(r.problems())
                .extracting(Problem::row, Problem::column)
                .containsExactlyInAnyOrder(tuple(3, "Tên đệm"), tuple(4, "Tên"), tuple(5, "Họ"));
        assertThat(message(r, 3, "Tên đệm")).contains("U+200B").contains("không được phép");
        assertThat(message(r, 4, "Tên")).contains("U+202E");
        assertThat(message(r, 5, "Họ")).contains("U+003C");
        assertThat(membersIn(cellAId)).isZero();
    }

    @Test
    void oneBadRowInXlsxImportsNothing() {
        Sheets s = new Sheets()
                .row("Nguyễn", "Văn", "Ân", cellA)
                .row("Trần", "Thị", "Bình", cellA)
                .set(MemberColumn.BIRTH_DATE, "31/02/2020")
                .row("Lê", "Văn", "Cường", cellA);

        Report r = imports.importFile("mau.xlsx", s.xlsx());

        assertThat(r.imported()).isZero();
        assertThat(r.problems()).extracting(Problem::row, Problem::column).containsExactly(tuple(3, "Ngày sinh"));
        assertThat(r.problems().getFirst().message()).contains("«Ngày sinh»: «31/02/2020» không phải ngày hợp lệ");
        assertThat(membersIn(cellAId)).isZero();
        assertThat(fx.directMembers(cellAId)).isZero();
    }

    @Test
    void everyBadRowIsReportedWithRowAndColumn() {
        fx.cell(MemberFixtures.unique("CB"), committeeId);
        String closed = MemberFixtures.unique("CB");
        fx.close(fx.cell(closed, committeeId));
        String takenId = MemberFixtures.nationalId();
        imports.importFile(
                "truoc.csv",
                new Sheets()
                        .row("Đỗ", "Văn", "Hải", cellA)
                        .set(MemberColumn.NATIONAL_ID, takenId)
                        .csv());
        Sheets s = new Sheets()
                .row("Nguyễn", "Văn", "Ân", cellA) // 2: good
                .row("Trần", "Thị", "Bình", cellA) // 3: official before admission
                .set(MemberColumn.OFFICIAL_DATE, "01/01/2004")
                .row("", "Văn", "Cường", cellA) // 4: empty family name
                .row("Lê", "Văn", "", cellA) // 5: empty given name
                .row("Phạm", "Văn", "Dũng", cellA) // 6: unknown sex and status
                .set(MemberColumn.SEX, "Trai")
                .set(MemberColumn.STATUS, "Tạm")
                .row("Hoàng", "Văn", "Em", "KHONG-CO") // 7: unknown cell
                .row("Vũ", "Văn", "Giang", closed) // 8: closed cell
                .row("Võ", "Văn", "Hòa", cellA) // 9: CCCD taken in the database
                .set(MemberColumn.NATIONAL_ID, takenId);
        s.row("Đặng", "Văn", "Khoa", cellA) // 10: same CCCD as row 2
                .set(MemberColumn.NATIONAL_ID, s.get(0, MemberColumn.NATIONAL_ID))
                .row("Bùi", "Văn", "Long", cellA) // 11: CCCD with leading zeros lost, bad date
                .set(MemberColumn.NATIONAL_ID, "12345678901")
                .set(MemberColumn.ADMISSION_DATE, "2005/13/45");

        Report r = imports.importFile("loi.csv", s.csv());

        assertThat(r.imported()).isZero();
        assertThat(r.problems())
                .extracting(Problem::row, Problem::column)
                .contains(
                        tuple(3, "Ngày chính thức"),
                        tuple(4, "Họ"),
                        tuple(5, "Tên"),
                        tuple(6, "Giới tính"),
                        tuple(6, "Trạng thái"),
                        tuple(7, "Mã chi bộ"),
                        tuple(8, "Mã chi bộ"),
                        tuple(9, "Số CCCD"),
                        tuple(10, "Số CCCD"),
                        tuple(11, "Số CCCD"),
                        tuple(11, "Ngày vào Đảng"));
        assertThat(r.problems()).noneMatch(p -> p.row() == 2);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(message(r, 10, "Số CCCD")).contains("trùng với dòng 2");
        assertThat(message(r, 9, "Số CCCD")).contains("đã có");
        assertThat(message(r, 7, "Mã chi bộ")).contains("KHONG-CO");
        assertThat(membersIn(cellAId)).isEqualTo(1);
    }

    private static String message(Report r, int row, String column) {
        return r.problems().stream()
                .filter(p -> p.row() == row && p.column().equals(column))
                .findFirst()
                .orElseThrow()
                .message();
    }

    @Test
    void duplicateCardNumbersAndCccdWithinTheFileAreFound() {
        Sheets s = new Sheets().row("Nguyễn", "Văn", "Ân", cellA).row("Trần", "Văn", "Bảo", cellA);
        String first = s.get(0, MemberColumn.PARTY_CARD_NO);
        s.set(MemberColumn.PARTY_CARD_NO, first).set(MemberColumn.NATIONAL_ID, s.get(0, MemberColumn.NATIONAL_ID));

        Report r = imports.importFile("trung.xlsx", s.xlsx());

        assertThat(r.problems())
                .extracting(Problem::row, Problem::column)
                .containsExactlyInAnyOrder(tuple(3, "Số CCCD"), tuple(3, "Số thẻ đảng viên"));
        assertThat(membersIn(cellAId)).isZero();
    }

    @Test
    void semicolonCsvWithBomIsRead() {
        byte[] text =
                new Sheets().row("Nguyễn", "Thị", "Ánh", cellB).csvText(';').getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        Report r = imports.importFile("bom.csv", withBom);

        assertThat(r.problems()).isEmpty();
        assertThat(r.imported()).isEqualTo(1);
    }

    @Test
    void fileNotInUtf8IsRefusedWithItsLine() {
        String text = new Sheets()
                .row("Nguyen", "Van", "An", cellA)
                .row("Lê", "Van", "Ba", cellA)
                .csvText(',');
        int secondRow = text.indexOf("\r\n2,") + 2;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, secondRow).getBytes(StandardCharsets.UTF_8));
        // the second row as a Windows code page saves it: "ê" becomes the single byte 0xEA
        bytes.writeBytes(text.substring(secondRow).getBytes(Charset.forName("windows-1252")));
        byte[] latin = bytes.toByteArray();

        Report r = imports.importFile("sai-ma.csv", latin);

        assertThat(r.imported()).isZero();
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().getFirst().row()).isEqualTo(3);
        assertThat(r.problems().getFirst().message()).contains("UTF-8");
    }

    @Test
    void mojibakeIsDetectedInTheCell() {
        Sheets s = new Sheets().row("Nguyá»…n", "VÄƒn", "An", cellA).row("Trần", "Văn", "Tư", cellA);

        Report r = imports.importFile("mojibake.csv", s.csv());

        assertThat(r.problems())
                .extracting(Problem::row, Problem::column)
                .containsExactlyInAnyOrder(tuple(2, "Họ"), tuple(2, "Tên đệm"));
        assertThat(r.problems().getFirst().message()).contains("lỗi mã hóa");
        assertThat(membersIn(cellAId)).isZero();
    }

    @Test
    void somethingThatIsNotASpreadsheetIsRefusedWhateverItsName() throws Exception {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n\u0000\u0001\u0002"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(imports.importFile("danh-sach.xlsx", pdf).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("không phải bảng tính"));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(imports.importFile("danh-sach.xlsx", zip.toByteArray()).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("không phải bảng tính"));

        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(imports.importFile("cu.xls", xls).problems().getFirst().message())
                .contains(".xls");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        byte[] good = new Sheets().row("Nguyễn", "Văn", "Ân", cellA).xlsx();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(good));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        Report r = imports.importFile("bom.xlsx", bomb.toByteArray());

        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("bom nén"));
        assertThat(membersIn(cellAId)).isZero();
    }

    @Test
    void cellsOutsideTheUsersScopeAreRefused() {
        String clerk = MemberFixtures.unique("btc").toLowerCase();
        fx.user(clerk, Role.ORGANIZATION_BOARD, cellAId);
        fx.signIn(clerk);
        Sheets s = new Sheets().row("Nguyễn", "Văn", "Ân", cellA).row("Trần", "Văn", "Bảo", cellB);

        Report r = imports.importFile("pham-vi.csv", s.csv());

        assertThat(r.problems()).extracting(Problem::row, Problem::column).containsExactly(tuple(3, "Mã chi bộ"));
        assertThat(r.problems().getFirst().message()).contains("không có quyền");
        assertThat(membersIn(cellAId)).isZero();
    }

    @Test
    void wrongHeadersAreReportedBeforeAnyRow() {
        String csv =
                "STT,Họ,Tên,Giới tính,Ngày sinh,Trạng thái,Mã chi bộ,Ghi chú\r\n1,Nguyễn,An,Nam,01/01/1980,Chính thức,"
                        + cellA + ",x\r\n";
        Report r = imports.importFile("cot.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(r.problems()).extracting(Problem::column).contains("Ghi chú", "Ngày vào Đảng");
    }

    @Test
    void tenThousandRowsGoInFastInOneTransaction() {
        Sheets s = new Sheets();
        for (int i = 0; i < 10_000; i++) {
            s.row("Nguyễn", "Văn", "Ân", i % 2 == 0 ? cellA : cellB);
        }
        byte[] csv = s.csv();
        long started = System.nanoTime();

        Report r = imports.importFile("lon.csv", csv);

        long millis = (System.nanoTime() - started) / 1_000_000;
        org.slf4j.LoggerFactory.getLogger(MemberImportTest.class)
                .info("Nhập 10.000 dòng CSV: {} ms, {} dòng/phút", millis, 10_000L * 60_000 / Math.max(1, millis));
        assertThat(r.problems()).isEmpty();
        assertThat(fx.subtreeMembers(committeeId)).isEqualTo(10_000);
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}

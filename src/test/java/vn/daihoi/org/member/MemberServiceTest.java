package vn.daihoi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.org.MemberImport;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.Members;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.platform.DomainException;

/** Create, edit, move and export: counts kept right, history kept, audit written, scope enforced. */
@SpringBootTest
class MemberServiceTest {

    @Autowired
    Members members;

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

    @Autowired
    Clock clock;

    MemberFixtures fx;
    long committee;
    long cellA;
    long cellB;

    @BeforeEach
    void setUp() {
        fx = new MemberFixtures(jdbc, tx, users, userDetails);
        committee = fx.node(
                MemberFixtures.unique("GRASSROOTS_COMMITTEE"), "Đảng bộ xã Tân Phú", "GRASSROOTS_COMMITTEE", fx.root());
        cellA = fx.cell(MemberFixtures.unique("CB"), committee);
        cellB = fx.cell(MemberFixtures.unique("CB"), committee);
        fx.signIn("admin");
    }

    @AfterEach
    void signOut() {
        MemberFixtures.signOut();
        LocaleContextHolder.resetLocaleContext();
    }

    private long audits(String action, long entityId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
                .params(action, Long.toString(entityId))
                .query(Long.class)
                .single();
    }

    @Test
    void createEditAndMoveKeepCountsHistoryAndAudit() {
        long id = members.create(MemberFixtures.member("  Nguyễn ", "Văn", "Ân", cellA));
        assertThat(fx.directMembers(cellA)).isEqualTo(1);
        assertThat(fx.subtreeMembers(committee)).isEqualTo(1);
        assertThat(audits("MEMBER_CREATE", id)).isEqualTo(1);

        Members.MemberDetail m = members.get(id);
        assertThat(m.fullName()).isEqualTo("Nguyễn Văn Ân");
        MemberData d = m.data();
        MemberData deceased = new MemberData(
                d.familyName(),
                d.middleName(),
                d.givenName(),
                d.manualSortKey(),
                d.sex(),
                d.birthDate(),
                d.ethnicity(),
                d.religion(),
                d.nationalId(),
                d.phone(),
                d.partyCardNo(),
                d.admissionDate(),
                d.officialDate(),
                d.status(),
                MemberSituation.DECEASED,
                null);
        members.update(id, m.version(), deceased);
        assertThat(fx.directMembers(cellA)).isZero();
        assertThat(fx.subtreeMembers(committee)).isZero();
        assertThat(jdbc.sql("select details from audit_entry where action = 'MEMBER_EDIT' and entity_id = ?")
                        .param(Long.toString(id))
                        .query(String.class)
                        .single())
                .contains("Tình trạng: Đang sinh hoạt → Đã từ trần");
        assertThatThrownBy(() -> members.update(id, m.version(), deceased))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("member.error.staleVersion");

        Members.MemberDetail now = members.get(id);
        MemberData active = new MemberData(
                d.familyName(),
                d.middleName(),
                d.givenName(),
                d.manualSortKey(),
                d.sex(),
                d.birthDate(),
                d.ethnicity(),
                d.religion(),
                d.nationalId(),
                d.phone(),
                d.partyCardNo(),
                d.admissionDate(),
                d.officialDate(),
                d.status(),
                MemberSituation.ACTIVE,
                null);
        members.update(id, now.version(), active);
        assertThat(fx.directMembers(cellA)).isEqualTo(1);

        // the member has been in cell A since 2020 (as if created then)
        jdbc.sql("update member_assignment set valid_from = date '2020-01-01' where member_id = ?")
                .param(id)
                .update();
        LocalDate moveDate = LocalDate.now(clock);
        assertThatThrownBy(() -> members.move(id, new Members.Transfer(cellB, moveDate.plusDays(1), null, null)))
                .hasMessageContaining("member.error.moveInFuture");
        assertThatThrownBy(() -> members.move(id, new Members.Transfer(cellB, LocalDate.of(2019, 1, 1), null, null)))
                .hasMessageContaining("member.error.moveBeforeCurrent");
        members.move(id, new Members.Transfer(cellB, moveDate, "12-QĐ/ĐU", moveDate));
        assertThat(fx.directMembers(cellA)).isZero();
        assertThat(fx.directMembers(cellB)).isEqualTo(1);
        assertThat(fx.subtreeMembers(committee)).isEqualTo(1);
        Members.MemberDetail moved = members.get(id);
        assertThat(moved.data().orgId()).isEqualTo(cellB);
        assertThat(moved.assignments()).hasSize(2);
        assertThat(moved.assignments().getFirst().orgId()).isEqualTo(cellB);
        assertThat(moved.assignments().getFirst().validTo()).isNull();
        assertThat(moved.assignments().get(1).validTo()).isEqualTo(moveDate);
        assertThat(audits("MEMBER_MOVE", id)).isEqualTo(1);
    }

    /** Issue 13: a name with a bidi control or a zero-width character is refused, naming the field. */
    @Test
    void aNameWithInvisibleCharactersIsRefusedNamingTheField() {
        assertThatThrownBy(() -> members.create(MemberFixtures.member("Lê", "Văn", "Tám\u202E", cellA)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("member.error.field")
                .hasMessageContaining("Tên")
                .hasMessageContaining("U+202E");
        assertThatThrownBy(() -> members.create(MemberFixtures.member("Lê", "Văn\u200B", "Tám", cellA)))
                .hasMessageContaining("Tên đệm")
                .hasMessageContaining("U+200B");
        assertThat(fx.directMembers(cellA)).isZero();
    }

    @Test
    void closedOrUnknownNodesAndTheRootTakeNoMembers() {
        long closed = fx.cell(MemberFixtures.unique("CB"), committee);
        fx.close(closed);
        assertThatThrownBy(() -> members.create(MemberFixtures.member("Lê", "Văn", "Tám", closed)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("member.error.orgClosed");
        assertThatThrownBy(() -> members.create(MemberFixtures.member("Lê", "Văn", "Tám", fx.root())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("member.error.orgHoldsNoMembers");
        assertThatThrownBy(() -> members.create(MemberFixtures.member("Lê", "Văn", "Tám", -5L)))
                .isInstanceOfAny(DomainException.class, AccessDeniedException.class);
    }

    @Test
    void duplicateCccdAndBadDatesAreRefusedWithAMessage() {
        MemberData first = MemberFixtures.member("Lê", "Văn", "Chín", cellA);
        members.create(first);
        MemberData again = MemberFixtures.member("Lê", "Văn", "Mười", cellA);
        MemberData sameId = new MemberData(
                again.familyName(),
                again.middleName(),
                again.givenName(),
                null,
                again.sex(),
                again.birthDate(),
                null,
                null,
                first.nationalId(),
                null,
                null,
                again.admissionDate(),
                again.officialDate(),
                again.status(),
                again.situation(),
                cellA);
        assertThatThrownBy(() -> members.create(sameId))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("member.error.duplicate");
        MemberData early = new MemberData(
                "Lê",
                "Văn",
                "Mười",
                null,
                again.sex(),
                again.birthDate(),
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2010, 1, 1),
                LocalDate.of(2009, 1, 1),
                again.status(),
                again.situation(),
                cellA);
        assertThatThrownBy(() -> members.create(early))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).arguments()[1].toString())
                        .contains("trước ngày vào Đảng"));
        assertThat(fx.directMembers(cellA)).isEqualTo(1);
    }

    @Test
    void usersOutsideTheScopeCanNeitherReadNorEdit() {
        long id = members.create(MemberFixtures.member("Phan", "Thị", "Hoa", cellA));
        String viewer = MemberFixtures.unique("xem").toLowerCase(Locale.ROOT);
        fx.user(viewer, Role.CELL_SECRETARY, cellB);
        fx.signIn(viewer);
        assertThatThrownBy(() -> members.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.move(id, new Members.Transfer(cellB, LocalDate.now(clock), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.exportXlsx(cellA, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exportIsTheImportLayoutWithVietnameseTextAndReimports() throws Exception {
        long cell = fx.cell(MemberFixtures.unique("CB"), committee);
        String cellCode = jdbc.sql("select code from org_unit where id = ?")
                .param(cell)
                .query(String.class)
                .single();
        imports.load(List.of(
                MemberFixtures.member("Trần", "Thị", "Bình", cell),
                MemberFixtures.member("Nguyễn", "Văn", "Ân", cell),
                MemberFixtures.member("Đặng", "Ngọc", "Ánh", cell)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        members.exportXlsx(committee, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Đảng viên");
            Row header = sheet.getRow(0);
            for (MemberColumn c : MemberColumn.values()) {
                assertThat(header.getCell(c.ordinal()).getStringCellValue()).isEqualTo(c.header);
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            // ballot order: Ánh (letter a) < Ân (letter â) < Bình
            assertThat(text(sheet, 1, MemberColumn.GIVEN_NAME)).isEqualTo("Ánh");
            assertThat(text(sheet, 1, MemberColumn.MIDDLE_NAME)).isEqualTo("Ngọc");
            assertThat(text(sheet, 2, MemberColumn.GIVEN_NAME)).isEqualTo("Ân");
            assertThat(text(sheet, 2, MemberColumn.FAMILY_NAME)).isEqualTo("Nguyễn");
            assertThat(text(sheet, 3, MemberColumn.FAMILY_NAME)).isEqualTo("Trần");
            assertThat(text(sheet, 1, MemberColumn.BIRTH_DATE)).isEqualTo("17/05/1980");
            assertThat(text(sheet, 1, MemberColumn.STATUS)).isEqualTo("Chính thức");
            assertThat(text(sheet, 1, MemberColumn.SITUATION)).isEqualTo("Đang sinh hoạt");
            assertThat(text(sheet, 1, MemberColumn.CELL_CODE)).isEqualTo(cellCode);
        }

        // Importing the export again is understood column by column; only the CCCDs are already taken.
        MemberImport.Report again = imports.importFile("xuat.xlsx", out.toByteArray());
        assertThat(again.imported()).isZero();
        assertThat(again.problems())
                .hasSize(3)
                .allSatisfy(p -> assertThat(p.column()).isEqualTo("Số CCCD"));
    }

    private static String text(Sheet sheet, int row, MemberColumn column) {
        var cell = sheet.getRow(row).getCell(column.ordinal());
        return cell == null ? "" : cell.getStringCellValue();
    }
}

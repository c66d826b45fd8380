package vn.daihoi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.documents.internal.DocumentQuery;
import vn.daihoi.documents.internal.NumberProposal;
import vn.daihoi.org.TreeMaintenance;
import vn.daihoi.platform.DomainException;

/** Numbering by the Party's rules, duplicates refused, nothing half-stored, every registration audited. */
@SpringBootTest
class DocumentRegisterTest {

    static final LocalDate IN_2019 = LocalDate.of(2019, 12, 10);
    static final LocalDate IN_2024 = LocalDate.of(2024, 6, 14);
    static final LocalDate IN_2026 = LocalDate.of(2026, 1, 10);

    @Autowired
    DocumentRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TreeMaintenance maintenance;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAdmin userAdmin;

    @Autowired
    MessageSource messages;

    DocumentTree tree;
    long province;
    long commune;

    @BeforeEach
    void setUp() {
        tree = new DocumentTree(jdbc, tx, maintenance, users);
        province = tree.node("Tỉnh ủy Thử Nghiệm", "DIRECTLY_UNDER_CENTRAL", "PROVINCE", null, tree.root());
        commune = tree.node("Đảng ủy xã Tân Phú", "SUPERIOR_OF_GRASSROOTS", "COMMUNE", null, province);
        tree.signIn("admin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    IssuedDocument issue(long issuer, DocumentType type, LocalDate date) {
        return register.issue(NewDocument.outgoing(issuer, IssuingOrgan.BTV, type, date, "Về việc thử số"));
    }

    String text(DomainException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("vi"));
    }

    @Test
    void numbersStartAtOneForEachTypeWithTheIssuersSymbol() {
        assertThat(issue(commune, DocumentType.KE_HOACH, IN_2026))
                .extracting(IssuedDocument::number, IssuedDocument::symbol)
                .containsExactly(1, "01-KH/ĐU");
        assertThat(issue(commune, DocumentType.KE_HOACH, IN_2026).symbol()).isEqualTo("02-KH/ĐU");
        assertThat(issue(commune, DocumentType.HUONG_DAN, IN_2026).symbol()).isEqualTo("01-HD/ĐU");
        assertThat(issue(province, DocumentType.KE_HOACH, IN_2026).symbol()).isEqualTo("01-KH/TU");
        assertThat(register.proposeNext(commune, DocumentType.KE_HOACH, IN_2026, null))
                .isEqualTo(new NumberProposal(3, "03-KH/ĐU", "2025-2030", "ĐU"));
    }

    @Test
    void aNewTermStartsAgainAndTheSameNumberMayRecur() {
        IssuedDocument of2019 = issue(province, DocumentType.CHI_THI, IN_2019);
        IssuedDocument of2024 = issue(province, DocumentType.CHI_THI, IN_2024);
        IssuedDocument of2026 = issue(province, DocumentType.CHI_THI, IN_2026);
        assertThat(List.of(of2019.symbol(), of2024.symbol(), of2026.symbol()))
                .containsExactly("01-CT/TU", "01-CT/TU", "01-CT/TU");
        assertThat(register.find(of2024.id()).term()).isEqualTo("2020-2025");
        assertThat(register.find(of2026.id()).term()).isEqualTo("2025-2030");
    }

    @Test
    void decisionsAndRegulationsShareOneQdSequence() {
        assertThat(issue(province, DocumentType.QUYET_DINH, IN_2026).symbol()).isEqualTo("01-QĐ/TU");
        assertThat(issue(province, DocumentType.QUY_DINH, IN_2026).symbol()).isEqualTo("02-QĐ/TU");
    }

    @Test
    void aCongressNumbersAllItsDocumentsInOneSequence() {
        long congress = tree.congressCase(commune, "2025-2030");
        NewDocument minutes = NewDocument.outgoing(
                        commune, IssuingOrgan.CONGRESS, DocumentType.BIEN_BAN, IN_2026, "Biên bản kiểm phiếu")
                .inCongress(congress);
        assertThat(register.issue(minutes).symbol()).isEqualTo("01-BB/ĐH");
        assertThat(register.issue(minutes.withNumber(null)).symbol()).isEqualTo("02-BB/ĐH");
        NewDocument resolution = NewDocument.outgoing(
                        commune, IssuingOrgan.CONGRESS, DocumentType.NGHI_QUYET, IN_2026, "Nghị quyết Đại hội")
                .inCongress(congress);
        IssuedDocument r = register.issue(resolution);
        assertThat(r.number()).isEqualTo(3);
        assertThat(r.symbol()).isEqualTo("03-NQ/ĐH");
        assertThat(register.find(r.id()).term()).isEqualTo("2025-2030");
        // The committee's own sequence is untouched by the congress's.
        assertThat(issue(commune, DocumentType.NGHI_QUYET, IN_2026).number()).isEqualTo(1);
    }

    @Test
    void aDuplicateIsRefusedNamingTheDocumentThatHasTheNumber() {
        IssuedDocument first = issue(commune, DocumentType.KE_HOACH, IN_2026);
        long before =
                jdbc.sql("select count(*) from document").query(Long.class).single();
        NewDocument again = NewDocument.outgoing(
                        commune, IssuingOrgan.BTV, DocumentType.KE_HOACH, IN_2026, "Kế hoạch trùng số")
                .withNumber(first.number());
        assertThatThrownBy(() -> register.issue(again)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(text(e))
                    .contains("01-KH/ĐU")
                    .contains("2025-2030")
                    .contains("Về việc thử số")
                    .contains("10/01/2026")
                    .contains("mã văn bản " + first.id());
        });
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aDuplicateInACongressIsRefusedWhateverTheType() {
        long congress = tree.congressCase(commune, "2025-2030");
        register.issue(NewDocument.outgoing(commune, IssuingOrgan.CONGRESS, DocumentType.BIEN_BAN, IN_2026, "Biên bản")
                .inCongress(congress));
        NewDocument clash = NewDocument.outgoing(
                        commune, IssuingOrgan.CONGRESS, DocumentType.NGHI_QUYET, IN_2026, "Nghị quyết")
                .inCongress(congress)
                .withNumber(1);
        assertThatThrownBy(() -> register.issue(clash))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(text(e)).contains("đại hội này").contains("01-BB/ĐH"));
    }

    @Test
    void anIncomingDocumentKeepsItsNumberAndMayFillAGap() {
        IssuedDocument d = register.issue(
                NewDocument.outgoing(province, IssuingOrgan.BCH, DocumentType.KE_HOACH, IN_2019, "Đại hội các cấp")
                        .incoming(commune, 154));
        assertThat(d.symbol()).isEqualTo("154-KH/TU");
        DocumentDetail detail = register.find(d.id());
        assertThat(detail.direction()).isEqualTo(Direction.INCOMING);
        assertThat(detail.registrarOrgId()).isEqualTo(commune);
        assertThat(register.proposeNext(province, DocumentType.KE_HOACH, IN_2019, null)
                        .number())
                .isEqualTo(155);
    }

    @Test
    void theSymbolIsTheOneValidOnTheDocumentsDate() {
        long board = tree.node("Ban Tuyên giáo Tỉnh ủy", "DIRECTLY_UNDER_CENTRAL", "OTHER", "BTGTU", province);
        tree.renameSymbol(board, LocalDate.of(2025, 3, 1), "Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDVTU");
        NewDocument before = NewDocument.outgoing(
                board, IssuingOrgan.BOARD, DocumentType.HUONG_DAN, IN_2024, "Tuyên truyền đại hội");
        NewDocument named = new NewDocument(
                before.issuerOrgId(),
                null,
                IssuingOrgan.BOARD,
                "Ban Tuyên giáo",
                DocumentType.HUONG_DAN,
                null,
                null,
                IN_2024,
                "Thử",
                "Tuyên truyền đại hội",
                null,
                null,
                null,
                null,
                null,
                Direction.OUTGOING,
                List.of(),
                null);
        assertThat(register.issue(named).symbol()).isEqualTo("01-HD/BTGTU");
        IssuedDocument after = register.issue(new NewDocument(
                board,
                null,
                IssuingOrgan.BOARD,
                "Ban Tuyên giáo và Dân vận",
                DocumentType.HUONG_DAN,
                null,
                null,
                IN_2026,
                "Thử",
                "Tuyên truyền đại hội",
                null,
                null,
                null,
                null,
                null,
                Direction.OUTGOING,
                List.of(),
                null));
        assertThat(after.symbol()).isEqualTo("01-HD/BTGDVTU");
        assertThat(register.find(after.id()).issuerName()).isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
    }

    @Test
    void aPlanRecordsTheDirectiveItImplements() {
        IssuedDocument directive = issue(province, DocumentType.CHI_THI, IN_2026);
        IssuedDocument plan = register.issue(NewDocument.outgoing(
                        commune, IssuingOrgan.BTV, DocumentType.KE_HOACH, IN_2026.plusDays(3), "Thực hiện Chỉ thị")
                .implementing(List.of(directive.id())));
        assertThat(register.find(plan.id()).implementsDocuments())
                .extracting(DocumentDetail.DocumentRef::id)
                .containsExactly(directive.id());
        assertThat(register.find(directive.id()).implementedBy())
                .extracting(DocumentDetail.DocumentRef::id)
                .containsExactly(plan.id());
        // By symbol, read around the commune: "TU" is its province; the latest before the date is taken.
        assertThat(register.documentReferredTo("01 - CT / TU", IN_2026.plusDays(3), commune))
                .isEqualTo(directive.id());
    }

    @Test
    void badInputIsRefusedWithAMessageAndStoresNothing() {
        long before =
                jdbc.sql("select count(*) from document").query(Long.class).single();
        assertThatThrownBy(() -> register.issue(
                        NewDocument.outgoing(commune, IssuingOrgan.BTV, DocumentType.KE_HOACH, IN_2026, " ")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> register.issue(
                        NewDocument.outgoing(commune, IssuingOrgan.BOARD, DocumentType.KE_HOACH, IN_2026, "Ban")))
                .hasMessageContaining("boardName");
        assertThatThrownBy(() -> register.issue(
                        NewDocument.outgoing(commune, IssuingOrgan.BTV, DocumentType.KE_HOACH, IN_2026, "Số âm")
                                .withNumber(0)))
                .hasMessageContaining("numberPositive");
        assertThatThrownBy(() -> register.issue(NewDocument.outgoing(
                        commune, IssuingOrgan.BTV, DocumentType.KE_HOACH, LocalDate.of(2010, 1, 1), "Trước khi có")))
                .hasMessageContaining("issuerNotAtDate");
        assertThatThrownBy(() -> register.issue(
                        NewDocument.outgoing(commune, IssuingOrgan.BTV, DocumentType.KE_HOACH, IN_2026, "Thực hiện")
                                .implementing(List.of(Long.MAX_VALUE))))
                .hasMessageContaining("implementsUnknown");
        assertThatThrownBy(() -> register.issue(
                        NewDocument.outgoing(commune, IssuingOrgan.BTV, DocumentType.KE_HOACH, IN_2026, "Tệp xấu")
                                .withAttachment(new NewDocument.Attachment(
                                        "ke-hoach.pdf", "MZ không phải PDF".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(text(e)).contains("ke-hoach.pdf").contains("không có gì được lưu"));
        byte[] big = new byte[(int) (20L * 1024 * 1024) + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> register.issue(
                        NewDocument.outgoing(commune, IssuingOrgan.BTV, DocumentType.KE_HOACH, IN_2026, "Tệp lớn")
                                .withAttachment(new NewDocument.Attachment("lon.pdf", big))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(text(e)).contains("20 MB"));
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single())
                .isEqualTo(before);
        assertThat(register.proposeNext(commune, DocumentType.KE_HOACH, IN_2026, null)
                        .number())
                .isEqualTo(1);
    }

    @Test
    void anAttachmentIsStoredWithItsTypeAndHash() {
        byte[] pdf = "%PDF-1.4 bản scan".getBytes(StandardCharsets.UTF_8);
        IssuedDocument d =
                register.issue(NewDocument.outgoing(commune, IssuingOrgan.BTV, DocumentType.BAO_CAO, IN_2026, "Báo cáo")
                        .withAttachment(new NewDocument.Attachment("bao-cao.pdf", pdf)));
        DocumentDetail detail = register.find(d.id());
        assertThat(detail.file().contentType()).isEqualTo("application/pdf");
        assertThat(detail.file().size()).isEqualTo(pdf.length);
        assertThat(detail.file().sha256()).hasSize(64);
        assertThat(register.file(d.id()).bytes()).isEqualTo(pdf);
    }

    @Test
    void everyRegistrationIsAudited() {
        IssuedDocument d = issue(commune, DocumentType.THONG_BAO, IN_2026);
        String summary = jdbc.sql("select summary from audit_entry where action = 'DOCUMENT_ISSUE' and entity_id = ?")
                .param(Long.toString(d.id()))
                .query(String.class)
                .single();
        assertThat(summary).contains("01-TB/ĐU").contains("Đảng ủy xã Tân Phú");
    }

    @Test
    void aSearchForTextWithAWildcardCharacterFindsThatTextLiterally() {
        String m = DocumentTree.unique("s");
        IssuedDocument literal = register.issue(NewDocument.outgoing(
                commune, IssuingOrgan.BTV, DocumentType.THONG_BAO, IN_2026, "Kế hoạch " + m + " đạt 50% chỉ_tiêu"));
        IssuedDocument lookalike = register.issue(NewDocument.outgoing(
                commune, IssuingOrgan.BTV, DocumentType.THONG_BAO, IN_2026, "Kế hoạch " + m + " đạt 501 chỉxtiêu"));
        assertThat(found(m + " đạt 50%")).contains(literal.id()).doesNotContain(lookalike.id());
        assertThat(found("chỉ_tiêu")).contains(literal.id()).doesNotContain(lookalike.id());
    }

    private List<Long> found(String text) {
        return register.search(new DocumentQuery(null, null, null, IN_2026, IN_2026, text, 0, 200)).items().stream()
                .map(DocumentSummary::id)
                .toList();
    }

    @Test
    void anotherProvincesOfficeMayNeitherIssueNorSee() {
        long other = tree.node("Tỉnh ủy Khác", "DIRECTLY_UNDER_CENTRAL", "PROVINCE", null, tree.root());
        IssuedDocument mine = issue(commune, DocumentType.KE_HOACH, IN_2026);
        IssuedDocument directive = issue(tree.root(), DocumentType.CHI_THI, IN_2026);
        String office = DocumentTree.unique("office").toLowerCase(Locale.ROOT);
        userAdmin.create(
                office,
                "Văn phòng khác",
                other,
                "Matkhau2026x",
                false,
                List.of(new UserAdmin.Grant(Role.COMMITTEE_OFFICE, other)));
        tree.signIn(office);
        assertThatThrownBy(() -> issue(commune, DocumentType.KE_HOACH, IN_2026))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.find(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.proposeNext(commune, DocumentType.KE_HOACH, IN_2026, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(register.search(new DocumentQuery(null, null, null, IN_2026, IN_2026, "", 0, 200))
                        .items())
                .extracting(DocumentSummary::id)
                .doesNotContain(mine.id())
                .contains(directive.id());
        // The central committee's directive flows down: it is visible below.
        assertThat(register.find(directive.id()).symbol()).endsWith("-CT/TW");
    }
}

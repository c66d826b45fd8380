package vn.daihoi.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.access.Role;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.files.ArchiveGroup;
import vn.daihoi.files.CongressFiles;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressState;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * The dossier of a cell from upload to approval on the real database: refused while an item is missing
 * (every missing item named, nothing written), a file refused by its content leaves nothing, the commune's
 * office returns it with a comment, the cell fixes and resubmits, it is declared ready, scheduled, and the
 * registered conclusion approves it; the files are listed for the archive.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierFlowTest {

    static final byte[] PDF = "%PDF-1.4\n% hồ sơ thử\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ApplicationContext context;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierSubmissions submissions;

    @Autowired
    DossierAppraisals appraisals;

    @Autowired
    ApprovalCalendar calendar;

    @Autowired
    ApprovalConclusions conclusions;

    @Autowired
    DossierChecklist checklist;

    @Autowired
    CongressCases cases;

    @Autowired
    List<CongressFiles> congressFiles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    Fixtures fixtures;
    Province province;
    Province other;
    String secretary;
    String office;

    @BeforeAll
    void tree() {
        fixtures = new Fixtures(context);
        province = fixtures.province("ds");
        other = fixtures.province("dso");
        secretary = fixtures.username(fixtures.userWithRole(Role.CELL_SECRETARY, province.cellId()));
        office = fixtures.username(fixtures.userWithRole(Role.COMMITTEE_OFFICE, province.communeId()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String username) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long cellCase(String term, CongressState state) {
        return jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, window_from, window_to,
                            state_changed_at)
                        values (?, ?, 'SUBORDINATE_CELL', ?, ?, ?, now()) returning id""")
                .params(province.cellId(), term, state.name(), today().minusMonths(1), today().plusMonths(3))
                .query(Long.class)
                .single();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aDossierWithMissingItemsIsNeitherDeclaredReadyNorMovedToTheApprovalMeeting() {
        // Reached appraisal without the unit's submission (the case page's step form): no file at all.
        long caseId = cellCase("2040-2045", CongressState.DOSSIER_SUBMITTED);
        signIn(office);
        assertThatThrownBy(() -> appraisals.markReady(caseId, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.messageKey()).isEqualTo("dossier.error.notReady");
                    assertThat(e.arguments()[1]).isEqualTo(9);
                    assertThat((String) e.arguments()[2])
                            .contains("1. ")
                            .contains("9. Kế hoạch: thời gian, địa điểm, thành phần, kinh phí");
                });
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.DOSSIER_SUBMITTED);

        // The step itself, taken on the case page or through the API, is refused the same way.
        cases.move(caseId, new vn.daihoi.season.CongressMove(CongressState.UNDER_APPRAISAL, null, null, null, null));
        assertThatThrownBy(() -> cases.move(
                        caseId,
                        new vn.daihoi.season.CongressMove(CongressState.APPROVAL_MEETING, null, null, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.error.notReady"));
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.UNDER_APPRAISAL);
        assertThat(jdbc.sql(
                                "select count(*) from congress_transition where case_id = ? and to_state = 'APPROVAL_MEETING'")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCellDossierGoesFromMissingItemsToApprovedWithItsConclusionRegistered() {
        long caseId = cellCase("2025-2030", CongressState.INTERNAL_ADOPTED);
        signIn(secretary);
        List<DossierView.Item> items = dossiers.view(caseId).items();
        assertThat(items).hasSize(9);
        assertThat(items.get(6).item().title()).isEqualTo("Dự kiến đoàn chủ tịch, đoàn thư ký đại hội");
        for (DossierView.Item i : items.subList(0, 7)) {
            submissions.upload(caseId, i.item().id(), i.item().code().toLowerCase() + ".pdf", PDF);
        }

        // Two items missing: refused, both named, nothing written, the case where it was.
        assertThatThrownBy(() -> submissions.submit(caseId, today().plusDays(60)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dossier.error.missing");
                    assertThat(e.arguments()[1]).isEqualTo(2);
                    assertThat((String) e.arguments()[2])
                            .contains("8. Biên bản hoặc nghị quyết hội nghị cấp ủy")
                            .contains("9. Kế hoạch: thời gian, địa điểm, thành phần, kinh phí");
                });
        assertThat(jdbc.sql("select count(*) from dossier_round where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.INTERNAL_ADOPTED);

        // A text file named .pdf is refused by its content and leaves no stored file behind.
        long storedBefore = count("stored_file");
        DossierItem eighth = items.get(7).item();
        assertThatThrownBy(() -> submissions.upload(
                        caseId, eighth.id(), "bien-ban.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("files.error.uploadType"));
        assertThat(count("stored_file")).isEqualTo(storedBefore);

        submissions.upload(caseId, eighth.id(), "bien-ban.pdf", PDF);
        submissions.upload(caseId, items.get(8).item().id(), "ke-hoach.pdf", PDF);
        submissions.submit(caseId, today().plusDays(60));
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.DOSSIER_SUBMITTED);
        assertThatThrownBy(() -> submissions.upload(caseId, eighth.id(), "b.pdf", PDF))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.error.locked"));
        // the unit does not appraise its own dossier
        assertThatThrownBy(() -> appraisals.markReady(caseId, null)).isInstanceOf(AccessDeniedException.class);

        // The commune's office comments on the personnel proposal and returns it.
        signIn(office);
        DossierItem personnel = items.get(3).item();
        assertThatThrownBy(() -> appraisals.returnForRevision(caseId, ""))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dossier.error.returnNeedsReason"));
        appraisals.comment(caseId, personnel.id(), "Bổ sung trích ngang của đồng chí dự kiến bí thư");
        appraisals.returnForRevision(caseId, "");
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.RETURNED_FOR_REVISION);
        assertThat(cases.find(caseId).orElseThrow().stateReason()).contains("4. Đề án nhân sự chi ủy");

        // The cell sees what to fix, fixes it (a second version) and resubmits.
        signIn(secretary);
        DossierView returned = dossiers.view(caseId);
        assertThat(returned.items().get(3).comments())
                .extracting(DossierView.Comment::body)
                .containsExactly("Bổ sung trích ngang của đồng chí dự kiến bí thư");
        assertThat(returned.latestRound().verdict()).isEqualTo("RETURNED");
        DossierView.FileVersion v2 = submissions.upload(caseId, personnel.id(), "de-an-nhan-su-v2.pdf", PDF);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.file().sha256()).hasSize(64);
        submissions.submit(caseId, today().plusDays(60));
        assertThat(dossiers.view(caseId).items().get(3).comments()).isEmpty();

        signIn(office);
        appraisals.markReady(caseId, "Hồ sơ đầy đủ");
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.APPROVAL_MEETING);
        assertThat(calendar.view(province.communeId(), null).ready())
                .extracting(ReadyDossier::caseId)
                .contains(caseId);

        // Scheduled today, concluded: a Thông báo of the commune, the case approved.
        ApprovalMeeting meeting = calendar.schedule(
                province.communeId(),
                new ApprovalMeeting.New(
                        today(),
                        LocalTime.of(8, 0),
                        LocalTime.of(9, 0),
                        "Phòng họp số 1 " + province.marker(),
                        List.of(new ApprovalMeeting.Entry(caseId, "Đ/c Bí thư chi bộ " + province.marker()))));
        // A second meeting at the same hour in the same room with the same unit: shown, not refused.
        ApprovalMeeting twice = calendar.schedule(
                province.communeId(),
                new ApprovalMeeting.New(
                        today(),
                        LocalTime.of(8, 30),
                        LocalTime.of(10, 0),
                        "phong hop so 1 " + province.marker(),
                        List.of(new ApprovalMeeting.Entry(caseId, "Đ/c Phó bí thư " + province.marker()))));
        List<MeetingConflict> conflicts =
                calendar.view(province.communeId(), today()).conflicts();
        assertThat(conflicts)
                .filteredOn(c -> c.meetingId() == twice.id())
                .extracting(MeetingConflict::kind)
                .contains(MeetingConflict.Kind.ROOM, MeetingConflict.Kind.UNIT_TWICE);
        assertThat(conflicts)
                .filteredOn(c -> c.meetingId() == meeting.id())
                .extracting(MeetingConflict::kind)
                .contains(MeetingConflict.Kind.ROOM, MeetingConflict.Kind.UNIT_TWICE)
                .doesNotContain(MeetingConflict.Kind.TOO_LATE, MeetingConflict.Kind.AFTER_WINDOW);
        assertThatThrownBy(() -> calendar.schedule(
                        province.communeId(),
                        new ApprovalMeeting.New(
                                today(), LocalTime.of(10, 0), LocalTime.of(9, 0), "Phòng 2", List.of())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.error.meetingTime"));

        assertThatThrownBy(() -> conclusions.conclude(meeting.id(), caseId, " "))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dossier.error.conclusionRequired"));
        IssuedDocument doc =
                conclusions.conclude(meeting.id(), caseId, "Đồng ý chi bộ tổ chức đại hội; chi ủy gồm 3 đồng chí.");
        assertThat(doc.symbol()).contains("-TB/");
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.APPROVED);
        assertThatThrownBy(() -> conclusions.conclude(meeting.id(), caseId, "Lần nữa"))
                .isInstanceOf(DomainException.class);

        // Ten dossier files (nine items, one second version) and the conclusion, for the archive.
        List<CongressFiles.CongressFile> files = congressFiles.stream()
                .flatMap(f -> f.filesOf(caseId).stream())
                .filter(f -> f.title().startsWith("Hồ sơ đề nghị") || f.title().startsWith("Thông báo kết luận"))
                .toList();
        assertThat(files).hasSize(11).allMatch(f -> f.group() == ArchiveGroup.OFFICE);
        assertThat(files.getLast().title()).isEqualTo("Thông báo kết luận số " + doc.symbol());
        byte[] conclusionPdf = jdbc.sql("select bytes from stored_file where id = ?")
                .param(files.getLast().storedFileId())
                .query(byte[].class)
                .single();
        assertThat(new String(Arrays.copyOf(conclusionPdf, 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where entity_type = 'congress_case' and entity_id = ? and action like 'DOSSIER_%'")
                        .param(Long.toString(caseId))
                        .query(Long.class)
                        .single())
                .isEqualTo(16);
    }

    @Test
    void anotherProvinceSeesNeitherTheDossierNorTheCalendar() {
        long caseId = cellCase("2030-2035", CongressState.PREPARING);
        String outsider = fixtures.username(fixtures.userWithRole(Role.COMMITTEE_OFFICE, other.orgId()));
        signIn(outsider);
        assertThatThrownBy(() -> dossiers.view(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.view(province.communeId(), null)).isInstanceOf(AccessDeniedException.class);
        long item =
                checklist.itemsFor("SUBORDINATE_CELL", "ALL_MEMBER").getFirst().id();
        assertThatThrownBy(() -> submissions.upload(caseId, item, "a.pdf", PDF))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAdministratorEditsTheChecklistAndEveryChangeIsAudited() {
        signIn(secretary);
        assertThatThrownBy(() -> checklist.add("SUBORDINATE_CELL", "DELEGATE", "Danh sách đại biểu"))
                .isInstanceOf(AccessDeniedException.class);
        signIn("admin");
        assertThatThrownBy(() -> checklist.add("SUBORDINATE_CELL", "DELEGATE", "  "))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dossier.error.titleRequired"));
        assertThatThrownBy(() -> checklist.add("THON", "DELEGATE", "Danh sách"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.error.badLevel"));
        String title = "Báo cáo thẩm tra tư cách đại biểu " + province.marker();
        DossierItem added = checklist.add("PARTY_GROUP", "DELEGATE", title);
        assertThat(checklist.itemsFor("PARTY_GROUP", "DELEGATE"))
                .extracting(DossierItem::title)
                .contains(title);
        checklist.change(added.id(), title, false);
        assertThat(checklist.itemsFor("PARTY_GROUP", "DELEGATE"))
                .extracting(DossierItem::title)
                .doesNotContain(title);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action like 'DOSSIER_ITEM_%'")
                        .param(Long.toString(added.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}

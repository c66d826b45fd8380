package vn.daihoi.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
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
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressState;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * A dossier handled on paper before the office used daihoi, recorded afterwards: the files uploaded now, the
 * days typed as the steps' effective days, each refused in the future or before the case's previous step, the
 * same permissions as the normal submission and appraisal, and every record audited as recorded from paper.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierPaperTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierSubmissions submissions;

    @Autowired
    DossierAppraisals appraisals;

    @Autowired
    CongressCases cases;

    @Autowired
    ApprovalCalendar calendar;

    @Autowired
    ApprovalConclusions conclusions;

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
    String stranger;

    @BeforeAll
    void tree() {
        fixtures = new Fixtures(context);
        province = fixtures.province("dp");
        other = fixtures.province("dpo");
        secretary = fixtures.username(fixtures.userWithRole(Role.CELL_SECRETARY, province.cellId()));
        office = fixtures.username(fixtures.userWithRole(Role.COMMITTEE_OFFICE, province.communeId()));
        stranger = fixtures.username(fixtures.userWithRole(Role.COMMITTEE_OFFICE, other.communeId()));
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

    /** A cell's case adopted internally 20 days ago, its dossier's files uploaded now. */
    long adoptedCase(String term) {
        long caseId = jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, window_from, window_to,
                            state_changed_at)
                        values (?, ?, 'SUBORDINATE_CELL', 'INTERNAL_ADOPTED', ?, ?, now()) returning id""")
                .params(province.cellId(), term, today().minusMonths(2), today().plusMonths(3))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into congress_transition (case_id, from_state, to_state, at, effective_on, username)
                        values (?, 'PREPARING', 'INTERNAL_ADOPTED', now(), ?, 'test')""").params(caseId, today().minusDays(20)).update();
        signIn(secretary);
        for (DossierView.Item i : dossiers.view(caseId).items()) {
            submissions.upload(caseId, i.item().id(), i.item().code().toLowerCase() + ".pdf", DossierFlowTest.PDF);
        }
        return caseId;
    }

    LocalDate effective(long caseId, CongressState to) {
        return jdbc.sql("select effective_on from congress_transition where case_id = ? and to_state = ?"
                        + " order by id desc limit 1")
                .params(caseId, to.name())
                .query(LocalDate.class)
                .single();
    }

    long paperAudits(long caseId) {
        return jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'congress_case' and entity_id = ?
                        and action = 'DOSSIER_PAPER' and summary like 'Ghi nhận hồ sơ giấy%'""").param(String.valueOf(caseId)).query(Long.class).single();
    }

    void refused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aPaperRoundIsRecordedWithTheTypedDaysReturnedThenResubmittedAndReady() {
        long caseId = adoptedCase("2025-2030");
        LocalDate adopted = today().minusDays(20);

        // The days typed are checked: not in the future, not before the previous step, the congress after it.
        refused(
                () -> submissions.recordSubmittedOnPaper(caseId, today().plusDays(1), today().plusDays(30)),
                "dossier.error.paperDateFuture");
        refused(
                () -> submissions.recordSubmittedOnPaper(caseId, adopted.minusDays(1), today().plusDays(30)),
                "dossier.error.paperDateBeforeStep");
        refused(
                () -> submissions.recordSubmittedOnPaper(caseId, today().minusDays(15), today().minusDays(16)),
                "dossier.error.plannedBeforeSubmitted");
        refused(() -> submissions.recordSubmittedOnPaper(caseId, null, today()), "dossier.error.paperDateRequired");
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.INTERNAL_ADOPTED);
        assertThat(jdbc.sql("select count(*) from dossier_round where case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(paperAudits(caseId)).isZero();

        // Submitted on paper 15 days ago, its congress planned on a day now past.
        LocalDate submitted = today().minusDays(15);
        submissions.recordSubmittedOnPaper(caseId, submitted, today().minusDays(2));
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.DOSSIER_SUBMITTED);
        assertThat(effective(caseId, CongressState.DOSSIER_SUBMITTED)).isEqualTo(submitted);
        DossierView.Round round = dossiers.view(caseId).rounds().getFirst();
        assertThat(Dates.vnDate(round.submittedAt())).isEqualTo(submitted);
        assertThat(round.submittedBy()).isEqualTo(secretary);
        assertThat(paperAudits(caseId)).isEqualTo(1);

        // The unit does not appraise its own dossier, on paper either; a stranger may not record it.
        DossierItem personnel = dossiers.view(caseId).items().get(3).item();
        PaperVerdict returned = new PaperVerdict(
                PaperVerdict.Outcome.RETURNED,
                today().minusDays(12),
                null,
                List.of(new PaperVerdict.ItemComment(personnel.id(), "Bổ sung tỷ lệ cán bộ nữ")));
        assertThatThrownBy(() -> appraisals.recordVerdictOnPaper(caseId, returned))
                .isInstanceOf(AccessDeniedException.class);
        signIn(stranger);
        assertThatThrownBy(() -> appraisals.recordVerdictOnPaper(caseId, returned))
                .isInstanceOf(AccessDeniedException.class);

        signIn(office);
        refused(
                () -> appraisals.recordVerdictOnPaper(
                        caseId, new PaperVerdict(PaperVerdict.Outcome.RETURNED, submitted.minusDays(1), null, null)),
                "dossier.error.paperDateBeforeStep");
        refused(
                () -> appraisals.recordVerdictOnPaper(
                        caseId, new PaperVerdict(PaperVerdict.Outcome.READY, today().plusDays(2), null, null)),
                "dossier.error.paperDateFuture");
        refused(
                () -> appraisals.recordVerdictOnPaper(
                        caseId, new PaperVerdict(PaperVerdict.Outcome.RETURNED, today().minusDays(12), " ", null)),
                "dossier.error.returnNeedsReason");
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.DOSSIER_SUBMITTED);

        appraisals.recordVerdictOnPaper(caseId, returned);
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.RETURNED_FOR_REVISION);
        assertThat(effective(caseId, CongressState.UNDER_APPRAISAL)).isEqualTo(today().minusDays(12));
        assertThat(effective(caseId, CongressState.RETURNED_FOR_REVISION)).isEqualTo(today().minusDays(12));
        DossierView view = dossiers.view(caseId);
        assertThat(view.rounds().getFirst().verdict()).isEqualTo("RETURNED");
        assertThat(view.rounds().getFirst().verdictBy()).isEqualTo(office);
        assertThat(view.items().get(3).comments())
                .singleElement()
                .satisfies(c -> assertThat(Dates.vnDate(c.at())).isEqualTo(today().minusDays(12)));
        assertThat(paperAudits(caseId)).isEqualTo(2);

        // Fixed and handed in again, then declared ready: the case waits for its approval meeting.
        signIn(secretary);
        refused(
                () -> submissions.recordSubmittedOnPaper(caseId, today().minusDays(13), today().plusDays(20)),
                "dossier.error.paperDateBeforeStep");
        submissions.recordSubmittedOnPaper(caseId, today().minusDays(8), today().plusDays(20));
        signIn(office);
        appraisals.recordVerdictOnPaper(
                caseId, new PaperVerdict(PaperVerdict.Outcome.READY, today().minusDays(5), "Hồ sơ đầy đủ", null));
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.APPROVAL_MEETING);
        assertThat(effective(caseId, CongressState.APPROVAL_MEETING)).isEqualTo(today().minusDays(5));
        assertThat(dossiers.view(caseId).rounds())
                .extracting(DossierView.Round::verdict)
                .containsExactly("RETURNED", "READY");
        assertThat(paperAudits(caseId)).isEqualTo(4);

        // The meeting held on paper, scheduled at its past day; its notice recorded with its number and day.
        long superior = calendar.superiorOfCase(province.cellId());
        ApprovalMeeting meeting = calendar.schedule(
                superior,
                new ApprovalMeeting.New(
                        today().minusDays(4),
                        LocalTime.of(8, 0),
                        LocalTime.of(9, 30),
                        "Phòng họp Đảng ủy",
                        List.of(new ApprovalMeeting.Entry(caseId, "Đồng chí Bí thư chi bộ"))));
        refused(
                () -> conclusions.recordOnPaper(
                        meeting.id(), caseId, 77, today().minusDays(5), "tb.pdf", DossierFlowTest.PDF),
                "dossier.error.paperDateBeforeStep");
        refused(
                () -> conclusions.recordOnPaper(
                        meeting.id(), caseId, 77, today().plusDays(1), "tb.pdf", DossierFlowTest.PDF),
                "dossier.error.paperDateFuture");
        refused(
                () -> conclusions.recordOnPaper(
                        meeting.id(), caseId, null, today().minusDays(3), "tb.pdf", DossierFlowTest.PDF),
                "dossier.error.paperNumberRequired");
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.APPROVAL_MEETING);
        IssuedDocument notice = conclusions.recordOnPaper(
                meeting.id(), caseId, 77, today().minusDays(3), "tb.pdf", DossierFlowTest.PDF);
        assertThat(notice.symbol()).startsWith("77-TB/");
        assertThat(jdbc.sql("select issued_on from document where id = ?")
                        .param(notice.id())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today().minusDays(3));
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.APPROVED);
        assertThat(effective(caseId, CongressState.APPROVED)).isEqualTo(today().minusDays(3));
        assertThat(calendar.meeting(meeting.id()).agenda().getFirst().conclusionSymbol())
                .isEqualTo(notice.symbol());
        assertThat(paperAudits(caseId)).isEqualTo(5);
        // every step went through the state machine, audited as such too: submitted, taken up, returned, twice, then
        // approved
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'congress_case' and entity_id = ?
                        and action = 'CONGRESS_STEP'""").param(String.valueOf(caseId)).query(Long.class).single())
                .isEqualTo(7);
    }

    @Test
    void aPaperSubmissionNeedsTheUnitsRightAndEveryItem() {
        long caseId = adoptedCase("2030-2035");
        signIn(stranger);
        assertThatThrownBy(() -> submissions.recordSubmittedOnPaper(caseId, today().minusDays(3), today()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.find(caseId).orElseThrow().state()).isEqualTo(CongressState.INTERNAL_ADOPTED);

        long bare = jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, window_from, window_to,
                            state_changed_at)
                        values (?, '2035-2040', 'SUBORDINATE_CELL', 'INTERNAL_ADOPTED', ?, ?, now()) returning id""")
                .params(province.cellId(), today().minusMonths(2), today().plusMonths(3))
                .query(Long.class)
                .single();
        signIn(secretary);
        refused(() -> submissions.recordSubmittedOnPaper(bare, today().minusDays(3), today()), "dossier.error.missing");
    }
}

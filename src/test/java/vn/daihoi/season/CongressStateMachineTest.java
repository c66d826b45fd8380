package vn.daihoi.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import vn.daihoi.platform.DomainException;
import vn.daihoi.results.Confirmations;
import vn.daihoi.results.ResultsRequests;
import vn.daihoi.rules.WorkingDays;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * The state machine on the real database: every pair of states not in {@link CongressTransitions} is
 * refused and changes nothing; every listed step goes through; each step checks who takes it and what
 * it carries, and sets the deadline on the working-day calendar.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CongressStateMachineTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CongressCases cases;

    @Autowired
    Confirmations confirmations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    Clock clock;

    Fixtures fixtures;
    Province province;
    final AtomicInteger terms = new AtomicInteger(1000);

    @BeforeAll
    void tree() {
        fixtures = new Fixtures(context);
        province = fixtures.province("sm");
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

    /** A case of the commune in the given state, in a term of its own (one case per unit and term). */
    long caseIn(CongressState state) {
        int start = terms.getAndIncrement();
        return jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, resume_state, window_from, window_to,
                            closed_on, reported_on, state_changed_at)
                        values (?, ?, 'GRASSROOTS_COMMITTEE', ?, ?, ?, ?, ?, ?, now()) returning id""")
                .param(province.communeId())
                .param(start + "-" + (start + 5))
                .param(state.name())
                .param(state == CongressState.POSTPONED ? "PREPARING" : null)
                .param(today().minusMonths(1))
                .param(today().plusMonths(2))
                .param(today().minusDays(2))
                .param(today().minusDays(1))
                .query(Long.class)
                .single();
    }

    CongressMove complete(CongressState to) {
        return new CongressMove(to, today(), today().plusYears(1), "Theo kết luận của ban thường vụ", null);
    }

    int transitionsOf(long caseId) {
        return jdbc.sql("select count(*) from congress_transition where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    @Test
    void everyPairOutsideTheTableIsRefusedAndEveryStepInItIsTaken() {
        signIn("admin");
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        for (CongressState from : CongressState.values()) {
            CongressState resume = from == CongressState.POSTPONED ? CongressState.PREPARING : null;
            for (CongressState to : CongressState.values()) {
                long id = caseIn(from);
                boolean allowed = CongressTransitions.find(from, resume, to).isPresent();
                try {
                    CongressCase moved = cases.move(id, complete(to));
                    if (!allowed || moved.state() != to) {
                        wrong.add(from + "→" + to + " was taken");
                    }
                } catch (DomainException e) {
                    if (allowed && to == CongressState.CONFIRMED) {
                        // legal in the table, but only results.Confirmations confirms, with its registered decision
                        assertThat(e.messageKey()).isEqualTo("results.error.confirmByDecision");
                        assertThat(transitionsOf(id)).isZero();
                    } else if (allowed && to == CongressState.APPROVAL_MEETING) {
                        // legal in the table, but dossier.DossierGate holds it while the dossier misses items
                        assertThat(e.messageKey()).isEqualTo("dossier.error.notReady");
                        assertThat(transitionsOf(id)).isZero();
                    } else if (allowed) {
                        wrong.add(from + "→" + to + " refused: " + e.messageKey());
                    } else {
                        refused++;
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.messageKey()).isEqualTo("congress.error.illegal");
                        assertThat(cases.find(id).orElseThrow().state()).isEqualTo(from);
                        assertThat(transitionsOf(id)).isZero();
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        // Terminal states have no way out; everything else has at least a dissolution and a merger.
        assertThat(refused).isGreaterThan(300);
        for (CongressState terminal : CongressState.TERMINAL) {
            assertThat(CongressTransitions.from(terminal, null)).isEmpty();
        }
    }

    @Test
    void eachSideTakesOnlyItsOwnSteps() {
        long secretary = fixtures.userWithRole(Role.CELL_SECRETARY, province.communeId());
        long board = fixtures.userWithRole(Role.ORGANIZATION_BOARD, province.orgId());
        Province other = fixtures.province("sm2");
        long outsider = fixtures.userWithRole(Role.COMMITTEE_OFFICE, other.orgId());

        long id = caseIn(CongressState.PLAN_ISSUED);
        signIn(fixtures.username(board));
        assertThatThrownBy(() -> cases.move(id, complete(CongressState.PREPARING)))
                .isInstanceOf(AccessDeniedException.class);
        signIn(fixtures.username(outsider));
        assertThatThrownBy(() -> cases.move(id, complete(CongressState.PREPARING)))
                .isInstanceOf(AccessDeniedException.class);
        signIn(fixtures.username(secretary));
        cases.move(id, complete(CongressState.PREPARING));
        cases.move(id, complete(CongressState.INTERNAL_ADOPTED));
        cases.move(id, complete(CongressState.DOSSIER_SUBMITTED));
        // Appraisal is the superior's: the commune's own secretary may not do it.
        assertThatThrownBy(() -> cases.move(id, complete(CongressState.UNDER_APPRAISAL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.stepsForCurrentUser(cases.find(id).orElseThrow())).isEmpty();
        signIn(fixtures.username(board));
        cases.move(id, complete(CongressState.UNDER_APPRAISAL));
        assertThat(cases.find(id).orElseThrow().state()).isEqualTo(CongressState.UNDER_APPRAISAL);
        assertThat(transitionsOf(id)).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CONGRESS_STEP' and entity_id = ?")
                        .param(Long.toString(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void stepsCarryWhatTheyNeedOrChangeNothing() {
        signIn("admin");
        long id = caseIn(CongressState.UNDER_APPRAISAL);
        assertThatThrownBy(() ->
                        cases.move(id, new CongressMove(CongressState.RETURNED_FOR_REVISION, null, null, "  ", null)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("congress.error.reasonRequired"));
        assertThatThrownBy(() -> cases.move(
                        id, new CongressMove(CongressState.POSTPONED, null, today().minusDays(1), "Dịch bệnh", null)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("congress.error.newDateRequired"));
        assertThatThrownBy(() -> cases.move(
                        id, new CongressMove(CongressState.APPROVAL_MEETING, today().plusDays(1), null, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("congress.error.futureStep"));
        assertThatThrownBy(() -> cases.move(id, new CongressMove(CongressState.APPROVAL_MEETING, null, null, null, 7)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("congress.error.stale"));
        assertThat(cases.find(id).orElseThrow().state()).isEqualTo(CongressState.UNDER_APPRAISAL);
        assertThat(transitionsOf(id)).isZero();

        // Postponed with a new date, then resumed where it stopped; the new date is the deadline.
        LocalDate newDate = today().plusMonths(6);
        CongressCase postponed =
                cases.move(id, new CongressMove(CongressState.POSTPONED, null, newDate, "Dịch bệnh", null));
        assertThat(postponed.resumeState()).isEqualTo(CongressState.UNDER_APPRAISAL);
        assertThat(postponed.dueOn()).isEqualTo(newDate);
        assertThat(CongressTransitions.from(CongressState.POSTPONED, postponed.resumeState())
                        .getFirst()
                        .to())
                .isEqualTo(CongressState.UNDER_APPRAISAL);
        CongressCase resumed = cases.move(id, complete(CongressState.UNDER_APPRAISAL));
        assertThat(resumed.resumeState()).isNull();
        assertThat(resumed.dueOn()).isEqualTo(newDate);
    }

    @Test
    void closingSetsTheReportDeadlineInWorkingDaysAndTheReportTheConfirmationDeadline() {
        signIn("admin");
        long id = caseIn(CongressState.IN_SESSION);
        LocalDate closed = today().minusDays(3);
        CongressCase c = cases.move(id, new CongressMove(CongressState.CLOSED, closed, null, null, null));
        assertThat(c.closedOn()).isEqualTo(closed);
        assertThat(c.dueOn()).isEqualTo(workingDays.plusWorkingDays(closed, 7));
        assertThat(c.state().held()).isTrue();
        LocalDate reported = today().minusDays(1);
        c = cases.move(id, new CongressMove(CongressState.RESULT_REPORTED, reported, null, null, null));
        assertThat(c.dueOn()).isEqualTo(workingDays.plusWorkingDays(reported, 15));
        assertThatThrownBy(() -> cases.move(id, new CongressMove(CongressState.CONFIRMED, closed, null, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("congress.error.beforeLastStep"));
        // the generic step cannot confirm: the confirmation is the superior's registered decision
        assertThatThrownBy(() -> cases.move(id, complete(CongressState.CONFIRMED)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("results.error.confirmByDecision"));
        c = confirmations
                .confirm(id, new ResultsRequests.Confirmation(null, null, null, null))
                .congress();
        assertThat(c.confirmedOn()).isEqualTo(today());
        assertThat(c.dueOn()).isNull();
        assertThat(cases.history(id))
                .extracting(CongressHistoryEntry::to)
                .containsExactly(CongressState.CLOSED, CongressState.RESULT_REPORTED, CongressState.CONFIRMED);
    }

    @Test
    void codesInTheDatabaseMatchTheEnum() {
        String def = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")
                .param("congress_case_state_check")
                .query(String.class)
                .single();
        List<String> allowed = java.util.Arrays.stream(def.split("'"))
                .filter(s -> s.matches("[A-Z_]+"))
                .sorted()
                .toList();
        assertThat(allowed)
                .isEqualTo(java.util.Arrays.stream(CongressState.values())
                        .map(Enum::name)
                        .sorted()
                        .toList());
    }
}

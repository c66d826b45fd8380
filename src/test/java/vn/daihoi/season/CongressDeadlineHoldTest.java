package vn.daihoi.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.platform.DomainException;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * {@link CongressCases#holdDeadline}: only a case awaiting confirmation, only inside the caller's transaction; and
 * {@link CongressCases#lock}, the case lock other modules take.
 */
@SpringBootTest
class CongressDeadlineHoldTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CongressCases cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    long caseIn(long orgId, String state, String term) {
        return jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, due_on, state_changed_at)
                        values (?, ?, 'GRASSROOTS_COMMITTEE', ?, ?, now()) returning id""")
                .params(orgId, term, state, LocalDate.now(clock).plusDays(20))
                .query(Long.class)
                .single();
    }

    @Test
    void clearsAndRestoresTheDeadlineOfACaseAwaitingConfirmationOnly() {
        Province p = new Fixtures(context).province("hold");
        long reported = caseIn(p.communeId(), "RESULT_REPORTED", "2025-2030");
        long closed = caseIn(p.communeId(), "CLOSED", "2030-2035");
        int version = cases.find(reported).orElseThrow().version();

        assertThatThrownBy(() -> cases.holdDeadline(reported, null))
                .isInstanceOf(IllegalTransactionStateException.class);
        tx.executeWithoutResult(s -> cases.holdDeadline(reported, null));
        assertThat(cases.find(reported).orElseThrow().dueOn()).isNull();
        LocalDate resumed = LocalDate.now(clock).plusDays(9);
        tx.executeWithoutResult(s -> cases.holdDeadline(reported, resumed));
        CongressCase after = cases.find(reported).orElseThrow();
        assertThat(after.dueOn()).isEqualTo(resumed);
        assertThat(after.version()).isEqualTo(version + 2);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> cases.holdDeadline(closed, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("congress.error.illegal"));
        assertThat(cases.find(closed).orElseThrow().dueOn()).isNotNull();
    }

    @Test
    void theCaseLockOfferedToOtherModulesHoldsTheRowAndReadsTheStateUnderIt() throws Exception {
        Province p = new Fixtures(context).province("lock");
        long id = caseIn(p.communeId(), "PREPARING", "2025-2030");
        assertThatThrownBy(() -> cases.lock(id)).isInstanceOf(IllegalTransactionStateException.class);
        java.util.Optional<CongressState> unknown = tx.execute(s -> cases.lock(-1));
        assertThat(unknown).isEmpty();
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(() -> tx.executeWithoutResult(s -> {
            assertThat(cases.lock(id)).contains(CongressState.PREPARING);
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        locked.await();
        // another transaction cannot take the row while the first holds it
        Boolean taken = tx.execute(
                s -> jdbc.sql("select exists (select 1 from congress_case where id = ? for update skip locked)")
                        .param(id)
                        .query(Boolean.class)
                        .single());
        release.countDown();
        holder.join();
        assertThat(taken).isFalse();
        java.util.Optional<CongressState> after = tx.execute(s -> cases.lock(id));
        assertThat(after).contains(CongressState.PREPARING);
    }
}

package vn.daihoi.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.results.ResultsFixtures;
import vn.daihoi.roll.internal.CheckInAnswer;
import vn.daihoi.roll.internal.CheckIns;
import vn.daihoi.roll.internal.RollBook;
import vn.daihoi.security.Fixtures;

/**
 * Two doors scan the same badge at the same moment: one answers CHECKED_IN, the other ALREADY_CHECKED_IN with
 * the first one's time; never an error, never two check-ins.
 */
@SpringBootTest
class CheckInRaceTest {

    private static final int BADGES = 40;

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckIns checkIns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void theSameBadgeAtTwoDoorsAtOnceIsCheckedInOnce() throws Exception {
        long id = RollFixtures.congress(
                jdbc, new Fixtures(context).province("race").communeId(), "DELEGATE");
        for (int n = 1; n <= BADGES; n++) {
            jdbc.sql("""
                            insert into roll_entry (case_id, number, full_name, kind, badge_token, created_at)
                            values (?, ?, ?, 'APPOINTED', ?, now())""").params(id, n, "Đại biểu " + n, RollBook.newToken()).update();
        }
        List<String> tokens = jdbc.sql("select badge_token from roll_entry where case_id = ? order by number")
                .param(id)
                .query(String.class)
                .list();
        ExecutorService doors = Executors.newFixedThreadPool(2);
        try {
            for (String token : tokens) {
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                Callable<CheckInAnswer> scan = () -> {
                    ResultsFixtures.signIn(users, "admin");
                    try {
                        together.await(10, TimeUnit.SECONDS);
                        return checkIns.checkIn(id, token, null);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                List<Future<CheckInAnswer>> both = new ArrayList<>(doors.invokeAll(List.of(scan, scan)));
                CheckInAnswer a = both.get(0).get();
                CheckInAnswer b = both.get(1).get();
                assertThat(List.of(a.outcome(), b.outcome()))
                        .containsExactlyInAnyOrder(
                                CheckInAnswer.Outcome.CHECKED_IN, CheckInAnswer.Outcome.ALREADY_CHECKED_IN);
                assertThat(a.checkedAt()).isEqualTo(b.checkedAt());
            }
        } finally {
            doors.shutdownNow();
        }
        assertThat(jdbc.sql("""
                        select count(*) from roll_checkin c join roll_entry e on e.id = c.roll_entry_id
                        where e.case_id = ?""").param(id).query(Integer.class).single()).isEqualTo(BADGES);
    }
}

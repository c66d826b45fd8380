package vn.daihoi.season.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.daihoi.access.Role;
import vn.daihoi.access.UserAdmin;
import vn.daihoi.season.CongressState;
import vn.daihoi.security.Fixtures;
import vn.daihoi.security.Fixtures.Province;

/**
 * Deadlines reach the people whose move it is: the follower always, the unit's own office while the unit
 * must act, the superior's office while a dossier waits there; a second scan adds nothing, and with an
 * SMTP server each person gets one message.
 */
@SpringBootTest
class DeadlineNotificationsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeadlineNotifier notifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long caseOf(long orgId, String term, CongressState state, LocalDate due, Long follower) {
        return jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, due_on, follower_user_id,
                            state_changed_at)
                        values (?, ?, 'GRASSROOTS_COMMITTEE', ?, ?, ?, now()) returning id""")
                .param(orgId)
                .param(term)
                .param(state.name())
                .param(due)
                .param(follower)
                .query(Long.class)
                .single();
    }

    List<String> notified(long userId) {
        return jdbc.sql("select kind || ':' || case_id from notification where user_id = ? order by 1")
                .param(userId)
                .query(String.class)
                .list();
    }

    @Test
    void theResponsiblePeopleAreNotifiedOnceAndMailedOnce() throws Exception {
        Fixtures fx = new Fixtures(context);
        Province p = fx.province("nt");
        long follower = fx.userWithRole(Role.VIEWER, p.orgId());
        long unitSecretary = fx.userWithRole(Role.CELL_SECRETARY, p.communeId());
        long superiorOffice = fx.userWithRole(Role.COMMITTEE_OFFICE, p.orgId());
        LocalDate today = LocalDate.now(clock);
        long late = caseOf(p.communeId(), "3000-3005", CongressState.PREPARING, today.minusDays(1), follower);
        long waiting = caseOf(p.communeId(), "3005-3010", CongressState.DOSSIER_SUBMITTED, today.plusDays(3), null);
        long farOff = caseOf(p.communeId(), "3010-3015", CongressState.PREPARING, today.plusDays(60), follower);
        long done = caseOf(p.communeId(), "3015-3020", CongressState.ARCHIVED, today.minusDays(9), follower);

        assertThat(notifier.scan()).isPositive();
        assertThat(notified(follower)).containsExactly("CONGRESS_OVERDUE:" + late);
        assertThat(notified(unitSecretary)).containsExactly("CONGRESS_OVERDUE:" + late);
        assertThat(notified(superiorOffice)).containsExactly("CONGRESS_DUE_SOON:" + waiting);
        assertThat(jdbc.sql("select count(*) from notification where case_id in (?, ?)")
                        .param(farOff)
                        .param(done)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(notifier.scan()).isZero();

        // With an SMTP server: one message per person with an address, then nothing more to send.
        UserAdmin users = context.getBean(UserAdmin.class);
        assertThatThrownBy(() -> users.setEmail(follower, "không phải thư"))
                .isInstanceOf(vn.daihoi.platform.DomainException.class);
        users.setEmail(follower, fx.username(follower) + "@example.vn");
        users.setEmail(superiorOffice, fx.username(superiorOffice) + "@example.vn");
        List<String> received = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread smtp = Thread.ofVirtual().start(() -> serve(server, received));
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(server.getLocalPort());
            sender.setDefaultEncoding("UTF-8");
            // No DNS lookup of this machine's name for the greeting.
            sender.getJavaMailProperties().setProperty("mail.smtp.localhost", "localhost");
            NotificationMailer mailer = context.getBean(NotificationMailer.class);
            assertThat(mailer.sendPending(sender)).isGreaterThanOrEqualTo(2);
            assertThat(mailer.sendPending(sender)).isZero();
            server.close();
            smtp.join();
        }
        assertThat(received).anySatisfy(m -> assertThat(m).contains(fx.username(follower) + "@example.vn"));
        assertThat(received).anySatisfy(m -> assertThat(m).contains(fx.username(superiorOffice) + "@example.vn"));
        assertThat(jdbc.sql("select count(*) from notification where user_id in (?, ?) and emailed_at is null")
                        .param(follower)
                        .param(superiorOffice)
                        .query(Integer.class)
                        .single())
                .isZero();
        // Without an address nothing is sent and the notification stays in-app.
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and emailed_at is null")
                        .param(unitSecretary)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    /** A minimal SMTP server: accepts messages until the socket is closed, keeping each envelope and body. */
    static void serve(ServerSocket server, List<String> received) {
        while (!server.isClosed()) {
            try (Socket s = server.accept();
                    var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    var out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8)) {
                out.print("220 localhost\r\n");
                out.flush();
                StringBuilder message = new StringBuilder();
                String line;
                boolean data = false;
                while ((line = in.readLine()) != null) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            received.add(message.toString());
                            message.setLength(0);
                            out.print("250 OK\r\n");
                        } else {
                            message.append(line).append('\n');
                        }
                    } else if (line.toUpperCase().startsWith("DATA")) {
                        data = true;
                        out.print("354 go\r\n");
                    } else if (line.toUpperCase().startsWith("QUIT")) {
                        out.print("221 bye\r\n");
                        out.flush();
                        break;
                    } else {
                        if (line.toUpperCase().startsWith("RCPT")) {
                            message.append(line).append('\n');
                        }
                        out.print("250 OK\r\n");
                    }
                    out.flush();
                }
            } catch (java.io.IOException e) {
                return;
            }
        }
    }
}

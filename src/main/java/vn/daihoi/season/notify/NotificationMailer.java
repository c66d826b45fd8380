package vn.daihoi.season.notify;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.daihoi.access.UserSql;
import vn.daihoi.platform.Dates;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressState;

/**
 * Sends each user with an e-mail address one message listing their notifications not yet e-mailed.
 * Only when an SMTP server is configured ({@code spring.mail.host}); otherwise notifications stay in-app.
 * A message that fails is retried at the next scan (emailed_at stays empty).
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    NotificationMailer(
            ObjectProvider<JavaMailSender> sender,
            JdbcClient jdbc,
            MessageSource messages,
            @Value("${daihoi.notifications.from:daihoi@localhost}") String from,
            @Value("${daihoi.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    record Pending(
            long id, long userId, String email, String kind, String unit, CongressState state, LocalDate dueOn) {}

    /** Sends what is pending; returns the number of messages sent (0 without an SMTP server). */
    int sendPending() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        return sendPending(mail);
    }

    int sendPending(JavaMailSender mail) {
        List<Pending> pending = jdbc.sql("""
                        select n.id, n.user_id, """ + UserSql.mailbox("n.user_id") + """
                         as email, n.kind, n.state, n.due_on,
                               """ + CongressCases.UNIT_NAME
                        + """
                         as unit
                        from notification n
                        join congress_case c on c.id = n.case_id
                        where n.emailed_at is null and %s is not null
                        order by n.user_id, n.due_on, n.id
                        limit 5000""".formatted(UserSql.mailbox("n.user_id")))
                .query((rs, i) -> new Pending(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        rs.getString("email"),
                        rs.getString("kind"),
                        rs.getString("unit"),
                        CongressState.valueOf(rs.getString("state")),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
        Map<Long, List<Pending>> byUser = new LinkedHashMap<>();
        pending.forEach(p -> byUser.computeIfAbsent(p.userId(), k -> new java.util.ArrayList<>())
                .add(p));
        int sent = 0;
        for (List<Pending> items : byUser.values()) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(items.getFirst().email());
            message.setSubject(messages.getMessage("notify.mail.subject", new Object[] {items.size()}, VI));
            StringBuilder body = new StringBuilder(messages.getMessage("notify.mail.intro", null, VI));
            body.append("\n\n");
            for (Pending p : items) {
                body.append("- ")
                        .append(messages.getMessage(
                                "notify.kind." + p.kind(),
                                new Object[] {
                                    p.unit(),
                                    messages.getMessage("congress.state." + p.state(), null, VI),
                                    Dates.format(p.dueOn())
                                },
                                VI))
                        .append('\n');
            }
            body.append('\n').append(baseUrl).append("/notifications\n");
            message.setText(body.toString());
            try {
                mail.send(message);
                jdbc.sql("update notification set emailed_at = now() where id in (:ids)")
                        .param("ids", items.stream().map(Pending::id).toList())
                        .update();
                sent++;
            } catch (MailException e) {
                log.warn(
                        "Không gửi được thư thông báo tới {}: {}",
                        items.getFirst().email(),
                        e.getMessage());
            }
        }
        return sent;
    }
}

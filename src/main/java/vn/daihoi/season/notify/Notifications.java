package vn.daihoi.season.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.access.AccessControl;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressState;

/** The signed-in user's own notifications: nobody reads or marks another user's. */
@Component("notifications")
public class Notifications {

    /** One notification with what the page shows of its case. */
    public record Item(
            long id,
            String kind,
            long caseId,
            String unit,
            String term,
            CongressState state,
            LocalDate dueOn,
            Instant createdAt,
            boolean read) {}

    private final JdbcClient jdbc;
    private final AccessControl access;

    Notifications(JdbcClient jdbc, AccessControl access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Unread count for the navigation bar (0 when nobody is signed in). */
    public int unreadCount() {
        return access.currentUser()
                .map(u -> jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                        .param(u.id())
                        .query(Integer.class)
                        .single())
                .orElse(0);
    }

    /** The user's latest unread notifications, newest first, at most {@code limit} (the home page's block). */
    public List<Item> latestUnread(int limit) {
        return mine(limit, 0).stream().filter(n -> !n.read()).toList();
    }

    public List<Item> mine(int limit, int offset) {
        long user = access.requireUser().id();
        return jdbc.sql("""
                        select n.id, n.kind, n.case_id, n.state, n.due_on, n.created_at, n.read_at is not null as read,
                               c.term,
                               """ + CongressCases.UNIT_NAME + """
                         as unit
                        from notification n join congress_case c on c.id = n.case_id
                        where n.user_id = ?
                        order by n.read_at is null desc, n.created_at desc, n.id desc
                        limit ? offset ?""")
                .param(user)
                .param(limit)
                .param(offset)
                .query((rs, i) -> new Item(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getLong("case_id"),
                        rs.getString("unit"),
                        rs.getString("term"),
                        CongressState.valueOf(rs.getString("state")),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("read")))
                .list();
    }

    /** Marks one of the user's notifications read; someone else's id changes nothing. */
    public boolean markRead(long id) {
        return jdbc.sql("update notification set read_at = now() where id = ? and user_id = ? and read_at is null")
                        .param(id)
                        .param(access.requireUser().id())
                        .update()
                > 0;
    }

    public int markAllRead() {
        return jdbc.sql("update notification set read_at = now() where user_id = ? and read_at is null")
                .param(access.requireUser().id())
                .update();
    }
}

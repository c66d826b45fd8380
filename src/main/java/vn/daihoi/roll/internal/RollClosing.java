package vn.daihoi.roll.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;

/**
 * Closing the roll ("Chốt danh sách đại biểu"): once closed, nobody is added, marked absent or called up any
 * more (the base D of the elections stays what the congress was told); check-in continues. The presidium may
 * reopen it with a reason, recorded with who and when. Both are audited and take the case's row lock.
 */
@Service
public class RollClosing {

    /** One closing or reopening, latest first in {@link #history}. */
    public record Decision(boolean closed, String reason, OffsetDateTime decidedAt, String username) {}

    private final JdbcClient jdbc;
    private final RollBook book;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    RollClosing(JdbcClient jdbc, RollBook book, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.book = book;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the roll of the case is closed now, for a user who may see the case. */
    @Transactional(readOnly = true)
    public boolean closed(long caseId) {
        book.congress(caseId);
        return book.closed(caseId);
    }

    /** The closings and reopenings of the roll, latest first. */
    @Transactional(readOnly = true)
    public List<Decision> history(long caseId) {
        book.congress(caseId);
        return jdbc.sql("""
                        select closed, reason, decided_at, username from roll_closing
                        where case_id = ? order by id desc""")
                .param(caseId)
                .query((rs, i) -> new Decision(
                        rs.getBoolean(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
                .list();
    }

    /** Closes the roll; refused when it is already closed or empty. */
    @Transactional
    public void close(long caseId) {
        CongressCase c = book.lockForRollChange(caseId);
        int summoned = jdbc.sql("select count(*) from roll_entry where case_id = ? and summoned")
                .param(caseId)
                .query(Integer.class)
                .single();
        if (summoned == 0) {
            throw DomainException.conflict("roll.error.closeEmpty", c.orgName());
        }
        insert(caseId, true, null);
        audit.record(AuditLog.Change.of(
                        "ROLL_CLOSED",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Chốt danh sách đại biểu đại hội " + c.orgName() + ": " + summoned + " người triệu tập")
                .withDetails(Map.of("summoned", summoned)));
    }

    /** Reopens a closed roll by decision of the presidium, with its reason (required, at most 500 characters). */
    @Transactional
    public void reopen(long caseId, String reason) {
        CongressCase c = book.lockForChange(caseId, RollActivity.PREPARE);
        if (!book.closed(caseId)) {
            throw DomainException.conflict("roll.error.notClosed", c.orgName());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DomainException("roll.error.reopenReason");
        }
        if (why.length() > 500) {
            throw new DomainException("roll.error.reasonTooLong");
        }
        insert(caseId, false, why);
        audit.record(AuditLog.Change.of(
                        "ROLL_REOPENED",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Mở lại danh sách đại biểu đại hội " + c.orgName() + " theo quyết định của Đoàn Chủ tịch: "
                                + why)
                .withDetails(why));
    }

    private void insert(long caseId, boolean closed, String reason) {
        jdbc.sql("""
                        insert into roll_closing (case_id, closed, reason, decided_at, username)
                        values (?, ?, ?, ?, ?)""")
                .param(caseId)
                .param(closed)
                .param(reason)
                .param(OffsetDateTime.now(clock))
                .param(access.requireUser().getUsername())
                .update();
    }
}

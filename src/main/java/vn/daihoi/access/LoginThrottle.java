package vn.daihoi.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;

/**
 * Failed sign-ins counted per (account name, client address) in PostgreSQL, with a growing delay: the
 * {@link #FREE_FAILURES}th failure from one address refuses that pair for {@link #FIRST_DELAY}, every further
 * failure after a delay has run out doubles it, up to {@link #MAX_DELAY}; a success from that address clears
 * the pair. The account itself is never locked, so nobody can shut an administrator out from elsewhere.
 * Wrong current passwords on the password page count as failures too.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration MAX_DELAY = Duration.ofHours(1);
    /** Pairs without a failure for this long are forgotten (names tried once by a scanner must not pile up). */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    LoginThrottle(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** What is on record for a pair: whether it is refused now, and whether there is anything to clear. */
    record State(boolean blocked, boolean onRecord) {
        static final State CLEAN = new State(false, false);
    }

    State state(String username, String client) {
        return jdbc.sql("select blocked_until from login_throttle where username = ? and client = ?")
                .params(key(username), key(client))
                .query((rs, i) -> {
                    Timestamp until = rs.getTimestamp("blocked_until");
                    return new State(until != null && until.toInstant().isAfter(clock.instant()), true);
                })
                .optional()
                .orElse(State.CLEAN);
    }

    /**
     * Counts a failure of the pair in its own transaction (the refused request rolls its own work back, the
     * count must stay). Failures while the pair is refused are not counted: the delay is not extended by
     * knocking, only a failure after it has run out doubles it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username, String client) {
        Instant now = clock.instant();
        String user = key(username);
        String from = key(client);
        jdbc.sql("delete from login_throttle where last_failure_at < ?")
                .param(Timestamp.from(now.minus(FORGET_AFTER)))
                .update();
        record Row(int failures, Instant blockedUntil) {}
        Optional<Row> row = jdbc.sql("""
                insert into login_throttle (username, client, failures, last_failure_at) values (?, ?, 1, ?)
                on conflict (username, client) do update set
                  failures = case when login_throttle.blocked_until > excluded.last_failure_at
                                  then login_throttle.failures else login_throttle.failures + 1 end,
                  last_failure_at = excluded.last_failure_at
                returning failures, blocked_until
                """)
                .params(user, from, Timestamp.from(now))
                .query((rs, i) -> {
                    Timestamp until = rs.getTimestamp("blocked_until");
                    return new Row(rs.getInt("failures"), until == null ? null : until.toInstant());
                })
                .optional();
        if (row.isEmpty()
                || row.get().failures() < FREE_FAILURES
                || (row.get().blockedUntil() != null && row.get().blockedUntil().isAfter(now))) {
            return;
        }
        int failures = row.get().failures();
        Duration delay = delay(failures);
        Instant until = now.plus(delay);
        jdbc.sql("update login_throttle set blocked_until = ? where username = ? and client = ?")
                .params(Timestamp.from(until), user, from)
                .update();
        auditBlock(user, from, failures, until);
    }

    /** The delay after the {@code failures}th failure: 1 min at the fifth, doubling, at most 1 h. */
    static Duration delay(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 12);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** A success from this address: its failures are forgotten (autocommit; usually nothing to delete). */
    void clear(String username, String client) {
        jdbc.sql("delete from login_throttle where username = ? and client = ?")
                .params(key(username), key(client))
                .update();
    }

    /** An administrator lifts every refusal of an account, from every address. */
    int clearAll(String username) {
        return jdbc.sql("delete from login_throttle where username = ?")
                .param(key(username))
                .update();
    }

    private void auditBlock(String username, String client, int failures, Instant until) {
        record Account(long id, long orgId) {}
        jdbc.sql("select id, org_id from app_user where username = ?")
                .param(username)
                .query((rs, i) -> new Account(rs.getLong("id"), rs.getLong("org_id")))
                .optional()
                .ifPresent(a -> audit.record(
                        "system",
                        AuditLog.Change.of(
                                "ACCOUNT_LOCK",
                                "user",
                                a.id(),
                                a.orgId(),
                                "Tạm từ chối đăng nhập tài khoản " + username + " từ địa chỉ " + client + " sau "
                                        + failures + " lần sai, đến "
                                        + TIME.format(until.atZone(clock.getZone())))));
    }

    /** Account names are compared as the user store does (trimmed, lower case); both keys have a bound. */
    static String key(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return v.length() > MAX_KEY_LENGTH ? v.substring(0, MAX_KEY_LENGTH) : v;
    }
}

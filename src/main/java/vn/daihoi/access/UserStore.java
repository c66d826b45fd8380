package vn.daihoi.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;

/** Users in the database; also counts failed logins and locks an account after too many. */
@Component
class UserStore implements UserDetailsService {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    UserStore(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    Optional<CurrentUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select u.*, array(select ra.role || ' ' || ra.org_id from role_assignment ra where ra.user_id = u.id)
                       role_assignments
                from app_user u where u.username = ?""")
                .param(username.strip().toLowerCase())
                .query((rs, row) -> {
                    CurrentUser user = map(rs, row);
                    List<AccessControl.Assignment> assignments = new ArrayList<>();
                    for (String a : (String[]) rs.getArray("role_assignments").getArray()) {
                        int space = a.indexOf(' ');
                        assignments.add(new AccessControl.Assignment(
                                Role.valueOf(a.substring(0, space)), Long.parseLong(a.substring(space + 1))));
                    }
                    AccessControl.readWithUser(user.id(), assignments);
                    return user;
                })
                .optional();
    }

    private CurrentUser map(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
        return new CurrentUser(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getLong("org_id"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        locked,
                        rs.getBoolean("must_change_password"))
                .failuresOnRecord(lockedUntil != null || rs.getInt("failed_attempts") > 0);
    }

    /**
     * Counts a failed login. The failure that reaches {@link #MAX_FAILED_ATTEMPTS} locks the account for
     * {@link #LOCK_DURATION} and is audited; after a lock has run out the count starts again from zero.
     */
    @Transactional
    void recordFailure(String username) {
        Instant now = clock.instant();
        record Account(long id, long orgId, String username, int failedAttempts, Instant lockedUntil) {}
        Optional<Account> found = jdbc.sql(
                        "select id, org_id, username, failed_attempts, locked_until from app_user where username = ? for update")
                .param(username.strip().toLowerCase(Locale.ROOT))
                .query((rs, i) -> {
                    Timestamp until = rs.getTimestamp("locked_until");
                    return new Account(
                            rs.getLong("id"),
                            rs.getLong("org_id"),
                            rs.getString("username"),
                            rs.getInt("failed_attempts"),
                            until == null ? null : until.toInstant());
                })
                .optional();
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            return; // already locked: the lock is not extended by further tries
        }
        int attempts = (account.lockedUntil() == null ? account.failedAttempts() : 0) + 1;
        Instant lockUntil = attempts >= MAX_FAILED_ATTEMPTS ? now.plus(LOCK_DURATION) : null;
        jdbc.sql("update app_user set failed_attempts = ?, locked_until = ? where id = ?")
                .params(attempts, lockUntil == null ? null : Timestamp.from(lockUntil), account.id())
                .update();
        if (lockUntil != null) {
            audit.record(
                    "system",
                    AuditLog.Change.of(
                            "ACCOUNT_LOCK",
                            "user",
                            account.id(),
                            account.orgId(),
                            "Tạm khóa tài khoản " + account.username() + " sau " + attempts + " lần đăng nhập sai, đến "
                                    + TIME.format(lockUntil.atZone(clock.getZone()))));
        }
    }

    /** One statement (autocommit): HTTP Basic calls this on every API request, usually with nothing to reset. */
    void recordSuccess(String username) {
        jdbc.sql("""
            update app_user set failed_attempts = 0, locked_until = null
            where username = ? and (failed_attempts > 0 or locked_until is not null)
            """).param(username).update();
    }
}

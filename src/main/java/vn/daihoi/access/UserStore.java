package vn.daihoi.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Users in the database; also counts failed logins and locks an account after too many. */
@Component
class UserStore implements UserDetailsService {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    UserStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    Optional<CurrentUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from app_user where username = ?")
                .param(username.strip().toLowerCase())
                .query(this::map)
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
                rs.getBoolean("must_change_password"));
    }

    @Transactional
    void recordFailure(String username) {
        Instant now = clock.instant();
        jdbc.sql("""
            update app_user set failed_attempts = failed_attempts + 1,
              locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
            where username = ?
            """)
                .params(
                        MAX_FAILED_ATTEMPTS,
                        Timestamp.from(now.plus(LOCK_DURATION)),
                        username.strip().toLowerCase())
                .update();
    }

    @Transactional
    void recordSuccess(String username) {
        jdbc.sql(
                        "update app_user set failed_attempts = 0, locked_until = null where username = ? and failed_attempts > 0")
                .param(username)
                .update();
    }
}

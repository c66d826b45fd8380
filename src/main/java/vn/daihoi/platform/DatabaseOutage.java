package vn.daihoi.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A database that cannot be reached is the server's trouble, not the caller's: it answers 503 with "try again
 * later" ({@link DatabaseOutageFilter}, {@code ErrorHandling}). Spring Security turns any failure of the user
 * lookup into an authentication failure (a false 401 "wrong password", or a redirect to the login form); the
 * two wrappers here let an outage pass through to the 503 instead.
 */
public final class DatabaseOutage {

    static final String MESSAGE_KEY = "error.databaseUnavailable";

    private DatabaseOutage() {}

    /** Whether {@code e} or one of its causes says the database cannot be reached. */
    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException // the pool waited in vain
                    || t instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08 (connection exception) and 57P01-57P03 (server shutting down or starting)
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An entry point that lets a database outage through (to become a 503) instead of asking for credentials. */
    public static AuthenticationEntryPoint passThrough(AuthenticationEntryPoint delegate) {
        return (request, response, failure) -> {
            if (isCause(failure)) {
                throw new DataAccessResourceFailureException(
                        "Không truy cập được cơ sở dữ liệu khi đăng nhập", failure);
            }
            delegate.commence(request, response, failure);
        };
    }

    /** A login failure handler that lets a database outage through instead of saying "wrong password". */
    public static AuthenticationFailureHandler passThrough(AuthenticationFailureHandler delegate) {
        return (request, response, failure) -> {
            if (isCause(failure)) {
                throw new DataAccessResourceFailureException(
                        "Không truy cập được cơ sở dữ liệu khi đăng nhập", failure);
            }
            delegate.onAuthenticationFailure(request, response, failure);
        };
    }
}

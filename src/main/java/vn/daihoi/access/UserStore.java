package vn.daihoi.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Users in the database, read with their role assignments at each login. */
@Component
class UserStore implements UserDetailsService {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The account itself is never locked: failures refuse an (account, address) pair, see {@link LoginThrottle}. */
    private CurrentUser map(ResultSet rs, int row) throws SQLException {
        return new CurrentUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getLong("org_id"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                false,
                rs.getBoolean("must_change_password"));
    }
}

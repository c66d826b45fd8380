package vn.daihoi.access;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.SafeNames;

/**
 * Creating users, granting and revoking roles, passwords, enabling and unlocking; every change audited
 * in the same transaction. Who may do what is decided by the caller (the pages check it through
 * {@link AccessControl}); this class only keeps the data consistent.
 */
@Service
public class UserAdmin {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    /** The username as stored (stripped, lower case); refused when outside 3–64 of a-z, 0-9, '.', '_', '-'. */
    public static String validUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new DomainException("user.error.username", username == null ? "" : username);
        }
        return name;
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final OrganizationScope scope;
    private final MessageSource messages;
    private final LoginThrottle throttle;

    UserAdmin(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            AuditLog audit,
            OrganizationScope scope,
            MessageSource messages,
            LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.scope = scope;
        this.messages = messages;
        this.throttle = throttle;
    }

    public record Grant(Role role, long orgId) {}

    /** A new account and its one-time password, to be shown once to the person who created it. */
    public record Created(long id, String username, String oneTimePassword) {}

    /** Creates a user with roles; the password is hashed here and never stored in clear. */
    @Transactional
    public long create(
            String username,
            String fullName,
            long orgId,
            String password,
            boolean mustChangePassword,
            Collection<Grant> grants) {
        String name = validUsername(username);
        if (fullName == null || fullName.isBlank()) {
            throw new DomainException("user.error.fullName");
        }
        SafeNames.require(fullName, "name.field.fullName");
        String nodeName = nodeName(orgId);
        PasswordPolicy.check(password, name);
        long id;
        try {
            id = jdbc.sql("""
              insert into app_user (username, full_name, password_hash, org_id, must_change_password, password_changed_at)
              values (?, ?, ?, ?, ?, now()) returning id
              """)
                    .params(name, fullName.strip(), encoder.encode(password), orgId, mustChangePassword)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("user.error.duplicate", name);
        }
        for (Grant g : grants) {
            nodeName(g.orgId());
            jdbc.sql("insert into role_assignment (user_id, role, org_id) values (?, ?, ?) on conflict do nothing")
                    .params(id, g.role().name(), g.orgId())
                    .update();
        }
        audit.record(AuditLog.Change.of(
                        "USER_CREATE",
                        "user",
                        id,
                        orgId,
                        "Tạo người dùng " + name + " (" + fullName.strip() + ") thuộc " + nodeName)
                .withDetails(grants.stream()
                        .map(g -> g.role() + "@" + g.orgId())
                        .toList()
                        .toString()));
        return id;
    }

    /** Creates a user who must change the generated one-time password at first login. */
    @Transactional
    public Created createWithOneTimePassword(String username, String fullName, long orgId, Collection<Grant> grants) {
        String password = OneTimePasswords.next();
        long id = create(username, fullName, orgId, password, true, grants);
        return new Created(id, username.strip().toLowerCase(Locale.ROOT), password);
    }

    @Transactional
    public void grant(long userId, Role role, long orgId) {
        String user = username(userId);
        String node = nodeName(orgId);
        int n = jdbc.sql("insert into role_assignment (user_id, role, org_id) values (?, ?, ?) on conflict do nothing")
                .params(userId, role.name(), orgId)
                .update();
        if (n > 0) {
            audit.record(AuditLog.Change.of(
                    "ROLE_GRANT",
                    "user",
                    userId,
                    orgId,
                    "Cấp vai trò " + roleLabel(role) + " tại " + node + " cho " + user));
        }
    }

    @Transactional
    public void revoke(long userId, Role role, long orgId) {
        String user = username(userId);
        int n = jdbc.sql("delete from role_assignment where user_id = ? and role = ? and org_id = ?")
                .params(userId, role.name(), orgId)
                .update();
        if (n > 0) {
            audit.record(AuditLog.Change.of(
                    "ROLE_REVOKE",
                    "user",
                    userId,
                    orgId,
                    "Thu hồi vai trò " + roleLabel(role) + " tại "
                            + scope.nameOf(orgId).orElse("#" + orgId) + " của " + user));
        }
    }

    /** Changes the user's own password after checking the current one; ends all their sessions. */
    @Transactional
    public void changePassword(long userId, String current, String next) {
        changePassword(userId, current, next, null);
    }

    /**
     * Changes the user's own password after checking the current one, and ends their other sessions (a
     * session opened with the old password elsewhere must not outlive it); {@code keepSessionId} is the
     * session the change was made in.
     */
    @Transactional
    public void changePassword(long userId, String current, String next, String keepSessionId) {
        String hash = jdbc.sql("select password_hash from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .single();
        if (current == null || !encoder.matches(current, hash)) {
            throw new DomainException("account.error.currentPassword");
        }
        if (next != null && encoder.matches(next, hash)) {
            throw new DomainException("account.error.samePassword");
        }
        PasswordPolicy.check(next, username(userId));
        jdbc.sql("""
            update app_user set password_hash = ?, must_change_password = false, password_changed_at = now()
            where id = ?
            """).params(encoder.encode(next), userId).update();
        jdbc.sql("delete from spring_session where principal_name = ? and session_id is distinct from ?")
                .params(username(userId), keepSessionId)
                .update();
        audit.record(AuditLog.Change.of("PASSWORD_CHANGE", "user", userId, homeNode(userId), "Đổi mật khẩu"));
    }

    /**
     * Replaces the password by a one-time one (which also lifts a lock) and ends the user's sessions, so
     * whoever knew the old password is out at once.
     */
    @Transactional
    public String resetPassword(long userId) {
        String user = username(userId);
        String password = OneTimePasswords.next();
        jdbc.sql("""
            update app_user set password_hash = ?, must_change_password = true, password_changed_at = now(),
              failed_attempts = 0, locked_until = null
            where id = ?
            """).params(encoder.encode(password), userId).update();
        throttle.clearAll(user);
        endSessions(user);
        audit.record(AuditLog.Change.of(
                "PASSWORD_RESET", "user", userId, homeNode(userId), "Đặt lại mật khẩu một lần cho " + user));
        return password;
    }

    /** Enables or disables an account; disabling also ends its open sessions on every app node. */
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        String user = username(userId);
        int n = jdbc.sql("update app_user set enabled = ? where id = ? and enabled <> ?")
                .params(enabled, userId, enabled)
                .update();
        if (!enabled) {
            endSessions(user);
        }
        if (n > 0) {
            audit.record(AuditLog.Change.of(
                    enabled ? "USER_ENABLE" : "USER_DISABLE",
                    "user",
                    userId,
                    homeNode(userId),
                    (enabled ? "Kích hoạt lại tài khoản " : "Vô hiệu hóa tài khoản ") + user));
        }
    }

    /** The address notifications are e-mailed to; blank removes it. Refuses a malformed address. */
    @Transactional
    public void setEmail(long userId, String email) {
        String value = email == null || email.isBlank() ? null : email.strip();
        if (value != null && (value.length() > 254 || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new DomainException("account.error.email", value);
        }
        int n = jdbc.sql("update app_user set email = ? where id = ? and email is distinct from ?")
                .params(value, userId, value)
                .update();
        if (n > 0) {
            audit.record(AuditLog.Change.of(
                    "USER_EMAIL",
                    "user",
                    userId,
                    homeNode(userId),
                    "Đổi địa chỉ thư nhận thông báo của " + username(userId)));
        }
    }

    public String emailOf(long userId) {
        return jdbc.sql("select email from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Lifts the refusals of the account's sign-ins from every address before their delay is over. */
    @Transactional
    public void unlock(long userId) {
        String user = username(userId);
        int n = throttle.clearAll(user);
        if (n > 0) {
            audit.record(
                    AuditLog.Change.of("USER_UNLOCK", "user", userId, homeNode(userId), "Mở khóa tài khoản " + user));
        }
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<Map<String, Object>> rolesOf(long userId) {
        return jdbc.sql("select role, org_id from role_assignment where user_id = ? order by org_id, role")
                .param(userId)
                .query()
                .listOfRows();
    }

    /** Sessions live in the database (Spring Session JDBC), indexed by the user name. */
    private void endSessions(String username) {
        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(username)
                .update();
    }

    private String username(long userId) {
        return jdbc.sql("select username from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("user.error.notFound", Long.toString(userId)));
    }

    private Long homeNode(long userId) {
        return jdbc.sql("select org_id from app_user where id = ?")
                .param(userId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private String nodeName(long orgId) {
        return scope.nameOf(orgId).orElseThrow(() -> DomainException.notFound("user.error.node", Long.toString(orgId)));
    }

    private String roleLabel(Role role) {
        return messages.getMessage(role.labelKey(), null, role.name(), VIETNAMESE);
    }
}

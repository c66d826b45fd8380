package vn.daihoi.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.platform.DomainException;

/** Creating users, granting and revoking roles, changing passwords; every change audited. */
@Service
public class UserAdmin {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MIN_PASSWORD_LENGTH = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserAdmin(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    public record Grant(Role role, long orgId) {}

    /** Creates a user with roles; the password is hashed here and never stored in clear. */
    @Transactional
    public long create(
            String username,
            String fullName,
            long orgId,
            String password,
            boolean mustChangePassword,
            Collection<Grant> grants) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new DomainException("user.error.username", username);
        }
        if (fullName == null || fullName.isBlank()) {
            throw new DomainException("error.required", "Họ và tên");
        }
        checkPassword(password);
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
            jdbc.sql("insert into role_assignment (user_id, role, org_id) values (?, ?, ?)")
                    .params(id, g.role().name(), g.orgId())
                    .update();
        }
        audit.record(AuditLog.Change.of(
                        "USER_CREATE", "user", id, orgId, "Tạo người dùng " + name + " (" + fullName.strip() + ")")
                .withDetails(grants.stream()
                        .map(g -> g.role() + "@" + g.orgId())
                        .toList()
                        .toString()));
        return id;
    }

    @Transactional
    public void grant(long userId, Role role, long orgId) {
        int n = jdbc.sql("insert into role_assignment (user_id, role, org_id) values (?, ?, ?) on conflict do nothing")
                .params(userId, role.name(), orgId)
                .update();
        if (n > 0) {
            audit.record(AuditLog.Change.of(
                    "ROLE_GRANT", "user", userId, orgId, "Cấp vai trò " + role + " tại nút " + orgId));
        }
    }

    @Transactional
    public void revoke(long userId, Role role, long orgId) {
        int n = jdbc.sql("delete from role_assignment where user_id = ? and role = ? and org_id = ?")
                .params(userId, role.name(), orgId)
                .update();
        if (n > 0) {
            audit.record(AuditLog.Change.of(
                    "ROLE_REVOKE", "user", userId, orgId, "Thu hồi vai trò " + role + " tại nút " + orgId));
        }
    }

    /** Changes the user's own password after checking the current one. */
    @Transactional
    public void changePassword(long userId, String current, String next) {
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
        checkPassword(next);
        jdbc.sql("""
            update app_user set password_hash = ?, must_change_password = false, password_changed_at = now()
            where id = ?
            """).params(encoder.encode(next), userId).update();
        audit.record(AuditLog.Change.of("PASSWORD_CHANGE", "user", userId, null, "Đổi mật khẩu"));
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

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainException("account.error.passwordLength", MIN_PASSWORD_LENGTH);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new DomainException("account.error.passwordMix");
        }
    }
}

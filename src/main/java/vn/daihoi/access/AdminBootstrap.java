package vn.daihoi.access;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.daihoi.platform.DomainException;

/**
 * First start: creates {@code admin} on the root node. With {@code DAIHOI_ADMIN_PASSWORD} set, that is
 * the password (no forced change, so scripts can use it); otherwise a random one-time password is
 * printed once and must be changed at first login. The launcher ({@code vn.daihoi.Main}) has it printed
 * last, framed, once the start is complete (after the server's address and every ready listener's lines), or
 * by {@code daihoi demo} after the data is loaded: among the start's log lines, a newcomer would miss it.
 */
@Component
class AdminBootstrap implements ApplicationRunner, FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAdmin users;
    private final OrganizationScope scope;
    private final String configuredPassword;

    /** The one-time password until it has been printed; held in memory only, never stored in clear. */
    private final AtomicReference<String[]> pending = new AtomicReference<>();

    AdminBootstrap(
            UserAdmin users,
            OrganizationScope scope,
            @Value("${DAIHOI_ADMIN_PASSWORD:${daihoi.admin-password:}}") String configuredPassword) {
        this.users = users;
        this.scope = scope;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        createFirstAdmin("admin");
    }

    /** Creates the administrator unless it exists; the name is a parameter so that tests can use their own. */
    void createFirstAdmin(String username) {
        if (users.exists(username)) {
            return;
        }
        boolean given = StringUtils.hasText(configuredPassword);
        String password = given ? configuredPassword : OneTimePasswords.next();
        try {
            users.create(
                    username,
                    "Quản trị hệ thống",
                    scope.rootId(),
                    password,
                    !given,
                    List.of(new UserAdmin.Grant(Role.ADMIN, scope.rootId())));
        } catch (DomainException e) {
            if (e.status() == 409) {
                return; // another app node created it first
            }
            log.error(
                    "DAIHOI_ADMIN_PASSWORD không đạt yêu cầu mật khẩu ({}): ít nhất {} ký tự, có cả chữ và số, ít nhất {} ký tự"
                            + " khác nhau, không chứa tên đăng nhập, không phải mật khẩu phổ biến; chưa tạo tài khoản admin.",
                    e.messageKey(),
                    PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MIN_DISTINCT);
            return;
        }
        if (given) {
            log.info("Đã tạo tài khoản admin với mật khẩu từ DAIHOI_ADMIN_PASSWORD.");
        } else {
            pending.set(new String[] {username, password});
            log.info("Đã tạo tài khoản {} với mật khẩu một lần; mật khẩu sẽ in khi khởi động xong.", username);
        }
    }

    @Override
    public void announce(String address) {
        if (address != null) {
            log.info("daihoi đã chạy tại / started on {}", address);
        }
        String[] account = pending.getAndSet(null);
        if (account == null) {
            return;
        }
        log.warn("""

          ================================================================
           Tài khoản quản trị đầu tiên / First administrator account
             Tên đăng nhập / username             : {}
             Mật khẩu một lần / one-time password : {}
           Mật khẩu này chỉ in một lần; lần đăng nhập đầu (trên trình duyệt)
           phải đổi mật khẩu. Trước đó API trả lời 403 "đổi mật khẩu trước".
           Printed once; the first sign-in (in a browser) must change it.
           Until then the API answers 403 "change the password first".
          ================================================================""", account[0], account[1]);
    }
}

package vn.daihoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.daihoi.security.Fixtures;

/**
 * No timing giveaway: every refusal (unknown name, wrong password, disabled account, refused address) costs
 * exactly one full password check, the same as a success, and raises the same exception with the same text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThrottledLoginTest {

    @Autowired
    UserStore store;

    @Autowired
    UserAdmin users;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    OrganizationScope scope;

    @Autowired
    PasswordEncoder encoder;

    final AtomicInteger checks = new AtomicInteger();

    /** The real encoder, counting the password checks that reach it. */
    PasswordEncoder counting() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
    }

    String refusal(ThrottledLogin login, String user, String password, String client) {
        checks.set(0);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
        try {
            login.authenticate(token);
        } catch (AuthenticationException e) {
            assertThat(e).isExactlyInstanceOf(BadCredentialsException.class);
            assertThat(checks.get())
                    .as("%s from %s: password checks", user, client)
                    .isEqualTo(1);
            return e.getMessage();
        }
        throw new AssertionError(user + " was let in");
    }

    @Test
    void everyRefusalCostsOnePasswordCheckAndReadsTheSame() {
        ThrottledLogin login = new ThrottledLogin(store, counting(), throttle);
        String active = Fixtures.unique("tl");
        String disabled = Fixtures.unique("tl");
        users.create(active, "Người thử", scope.rootId(), Fixtures.PASSWORD, false, List.of());
        long off = users.create(disabled, "Người tắt", scope.rootId(), Fixtures.PASSWORD, false, List.of());
        users.setEnabled(off, false);

        String wrong = refusal(login, active, "Saimatkhau123", "10.1.0.1");
        String unknown = refusal(login, Fixtures.unique("khongco"), Fixtures.PASSWORD, "10.1.0.1");
        String disabledAnswer = refusal(login, disabled, Fixtures.PASSWORD, "10.1.0.2");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            refusal(login, active, "Saimatkhau123", "10.1.0.3");
        }
        String blocked = refusal(login, active, Fixtures.PASSWORD, "10.1.0.3");
        assertThat(List.of(unknown, disabledAnswer, blocked)).containsOnly(wrong);

        checks.set(0);
        UsernamePasswordAuthenticationToken ok =
                UsernamePasswordAuthenticationToken.unauthenticated(active, Fixtures.PASSWORD);
        ok.setDetails(new WebAuthenticationDetails("10.1.0.4", null));
        assertThat(login.authenticate(ok).isAuthenticated()).isTrue();
        assertThat(checks.get()).isEqualTo(1);
    }
}

package vn.daihoi.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one way in (login form and HTTP Basic alike). Every refusal looks the same, whatever its cause
 * (unknown name, wrong password, disabled account, refused address): one exception, one message, one
 * status, and always one full password hash (a dummy one for an unknown name, done by
 * {@link DaoAuthenticationProvider}), so neither the answer nor its time tells which it was.
 */
final class ThrottledLogin implements AuthenticationProvider {

    static final String REFUSED = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogin(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // Account state is checked only after the password (so that a disabled account takes as long as any
        // other), and refused with the same exception as a wrong password.
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled() || !user.isAccountNonLocked()) {
                throw new BadCredentialsException(REFUSED);
            }
        });
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String client = clientOf(authentication);
        LoginThrottle.State state = throttle.state(username, client);
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            throw e; // the user store failed (database down): not the caller's failure
        } catch (AuthenticationException e) {
            throttle.recordFailure(username, client);
            throw new BadCredentialsException(REFUSED);
        }
        if (state.blocked()) {
            // Checked the password all the same: a refused address takes as long as a wrong password.
            throttle.recordFailure(username, client);
            throw new BadCredentialsException(REFUSED);
        }
        if (state.onRecord()) {
            throttle.clear(username, client);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The address the request came from, as the servlet container (or a trusted proxy's header) gives it. */
    static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}

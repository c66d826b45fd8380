package vn.daihoi.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds the lock-out counter from Spring Security's login events (form and HTTP Basic alike). */
@Component
class LoginEvents {

    private final UserStore users;

    LoginEvents(UserStore users) {
        this.users = users;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof String username) {
            users.recordFailure(username);
        }
    }

    /**
     * Clears the failures of the account, when it had any as read for this login: an API script signs in
     * with every request, and its requests need not each write (or probe) the user row.
     */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CurrentUser user) || user.failuresOnRecord()) {
            users.recordSuccess(event.getAuthentication().getName());
        }
    }
}

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

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }
}

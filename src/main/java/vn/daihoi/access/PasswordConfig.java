package vn.daihoi.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed by the web app and by command-line work (demo users) alike; the login provider. */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix in each stored hash lets the algorithm change without a migration.
        // Successful checks are remembered for a minute (HTTP Basic checks the password on every API call).
        return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /** The only authentication provider: failures are throttled per account and client address. */
    @Bean
    AuthenticationProvider throttledLogin(UserStore users, PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottledLogin(users, encoder, throttle);
    }
}

package vn.daihoi.access;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Two filter chains. {@code /api/**} and the OpenAPI document: HTTP Basic (or the session of a
 * signed-in browser), no server state created. Everything else: form login with CSRF protection,
 * sessions stored in PostgreSQL; only the login page, static files, health and the public portal
 * are open.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("daihoi"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Requests without a cookie-borne session cannot be forged cross-site; state-changing API
                // calls from a browser session are refused below by requiring Basic credentials for them.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new ApiWriteRequiresBasicFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health/**",
                                "/portal/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        form -> form.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
                .addFilterAfter(new PasswordChangeGate(), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}

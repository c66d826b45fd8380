package vn.daihoi.access;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import vn.daihoi.platform.DatabaseOutage;

/**
 * Two filter chains. {@code /api/**} and the OpenAPI document: HTTP Basic only, stateless (no session is
 * read or created, so no cookie can carry a forged request and CSRF tokens are not needed). Everything
 * else: form login with CSRF protection, sessions stored in PostgreSQL so that any app node serves any
 * request; only the login page, static files, health and the public portal are open.
 *
 * <p>Pages get a strict Content-Security-Policy: scripts and styles only from this server (htmx and
 * Bootstrap come from /webjars), so templates must not use inline scripts, event attributes or style
 * attributes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableJdbcHttpSession
class SecurityConfig {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * {@code @EnableJdbcHttpSession} ignores {@code server.servlet.session.timeout} (it would use 30
     * minutes); apply the configured idle timeout to the session store itself.
     */
    /**
     * No Spring Security observations (a span per filter, per authentication and per decision): they cost
     * about a tenth of a small API request's CPU and nothing reads them; the HTTP server observation stays.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    /**
     * The session cookie: HttpOnly, SameSite=Lax, and with {@code daihoi.https=true} (served over HTTPS by a
     * proxy) always Secure; otherwise Secure exactly when the request itself came over HTTPS.
     */
    @Bean
    CookieSerializer sessionCookie(@Value("${daihoi.https:false}") boolean https) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (https) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }

    /**
     * Behind an HTTPS proxy ({@code daihoi.https=true}) the proxy's X-Forwarded-* headers are trusted, as
     * {@code server.forward-headers-strategy=framework} would: redirects keep https, and the client address
     * (for the login throttle) is the proxy's X-Forwarded-For. The proxy must overwrite those headers.
     */
    @Bean
    @ConditionalOnProperty(name = "daihoi.https", havingValue = "true")
    FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeaders() {
        FilterRegistrationBean<ForwardedHeaderFilter> registration =
                new FilterRegistrationBean<>(new ForwardedHeaderFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, LocaleResolver locales) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // a database outage during the user lookup is a 503, not a false "wrong credentials"
                .httpBasic(basic -> basic.realmName("daihoi").authenticationEntryPoint(basicEntryPoint()))
                // Stateless, and a page session's cookie sent along is left alone: session-fixation protection
                // would otherwise give that session a new id on every API call, and the browser's requests in
                // flight with the old id would land on the login page.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new CrossSiteApiWriteFilter(), BasicAuthenticationFilter.class)
                // A one-time password must not open the API either: it is changed on the password page first.
                .addFilterAfter(new PasswordChangeGate(messages, locales), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, MessageSource messages, LocaleResolver locales) throws Exception {
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
                        form -> // One answer for every refusal (see ThrottledLogin): nothing tells a locked or unknown
                                // name apart; a database outage goes through as 503, never as "wrong password".
                                form.loginPage("/login")
                                        .failureHandler(DatabaseOutage.passThrough(
                                                new SimpleUrlAuthenticationFailureHandler("/login?error")))
                                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
                .addFilterAfter(new PasswordChangeGate(messages, locales), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static AuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("daihoi");
        return DatabaseOutage.passThrough(basic);
    }
}

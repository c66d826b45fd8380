package vn.daihoi.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user whose password must be changed (a one-time password) can go nowhere else first: pages redirect
 * to the password page, the API refuses with a 403 ProblemDetail that says so (in Vietnamese unless the
 * caller chose English), so a script's author knows what to do instead of guessing at a bare 403.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    static final String MESSAGE_KEY = "account.error.passwordChangeFirst";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    PasswordChangeGate(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null
                && auth.getPrincipal() instanceof CurrentUser user
                && user.mustChangePassword()
                && !path.equals(PASSWORD_PAGE)
                && !path.equals("/logout")
                && !path.equals("/login")
                && !path.equals("/error")
                && !path.startsWith("/css/")
                && !path.startsWith("/js/")
                && !path.startsWith("/img/")
                && !path.equals("/favicon.ico")
                && !path.startsWith("/webjars/")) {
            if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
                refuse(request, response, path);
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Forbidden");
        problem.put("status", HttpServletResponse.SC_FORBIDDEN);
        problem.put("detail", messages.getMessage(MESSAGE_KEY, new Object[] {PASSWORD_PAGE}, locale));
        problem.put("instance", path);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}

package vn.daihoi.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password must be changed (a one-time password) can go nowhere else first: pages redirect
 * to the password page, the API refuses with 403.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

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
                && !path.startsWith("/webjars/")) {
            if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}

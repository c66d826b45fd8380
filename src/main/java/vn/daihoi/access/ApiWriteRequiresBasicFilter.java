package vn.daihoi.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API chain keeps no session and has no CSRF token; a state-changing API call must therefore
 * carry its own credentials (HTTP Basic), never ride on cookies a browser would send cross-site.
 */
class ApiWriteRequiresBasicFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String auth = request.getHeader("Authorization");
        if (!SAFE.contains(request.getMethod()) && (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}

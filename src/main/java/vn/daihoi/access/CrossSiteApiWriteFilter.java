package vn.daihoi.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF token (it keeps no session), but a browser that has cached HTTP Basic credentials
 * would still send them with a form posted from another site. Browsers mark such requests with an
 * {@code Origin} (and {@code Sec-Fetch-Site}) header; scripts send neither. So a state-changing API call
 * from a foreign origin is refused before authentication.
 */
class CrossSiteApiWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        int port = request.getServerPort();
        boolean defaultPort = (port == 80 && "http".equals(request.getScheme()))
                || (port == 443 && "https".equals(request.getScheme()));
        String own = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        return !origin.equalsIgnoreCase(own);
    }
}

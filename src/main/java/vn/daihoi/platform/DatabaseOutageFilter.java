package vn.daihoi.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The outermost filter: a database outage thrown anywhere below it — the session store read or written around
 * every page (even the login page), the user lookup of HTTP Basic, a controller — answers 503 with a Vietnamese
 * message: a ProblemDetail under {@code /api/}, a page without the layout (which reads the database) elsewhere.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;

    DatabaseOutageFilter(MessageSource messages, LocaleResolver locales, ITemplateEngine templates) {
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Cơ sở dữ liệu không truy cập được ({} {}): {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getMessage());
            response.reset();
            write(request, response);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(DatabaseOutage.MESSAGE_KEY, null, locale);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                            + "\"detail\":\"" + json(message) + "\",\"instance\":\"" + json(request.getRequestURI())
                            + "\"}");
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        WebContext context = new WebContext(exchange, locale, Map.of("status", 503, "message", message));
        templates.process("error/outage", context, response.getWriter());
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

package vn.daihoi.security;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The administrator every test database has (set by {@code daihoi.admin-password} in the test
 * {@code config/application.properties}): its name, its password (the only place the literal lives in test
 * Java, see {@code TestAdminTest}) and the ways tests use them.
 */
public final class TestAdmin {

    public static final String USERNAME = "admin";
    public static final String PASSWORD = "Quantri2026ok";
    /** {@code user:password}, as HTTP Basic and the tests' own API helpers take it. */
    public static final String CREDENTIALS = USERNAME + ":" + PASSWORD;

    private TestAdmin() {}

    /** The value of an {@code Authorization} header signing in as the admin with HTTP Basic. */
    public static String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString(CREDENTIALS.getBytes(StandardCharsets.UTF_8));
    }

    /** A {@link WebSession} on {@code port} signed in through the login form as the admin. */
    public static WebSession session(int port) {
        WebSession session = new WebSession(port);
        session.login(USERNAME, PASSWORD);
        return session;
    }

    /** An API call as the admin with HTTP Basic and no cookies (see {@link WebSession#basic}). */
    public static HttpResponse<String> basic(int port, String method, String path) {
        return WebSession.basic(port, method, path, USERNAME, PASSWORD);
    }

    /** An API call as the admin with HTTP Basic, no cookies and {@code json} as the body of a non-GET. */
    public static HttpResponse<String> basic(int port, String method, String path, String json) {
        return WebSession.basic(port, method, path, USERNAME, PASSWORD, json);
    }

    /** The body of a login POST as the admin, for the tests that post the login form by hand. */
    public static String loginForm(String csrfToken) {
        return "username=" + USERNAME + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
    }
}

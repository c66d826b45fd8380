package vn.daihoi.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.FormActions;

/** The login page and changing one's own password (the home page is the home module's). */
@Controller
class AccountController {

    private final UserAdmin users;
    private final AccessControl access;
    private final MessageSource messages;
    private final LoginThrottle throttle;
    private final FormActions actions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(
            UserAdmin users,
            AccessControl access,
            MessageSource messages,
            LoginThrottle throttle,
            FormActions actions) {
        this.actions = actions;
        this.users = users;
        this.access = access;
        this.messages = messages;
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login() {
        return "access/login";
    }

    /**
     * Where Spring Security forwards a refusal raised in its filters, with the request's own method (a
     * refused POST arrives here as a POST). A missing or stale CSRF token gets its own message.
     */
    @RequestMapping("/error/403")
    String forbidden(Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        response.setStatus(403);
        boolean csrf = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
        model.addAttribute("status", 403);
        model.addAttribute("message", messages.getMessage(csrf ? "error.csrf" : "error.forbidden", null, locale));
        return "error/page";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("forced", access.requireUser().mustChangePassword());
        model.addAttribute("email", users.emailOf(access.requireUser().id()));
        return "access/password";
    }

    @PostMapping("/account/email")
    String changeEmail(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        CurrentUser user = access.requireUser();
        return actions.submit(
                "email-form", "/account/password", request, redirect, locale, "account.email.saved", errors -> {
                    errors.place("account.error.email", "email");
                    errors.text("email", "account.email", email, 254);
                    errors.check();
                    users.setEmail(user.id(), email);
                    return "/account/password?emailSaved";
                });
    }

    /** The passwords are never echoed back; each refusal goes beside the field it is about. */
    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String next,
            @RequestParam(defaultValue = "") String confirm,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser user = access.requireUser();
        return actions.submit(
                "password-form", "/account/password", request, redirect, locale, "account.password.saved", errors -> {
                    errors.place("account.error.currentPassword", "current");
                    for (String key : NEXT_PASSWORD_ERRORS) {
                        errors.place(key, "next");
                    }
                    errors.required("current", "account.password.current", current);
                    if (errors.required("next", "account.password.next", next) != null) {
                        errors.parse("next", () -> {
                            PasswordPolicy.check(next, user.getUsername());
                            return next;
                        });
                    }
                    if (errors.required("confirm", "account.password.confirm", confirm) != null
                            && !next.isBlank()
                            && !next.equals(confirm)) {
                        errors.reject("confirm", "account.error.confirm");
                    }
                    errors.check();
                    changeGuarded(user, current, next, request);
                    // Keep the session, now without the must-change flag.
                    Authentication old = SecurityContextHolder.getContext().getAuthentication();
                    CurrentUser updated = user.withPasswordChanged();
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(updated, null, old.getAuthorities()));
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                    return "/?passwordChanged";
                });
    }

    /** The refusals of a new password (UserAdmin#changePassword, PasswordPolicy): beside the new password. */
    private static final java.util.List<String> NEXT_PASSWORD_ERRORS = java.util.List.of(
            "account.error.samePassword",
            "account.error.passwordLength",
            "account.error.passwordMix",
            "account.error.passwordTooLong",
            "account.error.passwordRepeated",
            "account.error.passwordHasUsername",
            "account.error.passwordCommon");

    /**
     * The current-password check is a password guess like a login: a wrong one counts as a failure of the
     * (account, address) pair, and a refused pair is answered as a wrong password without checking, so an
     * open session cannot be used to try passwords without the login's delay.
     */
    private void changeGuarded(CurrentUser user, String current, String next, HttpServletRequest request) {
        String client = request.getRemoteAddr();
        LoginThrottle.State state = throttle.state(user.getUsername(), client);
        if (state.blocked()) {
            throttle.recordFailure(user.getUsername(), client);
            throw new DomainException("account.error.currentPassword");
        }
        try {
            users.changePassword(user.id(), current, next, request.getSession().getId());
        } catch (DomainException e) {
            if ("account.error.currentPassword".equals(e.messageKey())) {
                throttle.recordFailure(user.getUsername(), client);
            }
            throw e;
        }
        if (state.onRecord()) {
            throttle.clear(user.getUsername(), client);
        }
    }
}

package vn.daihoi.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page form is handled ({@code docs/style.md}): {@link #submit} collects every field error at
 * once ({@link FormErrors}) and, when any, redirects back to the form's page with the errors beside their
 * fields and what was typed ({@link FormFeedback}, flashed as {@code formErrors}); never a bare error page.
 * <p>{@link #run} is the older one-message variant for buttons without fields. A page form's change, posted and redirected back to its page: done, the page shows {@code noticeKey};
 * refused ({@link DomainException}), it shows why. Access refusals are not caught (they stay 403).
 */
@Component
public class FormActions {

    private final MessageSource messages;

    FormActions(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs {@code change}, flashes its notice or its refusal, and returns {@code "redirect:" + page}. */
    public String run(String page, RedirectAttributes redirect, Locale locale, String noticeKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", messages.getMessage(noticeKey, null, locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, locale));
        }
        return "redirect:" + page;
    }

    /** A form's change: reads its fields through {@code errors}, then changes; returns the page to go to. */
    @FunctionalInterface
    public interface FormChange {
        /** @return the page shown after success ({@code null}: the form's page) */
        String apply(FormErrors errors);
    }

    /**
     * Runs a form's {@code change}. Done: redirects to the page it returns (or {@code formPage}) with
     * {@code noticeKey}. Refused, by a field or by the service ({@link DomainException}): redirects to
     * {@code formPage}, anchored at the form, which shows every error beside its field and the values typed.
     * Access refusals are not caught (they stay 403).
     */
    public String submit(
            String formId,
            String formPage,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Locale locale,
            String noticeKey,
            FormChange change) {
        FormErrors errors = new FormErrors(messages, locale);
        try {
            String next = change.apply(errors);
            errors.check();
            redirect.addFlashAttribute("notice", messages.getMessage(noticeKey, null, locale));
            return "redirect:" + (next == null ? formPage : next);
        } catch (FormErrors.Invalid e) {
            // every field error is already collected
        } catch (DomainException e) {
            errors.refused(e);
        }
        redirect.addFlashAttribute("formErrors", errors.feedback(formId, typed(request)));
        return "redirect:" + formPage + "#" + formId;
    }

    /** The values as posted, without the CSRF token and uploaded files. */
    private static Map<String, List<String>> typed(HttpServletRequest request) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, v) -> {
            if (!name.equals("_csrf")) {
                values.put(name, Arrays.asList(v));
            }
        });
        return values;
    }
}

package vn.daihoi.platform;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page form's change, posted and redirected back to its page: done, the page shows {@code noticeKey};
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
}

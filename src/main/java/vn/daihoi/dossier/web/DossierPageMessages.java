package vn.daihoi.dossier.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.daihoi.platform.DomainException;

/** Turns a refused request into a message on the page it came from (post, redirect, get). */
@Component
class DossierPageMessages {

    private final MessageSource messages;

    DossierPageMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    void notice(RedirectAttributes redirect, Locale locale, String key, Object... args) {
        redirect.addFlashAttribute("notice", text(key, locale, args));
    }

    void error(RedirectAttributes redirect, Locale locale, DomainException e) {
        redirect.addFlashAttribute("error", messages.getMessage(e, locale));
    }
}

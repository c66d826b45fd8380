package vn.daihoi.org.member;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The request's language, or Vietnamese outside a request (start-up, demo loader, tests). */
final class UserLocale {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private UserLocale() {}

    static Locale current() {
        var context = LocaleContextHolder.getLocaleContext();
        return context == null || context.getLocale() == null ? VIETNAMESE : context.getLocale();
    }
}

package vn.daihoi.platform;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one Vietnamese label of a code of the counting engine ({@code code.<Enum>.<CONSTANT>} in
 * {@code i18n/codes.properties}), for the papers. Pages read the same keys through the message source, so a
 * minutes PDF, its DOCX and the page word an exclusion or an invalid ballot alike. Plain Java (no Spring): the
 * offline {@code daihoi tally} command prints the same words.
 */
public final class CodeLabels {

    static final String BUNDLE = "i18n/codes";

    // The base bundle is Vietnamese; no fallback to the JVM's locale, which could pick the English one.
    private static final ResourceBundle VI = ResourceBundle.getBundle(
            BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private CodeLabels() {}

    /** The bundle key of a code. */
    public static String key(Enum<?> code) {
        return "code." + code.getDeclaringClass().getSimpleName() + "." + code.name();
    }

    /** The code's Vietnamese label as the papers print it. */
    public static String vi(Enum<?> code) {
        try {
            return VI.getString(key(code));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No label " + key(code) + " in " + BUNDLE, e);
        }
    }
}

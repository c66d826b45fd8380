package vn.daihoi.names;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Characters a person's name must never carry, because they change how the text is shown without being
 * seen: bidi controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) that reorder a ballot line, zero-width
 * characters (U+200B–200D, U+2060, U+FEFF) that make two equal-looking names differ, every other control or
 * format character (Unicode categories Cc, Cf), and {@code <} / {@code >} (HTML). Vietnamese letters, their
 * combining marks (before NFC) and ordinary punctuation are all allowed.
 */
public final class UnsafeText {

    private UnsafeText() {}

    /** The first forbidden code point of {@code text}, if any (null and empty text have none). */
    public static OptionalInt firstUnsafe(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        return text.codePoints().filter(UnsafeText::unsafe).findFirst();
    }

    public static boolean unsafe(int codePoint) {
        if (codePoint == '<' || codePoint == '>') {
            return true;
        }
        int type = Character.getType(codePoint);
        // Cc covers C0/C1 controls (tab and new lines too: a name is one line), Cf covers bidi and zero-width
        // format characters (U+200B–200F, U+202A–202E, U+2060–2069, U+061C, U+FEFF), and unassigned or
        // private-use code points have no business in a name either.
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** How a forbidden character is named in a message: {@code U+202E} (and the sign itself for < and >). */
    public static String describe(int codePoint) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        return codePoint == '<' || codePoint == '>' ? "\"" + Character.toString(codePoint) + "\" (" + code + ")" : code;
    }
}

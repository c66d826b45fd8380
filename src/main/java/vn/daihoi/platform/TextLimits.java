package vn.daihoi.platform;

/**
 * Lengths of free texts, the same in the services and in the schema's CHECK constraints: a summary pasted
 * twice or a whole letter in a title is refused with a message naming the field, not stored to break the
 * register's tables, PDFs and DOCX.
 */
public final class TextLimits {

    /** A document's or plan's summary (trích yếu). */
    public static final int SUMMARY = 500;

    /** Titles and names: a draft's title, a signer's title or name, an organ's name, a place. */
    public static final int TITLE = 300;

    /** Longer notes: recipients ("Nơi nhận"), remarks. */
    public static final int NOTE = 2000;

    private TextLimits() {}

    /** Refuses {@code value} longer than {@code max} characters, naming the field (a text, or a message to resolve). */
    public static void check(String value, int max, Object field) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new DomainException("error.tooLong", field, max, value.codePointCount(0, value.length()));
        }
    }
}

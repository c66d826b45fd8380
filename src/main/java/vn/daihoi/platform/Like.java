package vn.daihoi.platform;

/**
 * Text typed in a search box, made into a LIKE pattern that matches it literally: {@code \}, {@code %} and
 * {@code _} are escaped, so a search for "50%" or "A_B" finds exactly that (never strip them: "A_B" would then
 * look for "AB"). PostgreSQL's LIKE escape character is the backslash ({@code like ?} is {@code like ? escape '\'}),
 * so the SQL stays {@code column like ?}; the same holds inside {@code lower(immutable_unaccent(?))}, which keep
 * the backslashes.
 */
public final class Like {

    private Like() {}

    /** The text with the LIKE wildcards and the escape character escaped (no wildcard added). */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching any value that contains {@code text}. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** A pattern matching any value that starts with {@code text}. */
    public static String prefix(String text) {
        return escape(text) + "%";
    }
}

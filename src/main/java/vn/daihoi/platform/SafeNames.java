package vn.daihoi.platform;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.UnsafeText;

/**
 * The one check of a person's name typed or imported anywhere (members, users, names on a list or a ballot):
 * it refuses invisible, reordering and control characters and HTML (see {@link UnsafeText}) with a message
 * naming the field and the character, and returns the name cleaned (NFC, single spaces).
 */
public final class SafeNames {

    private SafeNames() {}

    /**
     * @param fieldKey message key of what the name is ("Họ và tên", "Tên trên phiếu bầu, dòng {0}"), so the
     *     message says where; {@code fieldArgs} fill it
     * @return the cleaned name (empty for null)
     */
    public static String require(String name, String fieldKey, Object... fieldArgs) {
        String clean = PersonName.clean(name);
        UnsafeText.firstUnsafe(clean).ifPresent(cp -> {
            throw new DomainException(
                    "error.name.unsafe",
                    new DefaultMessageSourceResolvable(new String[] {fieldKey}, fieldArgs, fieldKey),
                    UnsafeText.describe(cp),
                    visible(clean));
        });
        return clean;
    }

    /** The name with its forbidden characters shown by their code points (e.g. [U+202E]), so the message itself hides nothing. */
    static String visible(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (UnsafeText.unsafe(cp)) {
                sb.append('[')
                        .append(String.format(java.util.Locale.ROOT, "U+%04X", cp))
                        .append(']');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}

package vn.daihoi.names;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ballot order of Vietnamese names (elections.md §3): given name, then family name, then middle names,
 * each part compared with Vietnamese collation (letters first: a ă â b c d đ e ê …; tone marks second:
 * none, huyền, hỏi, ngã, sắc, nặng). Parts are compared separately, never as one joined string.
 */
public final class VietnameseNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(new ULocale("vi"));
        c.setStrength(Collator.TERTIARY);
        return c.freeze();
    });

    private VietnameseNames() {}

    /** Compares two names in ballot order (ignoring birth dates, which break exact ties elsewhere). */
    public static final Comparator<PersonName> BALLOT_ORDER = (a, b) -> {
        Collator c = COLLATOR.get();
        int r = c.compare(a.given(), b.given());
        if (r == 0) {
            r = c.compare(a.family(), b.family());
        }
        if (r == 0) {
            r = c.compare(a.middle(), b.middle());
        }
        return r;
    };

    /**
     * A byte key whose unsigned byte order is ballot order: the ICU keys of given, family and middle
     * names joined by 0x00 (below every byte of an ICU key). Stored in the database to sort in SQL.
     */
    public static byte[] sortKey(PersonName name) {
        Collator c = COLLATOR.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (String part : new String[] {name.given(), name.family(), name.middle()}) {
            CollationKey key = c.getCollationKey(part);
            byte[] bytes = key.toByteArray();
            // ICU keys end with a 0x00 terminator: keep it as the separator between parts.
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    /**
     * The sort key for a name that does not follow family–middle–given order: the manual key is the
     * name rewritten in that order (e.g. "Y Moan Êban" sorted as "Êban Y Moan"), and is ordered so.
     */
    public static byte[] sortKey(PersonName name, String manualKey) {
        return manualKey == null || manualKey.isBlank() ? sortKey(name) : sortKey(PersonName.parse(manualKey));
    }

    /** Lower-case, accent-free text for accent-insensitive search: "Nguyễn Văn Ân" → "nguyen van an". */
    public static String searchKey(String text) {
        String nfd = Normalizer.normalize(PersonName.clean(text), Normalizer.Form.NFD);
        return MARKS.matcher(nfd)
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }
}

package vn.daihoi.names;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A full name split as Vietnamese names are written: family name first, given name last, middle names
 * between (possibly none). Parts are NFC-normalised, trimmed, with single spaces.
 */
public record PersonName(String family, String middle, String given) {

    public PersonName {
        family = clean(family);
        middle = clean(middle);
        given = clean(given);
        if (given.isEmpty()) {
            throw new IllegalArgumentException("given name is empty");
        }
    }

    /** Splits "Nguyễn Thị Minh Khai" into family "Nguyễn", middle "Thị Minh", given "Khai". */
    public static PersonName parse(String fullName) {
        String[] words = clean(fullName).split(" ");
        if (words.length == 1) {
            return new PersonName("", "", words[0]);
        }
        return new PersonName(
                words[0], String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1)), words[words.length - 1]);
    }

    public String full() {
        StringBuilder sb = new StringBuilder(family);
        if (!middle.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " ").append(middle);
        }
        return sb.append(sb.isEmpty() ? "" : " ").append(given).toString();
    }

    /** NFC, trimmed, inner white space folded to one space; null becomes empty. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}

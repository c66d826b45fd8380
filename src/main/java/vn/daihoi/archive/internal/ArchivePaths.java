package vn.daihoi.archive.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.daihoi.files.ArchiveGroup;

/**
 * Names inside an archive: plain ASCII folders per group in the guidance's order, and file names that any
 * unzip tool on any system writes where it should (no diacritics, no separators, never "..").
 */
public final class ArchivePaths {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    private ArchivePaths() {}

    public static String folder(ArchiveGroup group) {
        return "files/" + (group.ordinal() + 1) + "-" + group.name().toLowerCase(Locale.ROOT) + "/";
    }

    public static String path(ArchiveGroup group, int number, String filename) {
        return folder(group) + String.format("%03d", number) + "-" + safe(filename);
    }

    static String safe(String filename) {
        String s = Normalizer.normalize(filename == null ? "" : filename, Normalizer.Form.NFD)
                .replace('đ', 'd')
                .replace('Đ', 'D');
        s = MARKS.matcher(s).replaceAll("");
        s = UNSAFE.matcher(s).replaceAll("-").replaceAll("\\.{2,}", ".");
        s = s.replaceAll("^[.-]+", "");
        if (s.length() > 100) {
            s = s.substring(s.length() - 100);
        }
        return s.isEmpty() ? "tep" : s;
    }

    /**
     * Whether an entry name read from an uploaded ZIP could escape the folder it is unpacked into (absolute,
     * drive letters, backslashes, "." or ".." segments, control characters).
     */
    public static boolean unsafe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return true;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return true;
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }
}

package vn.daihoi.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The one place that reads and writes dates as Vietnamese users see them: dd/MM/yyyy. */
public final class Dates {

    public static final DateTimeFormatter VN =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    public static String format(LocalDate date) {
        return date == null ? "" : VN.format(date);
    }

    /** Parses dd/MM/yyyy (also d/M/yyyy) or ISO yyyy-MM-dd; empty when it is not a real date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t));
            }
            if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] p = t.split("/");
                return Optional.of(LocalDate.parse(
                        String.format("%02d/%02d/%s", Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]), VN));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

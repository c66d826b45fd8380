package vn.daihoi.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * The one place that reads and writes dates and times as Vietnamese users see them: dd/MM/yyyy, and every
 * instant in Vietnam's time zone whatever the JVM's default zone or the database session's (a server set to
 * UTC would otherwise print 20:07 on the evening before for a check-in at 03:07).
 */
public final class Dates {

    /** The time zone of every time shown or printed. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static final DateTimeFormatter VN =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Dates() {}

    /** The clock's instant as a column value, to the microsecond PostgreSQL keeps (so it reads back equal). */
    public static Timestamp now(Clock clock) {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    public static String format(LocalDate date) {
        return date == null ? "" : VN.format(date);
    }

    /** The instant as a Vietnam wall-clock time. */
    public static ZonedDateTime vn(Instant at) {
        return at == null ? null : at.atZone(ZONE);
    }

    /** The Vietnam calendar day of an instant (the day a session held, a paper printed). */
    public static LocalDate vnDate(Instant at) {
        return at == null ? null : at.atZone(ZONE).toLocalDate();
    }

    /** dd/MM/yyyy HH:mm in Vietnam time. */
    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZONE));
    }

    /** HH:mm in Vietnam time. */
    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE));
    }

    /**
     * Formats any date or time value with a pattern; a value that marks an instant (Instant, OffsetDateTime,
     * ZonedDateTime, java.util.Date) is first moved to Vietnam time, a local value is printed as it is.
     */
    public static String format(Object value, String pattern) {
        if (value == null) {
            return "";
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern);
        TemporalAccessor t = switch (value) {
            case Instant i -> i.atZone(ZONE);
            case OffsetDateTime o -> o.atZoneSameInstant(ZONE);
            case ZonedDateTime z -> z.withZoneSameInstant(ZONE);
            case java.sql.Date d -> d.toLocalDate();
            case java.util.Date d -> d.toInstant().atZone(ZONE);
            case LocalDate d -> d;
            case LocalDateTime d -> d;
            case LocalTime d -> d;
            case TemporalAccessor other -> other;
            default -> throw new IllegalArgumentException("not a date or time: " + value.getClass());
        };
        return f.format(t);
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

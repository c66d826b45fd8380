package vn.daihoi.rules;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;

/**
 * How a parameter's value is written: stored canonically (integers plain, decimals with a dot, dates
 * yyyy-MM-dd, months yyyy-MM, which {@link Rulebook#date} and friends read) and shown the Vietnamese way.
 */
public final class RuleValues {

    /** The terms the rulebook holds (the table's CHECK constraint lists the same). */
    public static final List<String> TERMS = List.of("2020-2025", "2025-2030");

    private static final DateTimeFormatter MONTH_VN = DateTimeFormatter.ofPattern("MM/uuuu");

    private RuleValues() {}

    /** The canonical form of {@code raw} for {@code key}, or a DomainException naming the parameter. */
    public static String normalise(RuleKey key, String raw) {
        String t = raw == null ? "" : raw.strip();
        try {
            String value = switch (key.unit()) {
                case INTEGER -> t.matches("\\d{1,6}") ? Integer.toString(Integer.parseInt(t)) : null;
                case DECIMAL -> decimal(t);
                case DATE -> Dates.parse(t).map(LocalDate::toString).orElse(null);
                case MONTH -> month(t);
            };
            if (value != null) {
                return value;
            }
        } catch (NumberFormatException | DateTimeException e) {
            // falls through to the user's message
        }
        throw new DomainException(
                "rule.error.value",
                new DefaultMessageSourceResolvable(key.labelKey()),
                t,
                new DefaultMessageSourceResolvable("rule.unit." + key.unit().name()));
    }

    /** The stored value as users read it: dd/MM/yyyy, MM/yyyy, a decimal comma. */
    public static String display(RuleKey key, String value) {
        try {
            return switch (key.unit()) {
                case INTEGER -> value;
                case DECIMAL -> value.replace('.', ',');
                case DATE -> Dates.format(LocalDate.parse(value));
                case MONTH -> YearMonth.parse(value).format(MONTH_VN);
            };
        } catch (DateTimeException e) {
            return value;
        }
    }

    private static String decimal(String t) {
        String s = t.replace(',', '.');
        if (!s.matches("\\d{1,4}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(s).stripTrailingZeros().toPlainString();
    }

    private static String month(String t) {
        if (t.matches("\\d{4}-\\d{1,2}")) {
            String[] p = t.split("-");
            return YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])).toString();
        }
        if (t.matches("\\d{1,2}/\\d{4}")) {
            String[] p = t.split("/");
            return YearMonth.of(Integer.parseInt(p[1]), Integer.parseInt(p[0])).toString();
        }
        return null;
    }
}

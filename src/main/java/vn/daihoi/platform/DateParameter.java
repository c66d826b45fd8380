package vn.daihoi.platform;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * The one reader of a date in a query ({@code ?asOf=15/01/2027}, also {@code 2027-01-15} for the API): a
 * controller takes {@code @RequestParam(required = false) LocalDate asOf} and never parses it by hand. A bad
 * date is a 400 naming the parameter and what was sent ({@code error.badDate}, in {@link ErrorHandling}); an
 * empty one is absent. Registered once in {@link WebConfig}.
 */
final class DateParameter implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        return Dates.parse(text).orElseThrow(() -> new ParseException(text, 0));
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return Dates.format(date);
    }
}

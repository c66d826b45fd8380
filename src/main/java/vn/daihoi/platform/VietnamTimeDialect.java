package vn.daihoi.platform;

import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #vn} in every template: dates and times formatted in Vietnam time through {@link Dates}. Templates
 * use it instead of {@code #temporals}, which formats an instant in the JVM's default zone (UTC on most
 * servers), so a page would print "20:07" of the evening before for 03:07 in Vietnam.
 */
@Component
class VietnamTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "vn";

    private static final Times TIMES = new Times();

    VietnamTimeDialect() {
        super("daihoi-vietnam-time");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return NAME.equals(name) ? TIMES : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** The methods templates call as {@code #vn.format(x, 'dd/MM/yyyy HH:mm')} and so on. */
    public static final class Times {

        public String format(Object value, String pattern) {
            return Dates.format(value, pattern);
        }

        public String dateTime(Instant at) {
            return Dates.dateTime(at);
        }

        public String time(Instant at) {
            return Dates.time(at);
        }
    }
}

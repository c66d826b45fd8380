package vn.daihoi.platform;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * An expected failure the user can act on: a rule refused, a duplicate, an illegal transition. It
 * carries a message key from the bundles and its arguments; {@code messages.getMessage(e, locale)} translates
 * it (the key itself when the bundles lack it).
 */
public class DomainException extends RuntimeException implements MessageSourceResolvable {

    private final String messageKey;
    private final transient Object[] arguments;
    private final int status;

    public DomainException(String messageKey, Object... arguments) {
        this(400, messageKey, arguments);
    }

    protected DomainException(int status, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public int status() {
        return status;
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return arguments();
    }

    @Override
    public String getDefaultMessage() {
        return messageKey;
    }

    /** Something asked for does not exist (or is not visible to the user, which looks the same). */
    public static DomainException notFound(String messageKey, Object... arguments) {
        return new DomainException(404, messageKey, arguments);
    }

    /** The request conflicts with the current state (a duplicate, a concurrent change). */
    public static DomainException conflict(String messageKey, Object... arguments) {
        return new DomainException(409, messageKey, arguments);
    }
}

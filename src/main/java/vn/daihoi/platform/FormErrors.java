package vn.daihoi.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;

/**
 * The errors of one posted page form, collected field by field so the page shows all of them at once, each
 * beside its field ({@link FormActions#submit}). Read a field with one of the methods below: a bad value is
 * recorded and {@code null} returned, so the handler goes on and finds the next error; call {@link #check()}
 * before the change itself.
 */
public final class FormErrors {

    /** Thrown by {@link #check()} when a field was refused; {@link FormActions} turns it into the form again. */
    static final class Invalid extends RuntimeException {
        Invalid() {
            super("form has errors", null, false, false);
        }
    }

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();
    private final Map<String, String> fieldOfKey = new LinkedHashMap<>();

    FormErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Records an error beside {@code field}. */
    public void reject(String field, String messageKey, Object... arguments) {
        fields.computeIfAbsent(field, f -> new ArrayList<>())
                .add(messages.getMessage(messageKey, arguments, messageKey, locale));
    }

    /**
     * A service refusal with this message key belongs beside {@code field} (a refusal the form could not
     * check itself, such as a unit code that does not exist); other refusals are shown above the form.
     */
    public FormErrors place(String messageKey, String field) {
        fieldOfKey.put(messageKey, field);
        return this;
    }

    /** The stripped text, or {@code null} with "required" beside the field when it is blank. */
    public String required(String field, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "form.error.required", label(labelKey));
            return null;
        }
        return value.strip();
    }

    /** The stripped text (or {@code null} when blank); longer than {@code max} characters is refused. */
    public String text(String field, String labelKey, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.codePointCount(0, t.length()) > max) {
            reject(field, "form.error.tooLong", label(labelKey), max);
            return null;
        }
        return t;
    }

    /** A date typed dd/MM/yyyy; one message for every bad date of every form. */
    public LocalDate date(String field, String labelKey, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "form.error.required", label(labelKey));
            }
            return null;
        }
        var date = Dates.parse(value);
        if (date.isEmpty()) {
            reject(field, "form.error.date", label(labelKey), value.strip());
            return null;
        }
        return date.get();
    }

    /** Runs a module's own parser of one field; its refusal goes beside the field and {@code null} is returned. */
    public <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DomainException e) {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(messages.getMessage(e, locale));
            return null;
        }
    }

    /** Stops the handler when any field was refused (the form is shown again with every error). */
    public void check() {
        if (any()) {
            throw new Invalid();
        }
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    void refused(DomainException e) {
        String message = messages.getMessage(e, locale);
        String field = fieldOfKey.get(e.messageKey());
        if (field == null) {
            general.add(message);
        } else {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }
    }

    FormFeedback feedback(String formId, Map<String, List<String>> values) {
        return new FormFeedback(formId, fields, general, values);
    }

    private String label(String labelKey) {
        return messages.getMessage(labelKey, null, labelKey, locale);
    }
}

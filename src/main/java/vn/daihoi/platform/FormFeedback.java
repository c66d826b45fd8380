package vn.daihoi.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a refused form shows on its page again (flashed as {@code formErrors}): the messages per field, the
 * messages of the form as a whole, and the values typed. Templates read it through {@code fragments/form}.
 */
public record FormFeedback(
        String formId, Map<String, List<String>> fields, List<String> general, Map<String, List<String>> values)
        implements Serializable {

    public FormFeedback {
        fields = copy(fields);
        general = new ArrayList<>(general);
        values = copy(values);
    }

    /** This feedback when it belongs to the form {@code id}, else {@code null} (another form on the page). */
    public FormFeedback in(String id) {
        return formId.equals(id) ? this : null;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public List<String> of(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** The value typed in the field ({@code ""} when none). */
    public String value(String field) {
        List<String> v = values.get(field);
        return v == null || v.isEmpty() ? "" : v.getFirst();
    }

    /** Whether a checkbox or option was sent with this value. */
    public boolean sent(String field, String value) {
        return values.getOrDefault(field, List.of()).contains(value);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }
}

package vn.daihoi.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON value read with the Jackson streaming parser only. The databind mapper costs about a quarter
 * of a second of class loading on a cold JVM, which the offline recount cannot afford (issue 3: the
 * whole command in 1.5 s); a record needs nothing but objects, arrays, strings, integers and booleans.
 */
final class JsonValue {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonValue NULL = new JsonValue(null);

    private final Object value; // Map<String, JsonValue>, List<JsonValue>, String, Number, Boolean or null

    private JsonValue(Object value) {
        this.value = value;
    }

    /** Parses JSON text; throws Jackson's exception (with its location) on malformed input. */
    static JsonValue parse(String json) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return NULL;
            }
            JsonValue v = read(p, t);
            if (p.nextToken() != null) {
                throw new RecordJson.BadRecord("Sau đối tượng JSON còn dữ liệu thừa.");
            }
            return v;
        }
    }

    private static JsonValue read(JsonParser p, JsonToken t) {
        return switch (t) {
            case START_OBJECT -> {
                Map<String, JsonValue> map = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, read(p, p.nextToken()));
                }
                yield new JsonValue(map);
            }
            case START_ARRAY -> {
                List<JsonValue> list = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    list.add(read(p, n));
                }
                yield new JsonValue(list);
            }
            case VALUE_STRING -> new JsonValue(p.getString());
            case VALUE_NUMBER_INT -> new JsonValue(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> new JsonValue(p.getNumberValue());
            case VALUE_TRUE -> new JsonValue(Boolean.TRUE);
            case VALUE_FALSE -> new JsonValue(Boolean.FALSE);
            default -> NULL;
        };
    }

    static JsonValue string(String s) {
        return new JsonValue(s);
    }

    /** The member {@code name} of an object, or null when absent (or when this is not an object). */
    JsonValue get(String name) {
        return value instanceof Map<?, ?> m ? (JsonValue) m.get(name) : null;
    }

    JsonValue get(int index) {
        return ((List<?>) value).get(index) instanceof JsonValue v ? v : NULL;
    }

    boolean has(String name) {
        return value instanceof Map<?, ?> m && m.containsKey(name);
    }

    @SuppressWarnings("unchecked")
    Set<Map.Entry<String, JsonValue>> properties() {
        return ((Map<String, JsonValue>) value).entrySet();
    }

    int size() {
        return value instanceof List<?> l ? l.size() : value instanceof Map<?, ?> m ? m.size() : 0;
    }

    boolean isNull() {
        return value == null;
    }

    boolean isObject() {
        return value instanceof Map;
    }

    boolean isArray() {
        return value instanceof List;
    }

    boolean isString() {
        return value instanceof String;
    }

    boolean isBoolean() {
        return value instanceof Boolean;
    }

    boolean isIntegralNumber() {
        return value instanceof BigInteger;
    }

    boolean canConvertToInt() {
        return value instanceof BigInteger b && b.bitLength() < 32;
    }

    int intValue() {
        return ((BigInteger) value).intValueExact();
    }

    boolean booleanValue() {
        return (Boolean) value;
    }

    String stringValue() {
        return (String) value;
    }

    String asString(String fallback) {
        return value instanceof String s ? s : fallback;
    }

    @Override
    public String toString() {
        if (value instanceof String s) {
            return JsonWriter.quote(s);
        }
        if (value instanceof Map || value instanceof List) {
            return value instanceof Map ? "{…}" : "[…]";
        }
        return String.valueOf(value);
    }
}

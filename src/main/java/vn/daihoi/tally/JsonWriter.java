package vn.daihoi.tally;

import java.util.List;
import java.util.Map;

/** Pretty-prints the result tree (maps, lists, strings, numbers, booleans, null) as UTF-8 JSON text. */
final class JsonWriter {

    private JsonWriter() {}

    static String write(Object value) {
        StringBuilder sb = new StringBuilder(4096);
        write(sb, value, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, int depth) {
        switch (value) {
            case null -> sb.append("null");
            case String s -> sb.append(quote(s));
            case Map<?, ?> map -> {
                if (map.isEmpty()) {
                    sb.append("{ }");
                    return;
                }
                sb.append('{');
                boolean first = true;
                for (var e : map.entrySet()) {
                    sb.append(first ? "" : ",");
                    first = false;
                    newline(sb, depth + 1)
                            .append(quote(String.valueOf(e.getKey())))
                            .append(" : ");
                    write(sb, e.getValue(), depth + 1);
                }
                newline(sb, depth).append('}');
            }
            case List<?> list -> {
                if (list.isEmpty()) {
                    sb.append("[ ]");
                    return;
                }
                sb.append('[');
                boolean first = true;
                for (Object o : list) {
                    sb.append(first ? "" : ",");
                    first = false;
                    newline(sb, depth + 1);
                    write(sb, o, depth + 1);
                }
                newline(sb, depth).append(']');
            }
            default -> sb.append(value); // Integer, Boolean
        }
    }

    private static StringBuilder newline(StringBuilder sb, int depth) {
        sb.append('\n');
        sb.append("  ".repeat(depth));
        return sb;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

package vn.daihoi.tally;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import vn.daihoi.counting.AllStruckOut;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.BaseKind;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.ElectionRecord.Ballot;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.counting.Fraction;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.counting.Mark;
import vn.daihoi.counting.Purpose;
import vn.daihoi.counting.Settings;

/**
 * Reads an election record and writes a result, field for field as election-record.md defines them.
 * Unknown fields are ignored; a missing or ill-typed field becomes a BAD_RECORD naming the field.
 */
public final class RecordJson {

    public static final String FORMAT = "daihoi-election-record/1";

    private RecordJson() {}

    /** Thrown while reading; turned into a BAD_RECORD result, never shown as a stack trace. */
    public static final class BadRecord extends RuntimeException {
        BadRecord(String message) {
            super(message, null, false, false);
        }
    }

    /** The record as the input JSON of election-record.md, readable back by {@link #read}. */
    public static String write(ElectionRecord record) {
        return RecordWriter.write(record, MinutesInfo.EMPTY);
    }

    /** The record with a {@code minutes} object, so that {@code daihoi tally --minutes-pdf} prints full minutes. */
    public static String write(ElectionRecord record, MinutesInfo minutes) {
        return RecordWriter.write(record, minutes);
    }

    /** Parses the JSON text of a record, or throws {@link BadRecord} with a Vietnamese message. */
    public static ElectionRecord read(String json) {
        JsonValue root;
        try {
            root = JsonValue.parse(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (dòng " + e.getLocation().getLineNr() + ", cột "
                            + e.getLocation().getColumnNr() + ")";
            throw new BadRecord("Tệp không phải JSON hợp lệ" + where + ".");
        }
        if (root == null || !root.isObject()) {
            throw new BadRecord("Bản ghi phải là một đối tượng JSON.");
        }
        JsonValue format = root.get("format");
        if (format != null && !format.isNull() && !FORMAT.equals(format.asString(""))) {
            throw new BadRecord("format phải là \"" + FORMAT + "\".");
        }
        JsonValue e = object(root, "election", "election");
        JsonValue b = object(root, "base", "base");
        JsonValue c = object(root, "counts", "counts");
        Purpose purpose = optionalEnum(e.get("purpose"), Purpose.class, "election.purpose", Purpose.ELECTION);
        var election = new ElectionRecord.Election(
                optionalText(e.get("title"), "election.title"),
                enumValue(e.get("body"), Body.class, "election.body"),
                purpose,
                purpose == Purpose.NOMINATION_OPINION
                        ? optionalInt(e.get("seats"), "election.seats", 0)
                        : integer(e.get("seats"), "election.seats"),
                optionalInt(e.get("round"), "election.round", 1),
                optionalBool(e.get("runoff"), "election.runoff", false),
                enumValue(e.get("ballotForm"), BallotForm.class, "election.ballotForm"));
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        JsonValue ex = b.get("excluded");
        if (ex != null && !ex.isNull()) {
            if (!ex.isObject()) {
                throw new BadRecord("base.excluded phải là một đối tượng {loại: số}.");
            }
            for (var entry : ex.properties()) {
                String field = "base.excluded." + entry.getKey();
                excluded.put(enumValue(text(entry.getKey()), Exclusion.class, field), integer(entry.getValue(), field));
            }
        }
        var base = new ElectionRecord.Base(
                enumValue(b.get("kind"), BaseKind.class, "base.kind"),
                optionalInt(b.get("summoned"), "base.summoned", null),
                excluded,
                optionalInt(b.get("value"), "base.value", null),
                optionalInt(b.get("present"), "base.present", null));
        JsonValue list = root.get("candidates");
        if (list == null || !list.isArray()) {
            throw new BadRecord("Thiếu trường bắt buộc: candidates (danh sách ứng cử viên).");
        }
        List<ElectionRecord.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonValue cand = list.get(i);
            if (!cand.isObject()) {
                throw new BadRecord("candidates[" + i + "] phải là một đối tượng {id, name}.");
            }
            candidates.add(new ElectionRecord.Candidate(
                    string(cand.get("id"), "candidates[" + i + "].id"),
                    string(cand.get("name"), "candidates[" + i + "].name")));
        }
        var counts = new ElectionRecord.Counts(
                integer(c.get("issued"), "counts.issued"), integer(c.get("collected"), "counts.collected"));
        return new ElectionRecord(
                election,
                base,
                candidates,
                counts,
                ballots(root.get("ballots")),
                tally(root.get("tally")),
                settings(root));
    }

    /** The optional {@code minutes} object: what the counting minutes print beyond the count. */
    public static MinutesInfo readMinutes(String json) {
        JsonValue m;
        try {
            m = JsonValue.parse(json).get("minutes");
        } catch (JacksonException e) {
            throw new BadRecord("Tệp không phải JSON hợp lệ.");
        }
        if (m == null || m.isNull()) {
            return MinutesInfo.EMPTY;
        }
        if (!m.isObject()) {
            throw new BadRecord("minutes phải là một đối tượng.");
        }
        return new MinutesInfo(
                optionalString(m, "superior"),
                optionalString(m, "organisation"),
                optionalString(m, "congress"),
                optionalString(m, "term"),
                optionalString(m, "place"),
                optionalString(m, "date"),
                optionalString(m, "time"),
                optionalString(m, "head"),
                strings(m, "members"),
                optionalString(m, "countingMode"),
                strings(m, "entryLog"),
                strings(m, "complaints"));
    }

    private static String optionalString(JsonValue parent, String name) {
        JsonValue node = parent.get(name);
        return node == null || node.isNull() ? null : string(node, "minutes." + name);
    }

    private static List<String> strings(JsonValue parent, String name) {
        JsonValue node = parent.get(name);
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw new BadRecord("minutes." + name + " phải là một mảng chuỗi.");
        }
        for (int i = 0; i < node.size(); i++) {
            out.add(string(node.get(i), "minutes." + name + "[" + i + "]"));
        }
        return out;
    }

    private static List<Ballot> ballots(JsonValue node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new BadRecord("ballots phải là một mảng phiếu.");
        }
        List<Ballot> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonValue ballot = node.get(i);
            String where = "ballots[" + i + "]";
            if (!ballot.isObject()) {
                throw new BadRecord(where + " phải là một đối tượng.");
            }
            int forms = (ballot.has("kept") ? 1 : 0) + (ballot.has("marks") ? 1 : 0) + (ballot.has("invalid") ? 1 : 0);
            if (forms != 1) {
                throw new BadRecord(where + " phải có đúng một trong các trường kept, marks, invalid.");
            }
            if (ballot.has("invalid")) {
                out.add(new Ballot.Invalid(enumValue(ballot.get("invalid"), InvalidReason.class, where + ".invalid")));
            } else if (ballot.has("kept")) {
                JsonValue kept = ballot.get("kept");
                if (!kept.isArray()) {
                    throw new BadRecord(where + ".kept phải là một mảng mã ứng cử viên.");
                }
                List<String> ids = new ArrayList<>(kept.size());
                for (int k = 0; k < kept.size(); k++) {
                    ids.add(string(kept.get(k), where + ".kept[" + k + "]"));
                }
                out.add(new Ballot.Kept(ids));
            } else {
                JsonValue marks = ballot.get("marks");
                if (!marks.isObject()) {
                    throw new BadRecord(where + ".marks phải là một đối tượng {mã: AGREE|DISAGREE|BOTH|NONE}.");
                }
                Map<String, Mark> m = new LinkedHashMap<>();
                for (var entry : marks.properties()) {
                    m.put(entry.getKey(), enumValue(entry.getValue(), Mark.class, where + ".marks." + entry.getKey()));
                }
                out.add(new Ballot.Marked(m));
            }
        }
        return out;
    }

    private static ElectionRecord.Tally tally(JsonValue node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadRecord("tally phải là một đối tượng.");
        }
        Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
        JsonValue inv = node.get("invalid");
        if (inv != null && !inv.isNull()) {
            if (!inv.isObject()) {
                throw new BadRecord("tally.invalid phải là một đối tượng {lý do: số}.");
            }
            for (var entry : inv.properties()) {
                String field = "tally.invalid." + entry.getKey();
                invalid.put(
                        enumValue(text(entry.getKey()), InvalidReason.class, field), integer(entry.getValue(), field));
            }
        }
        return new ElectionRecord.Tally(
                integer(node.get("valid"), "tally.valid"),
                invalid,
                counts(node.get("votes"), "tally.votes"),
                counts(node.get("disagree"), "tally.disagree"));
    }

    private static Map<String, Integer> counts(JsonValue node, String field) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new BadRecord(field + " phải là một đối tượng {mã: số}.");
        }
        for (var entry : node.properties()) {
            out.put(entry.getKey(), integer(entry.getValue(), field + "." + entry.getKey()));
        }
        return out;
    }

    private static Settings settings(JsonValue root) {
        JsonValue s = root.get("settings");
        if (s == null || s.isNull()) {
            return Settings.DEFAULTS;
        }
        if (!s.isObject()) {
            throw new BadRecord("settings phải là một đối tượng.");
        }
        Fraction quorum = Settings.DEFAULTS.quorumFraction();
        JsonValue q = s.get("quorumFraction");
        if (q != null && !q.isNull()) {
            String[] parts = q.asString("").split("/");
            try {
                quorum = new Fraction(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            } catch (RuntimeException ex) {
                throw new BadRecord("settings.quorumFraction phải là phân số dạng \"2/3\".");
            }
        }
        return new Settings(
                optionalEnum(s.get("allStruckOut"), AllStruckOut.class, "settings.allStruckOut", AllStruckOut.INVALID),
                optionalBool(s.get("runoffRequiresMajority"), "settings.runoffRequiresMajority", true),
                quorum);
    }

    private static JsonValue object(JsonValue parent, String name, String field) {
        JsonValue node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new BadRecord("Thiếu trường bắt buộc: " + field + ".");
        }
        if (!node.isObject()) {
            throw new BadRecord(field + " phải là một đối tượng.");
        }
        return node;
    }

    private static JsonValue text(String s) {
        return JsonValue.string(s);
    }

    private static int integer(JsonValue node, String field) {
        if (node == null || node.isNull()) {
            throw new BadRecord("Thiếu trường bắt buộc: " + field + ".");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new BadRecord(field + " phải là số nguyên (đang là " + node + ").");
        }
        int n = node.intValue();
        if (n < 0) {
            throw new BadRecord(field + " không được âm (đang là " + n + ").");
        }
        return n;
    }

    private static Integer optionalInt(JsonValue node, String field, Integer fallback) {
        return node == null || node.isNull() ? fallback : Integer.valueOf(integer(node, field));
    }

    private static boolean optionalBool(JsonValue node, String field, boolean fallback) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new BadRecord(field + " phải là true hoặc false (đang là " + node + ").");
        }
        return node.booleanValue();
    }

    private static String string(JsonValue node, String field) {
        if (node == null || node.isNull()) {
            throw new BadRecord("Thiếu trường bắt buộc: " + field + ".");
        }
        if (!node.isString()) {
            throw new BadRecord(field + " phải là chuỗi (đang là " + node + ").");
        }
        return node.stringValue();
    }

    private static String optionalText(JsonValue node, String field) {
        return node == null || node.isNull() ? "" : string(node, field);
    }

    private static <E extends Enum<E>> E enumValue(JsonValue node, Class<E> type, String field) {
        String value = string(node, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException ex) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name());
            }
            throw new BadRecord(field + " có giá trị không hợp lệ \"" + value + "\" (cho phép: "
                    + String.join(", ", allowed) + ").");
        }
    }

    private static <E extends Enum<E>> E optionalEnum(JsonValue node, Class<E> type, String field, E fallback) {
        return node == null || node.isNull() ? fallback : enumValue(node, type, field);
    }
}

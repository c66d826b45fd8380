package vn.daihoi.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.ErrorCode;
import vn.daihoi.counting.Problem;

/** Writes a result as the output JSON of election-record.md, field for field. */
public final class ResultJson {

    private ResultJson() {}

    /** The refusal for a record that could not be read. */
    public static CountResult.Refused badRecord(String message) {
        return new CountResult.Refused(List.of(new Problem.Error(ErrorCode.BAD_RECORD, message)), List.of());
    }

    /** The output JSON of the contract, pretty-printed, UTF-8 text. */
    public static String write(CountResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", result.status().name());
        if (result instanceof CountResult.Counted c) {
            out.put("base", c.base());
            out.put("threshold", c.threshold());
            out.put("issued", c.issued());
            out.put("collected", c.collected());
            out.put("valid", c.valid());
            out.put("invalid", c.invalid());
            Map<String, Integer> byReason = new LinkedHashMap<>();
            c.invalidByReason().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(en -> byReason.put(en.getKey().name(), en.getValue()));
            out.put("invalidByReason", byReason);
            List<Map<String, Object>> results = new ArrayList<>();
            for (CountResult.CandidateResult r : c.results()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", r.id());
                line.put("name", r.name());
                line.put("votes", r.votes());
                line.put("disagree", r.disagree());
                line.put("percentOfBase", r.percentOfBase().toPlainString());
                line.put("passed", r.passed());
                line.put("elected", r.elected());
                results.add(line);
            }
            out.put("results", results);
            out.put("elected", c.elected());
            Map<String, Object> runoff = null;
            if (c.runoff() != null) {
                runoff = new LinkedHashMap<>();
                runoff.put("candidates", c.runoff().candidates());
                runoff.put("seats", c.runoff().seats());
            }
            out.put("runoff", runoff);
            out.put("vacancies", c.vacancies());
        }
        out.put("warnings", problems(result.warnings()));
        out.put("errors", result instanceof CountResult.Refused r ? problems(r.errors()) : List.of());
        return JsonWriter.write(out);
    }

    private static List<Map<String, String>> problems(List<? extends Problem> problems) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put(
                    "code",
                    switch (p) {
                        case Problem.Error e -> e.code().name();
                        case Problem.Warning w -> w.code().name();
                    });
            m.put("message", p.message());
            out.add(m);
        }
        return out;
    }
}

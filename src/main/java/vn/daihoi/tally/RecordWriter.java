package vn.daihoi.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.ElectionRecord.Ballot;
import vn.daihoi.counting.Purpose;
import vn.daihoi.counting.Settings;

/**
 * Writes an election record as the input JSON of election-record.md, field for field, so that {@link
 * RecordJson#read} (and {@code daihoi tally}) reads back exactly the record that was counted. The optional
 * {@code minutes} object carries what the counting minutes print beyond the count.
 */
final class RecordWriter {

    private RecordWriter() {}

    static String write(ElectionRecord record, MinutesInfo minutes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", RecordJson.FORMAT);
        ElectionRecord.Election e = record.election();
        Map<String, Object> election = new LinkedHashMap<>();
        election.put("title", e.title());
        election.put("body", e.body().name());
        election.put("purpose", e.purpose().name());
        if (e.purpose() != Purpose.NOMINATION_OPINION || e.seats() > 0) {
            election.put("seats", e.seats());
        }
        election.put("round", e.round());
        election.put("runoff", e.runoff());
        election.put("ballotForm", e.ballotForm().name());
        out.put("election", election);
        ElectionRecord.Base b = record.base();
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("kind", b.kind().name());
        if (b.summoned() != null) {
            base.put("summoned", b.summoned());
        }
        Map<String, Object> excluded = new LinkedHashMap<>();
        b.excluded().forEach((k, v) -> excluded.put(k.name(), v));
        base.put("excluded", excluded);
        if (b.value() != null) {
            base.put("value", b.value());
        }
        if (b.present() != null) {
            base.put("present", b.present());
        }
        out.put("base", base);
        List<Object> candidates = new ArrayList<>();
        for (ElectionRecord.Candidate c : record.candidates()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", c.id());
            line.put("name", c.name());
            candidates.add(line);
        }
        out.put("candidates", candidates);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("issued", record.counts().issued());
        counts.put("collected", record.counts().collected());
        out.put("counts", counts);
        if (record.ballots() != null) {
            List<Object> ballots = new ArrayList<>(record.ballots().size());
            for (Ballot ballot : record.ballots()) {
                ballots.add(ballot(ballot));
            }
            out.put("ballots", ballots);
        }
        if (record.tally() != null) {
            out.put("tally", tally(record.tally(), record.candidates()));
        }
        Settings s = record.settings();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("allStruckOut", s.allStruckOut().name());
        settings.put("runoffRequiresMajority", s.runoffRequiresMajority());
        settings.put(
                "quorumFraction",
                s.quorumFraction().numerator() + "/" + s.quorumFraction().denominator());
        out.put("settings", settings);
        if (minutes != null && !minutes.equals(MinutesInfo.EMPTY)) {
            out.put("minutes", minutes(minutes));
        }
        return JsonWriter.write(out);
    }

    private static Map<String, Object> ballot(Ballot ballot) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (ballot) {
            case Ballot.Kept k -> out.put("kept", k.ids());
            case Ballot.Marked m -> {
                // sorted so that one ballot always prints the same way (the marks are a set)
                Map<String, Object> marks = new LinkedHashMap<>();
                m.marks().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(en -> marks.put(en.getKey(), en.getValue().name()));
                out.put("marks", marks);
            }
            case Ballot.Invalid i -> out.put("invalid", i.reason().name());
        }
        return out;
    }

    /** Votes in ballot order, so the record reads like the minutes. */
    private static Map<String, Object> tally(ElectionRecord.Tally t, List<ElectionRecord.Candidate> candidates) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", t.valid());
        Map<String, Object> invalid = new LinkedHashMap<>();
        t.invalid().forEach((k, v) -> invalid.put(k.name(), v));
        out.put("invalid", invalid);
        out.put("votes", inOrder(t.votes(), candidates));
        out.put("disagree", inOrder(t.disagree(), candidates));
        return out;
    }

    private static Map<String, Object> inOrder(Map<String, Integer> counts, List<ElectionRecord.Candidate> order) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ElectionRecord.Candidate c : order) {
            if (counts.containsKey(c.id())) {
                out.put(c.id(), counts.get(c.id()));
            }
        }
        // ids not on the list stay in the record: the engine must see them to refuse them
        counts.entrySet().stream()
                .filter(en -> !out.containsKey(en.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(en -> out.put(en.getKey(), en.getValue()));
        return out;
    }

    private static Map<String, Object> minutes(MinutesInfo m) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "superior", m.superior());
        put(out, "organisation", m.organisation());
        put(out, "congress", m.congress());
        put(out, "term", m.term());
        put(out, "place", m.place());
        put(out, "date", m.date());
        put(out, "time", m.time());
        put(out, "head", m.head());
        out.put("members", m.members());
        put(out, "countingMode", m.countingMode());
        out.put("entryLog", m.entryLog());
        out.put("complaints", m.complaints());
        return out;
    }

    private static void put(Map<String, Object> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}

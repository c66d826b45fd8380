package vn.daihoi.org.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.Members.MemberData;
import vn.daihoi.platform.Dates;

/** Turns one sheet row into a member record, adding a problem for every cell it cannot read. */
final class RowParser {

    /** A readable row: the record (without its cell, which is resolved for all rows at once). */
    record Candidate(int line, String cellCode, MemberData data) {}

    private RowParser() {}

    /**
     * The candidate, or empty when the row has a problem: a cell it cannot read, or a broken rule
     * (checked against {@code today}); every problem of the row is added to {@code out}.
     */
    static Optional<Candidate> parse(SheetRows.RawRow row, LocalDate today, List<ImportProblem> out) {
        int before = out.size();
        for (MemberColumn c : MemberColumn.values()) {
            String text = row.get(c);
            if (Mojibake.hasReplacementCharacter(text)) {
                out.add(ImportProblem.of(row.line(), c, "member.rule.brokenCharacters", text));
            } else if (Mojibake.isGarbled(text)) {
                out.add(ImportProblem.of(row.line(), c, "member.rule.mojibake", text));
            }
        }
        var sex = coded(row, MemberColumn.SEX, MemberValues::sex, "member.rule.sexUnknown", out);
        var status = coded(row, MemberColumn.STATUS, MemberValues::status, "member.rule.statusUnknown", out);
        MemberSituation situation = row.get(MemberColumn.SITUATION).isEmpty()
                ? MemberSituation.ACTIVE
                : coded(row, MemberColumn.SITUATION, MemberValues::situation, "member.rule.situationUnknown", out);
        LocalDate birth = date(row, MemberColumn.BIRTH_DATE, out);
        LocalDate admission = date(row, MemberColumn.ADMISSION_DATE, out);
        LocalDate official = date(row, MemberColumn.OFFICIAL_DATE, out);
        String cellCode = row.get(MemberColumn.CELL_CODE);
        if (cellCode.isEmpty()) {
            out.add(ImportProblem.of(row.line(), MemberColumn.CELL_CODE, "member.rule.required"));
        }
        MemberData data = MemberRules.clean(new MemberData(
                row.get(MemberColumn.FAMILY_NAME),
                row.get(MemberColumn.MIDDLE_NAME),
                row.get(MemberColumn.GIVEN_NAME),
                row.get(MemberColumn.MANUAL_SORT_KEY),
                sex,
                birth,
                row.get(MemberColumn.ETHNICITY),
                row.get(MemberColumn.RELIGION),
                row.get(MemberColumn.NATIONAL_ID),
                row.get(MemberColumn.PHONE),
                row.get(MemberColumn.PARTY_CARD_NO),
                admission,
                official,
                status,
                situation,
                null));
        // A cell already reported as unreadable is not reported again as, say, "required".
        Set<String> reported = out.subList(before, out.size()).stream()
                .map(ImportProblem::column)
                .collect(Collectors.toSet());
        for (Violation v : MemberRules.check(data, today)) {
            if (!reported.contains(v.column().header)) {
                out.add(ImportProblem.of(row.line(), v.column(), v.messageKey(), v.args()));
            }
        }
        return out.size() > before ? Optional.empty() : Optional.of(new Candidate(row.line(), cellCode, data));
    }

    private static <E> E coded(
            SheetRows.RawRow row,
            MemberColumn column,
            Function<String, Optional<E>> reader,
            String messageKey,
            List<ImportProblem> out) {
        String text = row.get(column);
        if (text.isEmpty()) {
            out.add(ImportProblem.of(row.line(), column, "member.rule.required"));
            return null;
        }
        Optional<E> value = reader.apply(text);
        if (value.isEmpty()) {
            out.add(ImportProblem.of(row.line(), column, messageKey, text, MemberValues.situationChoices()));
        }
        return value.orElse(null);
    }

    private static LocalDate date(SheetRows.RawRow row, MemberColumn column, List<ImportProblem> out) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = Dates.parse(text);
        if (date.isEmpty()) {
            out.add(ImportProblem.of(row.line(), column, "form.error.date", column.header, text));
        }
        return date.orElse(null);
    }
}

package vn.daihoi.elections;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daihoi.elections.internal.SessionDates;
import vn.daihoi.org.OrgSql;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.roll.Roll;
import vn.daihoi.season.CaseSql;

/**
 * What the minutes print about the congress beyond the count (elections.md §6): the organisation and its
 * superior, the congress and term, date and time, how the ballots were counted. Kept in the exported record
 * so that {@code daihoi tally --minutes-pdf} prints the same minutes offline.
 */
@Component
class MinutesFacts {

    private final JdbcClient jdbc;
    private final Roll roll;
    private final SessionDates sessions;

    MinutesFacts(JdbcClient jdbc, Roll roll, SessionDates sessions) {
        this.jdbc = jdbc;
        this.roll = roll;
        this.sessions = sessions;
    }

    private record CaseFacts(String organisation, String superior, String term, String kind) {}

    vn.daihoi.tally.MinutesInfo minutes(long caseId, EnteredCount entered, Instant at) {
        String org = CaseSql.orgId(":id");
        CaseFacts f = jdbc.sql("select %s as organisation, %s as superior, %s as term, %s as kind where %s is not null"
                        .formatted(
                                OrgSql.name(org),
                                OrgSql.name(OrgSql.directSuperior(org)),
                                CaseSql.term(":id"),
                                CaseSql.kind(":id"),
                                org))
                .param("id", caseId)
                .query(CaseFacts.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        // the session's day, not the release's when they differ (then no hour: the paper says only what is true)
        SessionDates.PaperDay day = sessions.of(caseId, at);
        String congress = ("DELEGATE".equals(f.kind()) ? "Đại hội đại biểu " : "Đại hội ") + f.organisation();
        List<String> log = switch (entered) {
            case EnteredCount.Keyed k -> {
                List<String> lines = new java.util.ArrayList<>();
                lines.add("Mỗi phiếu được " + k.teams() + " tổ nhập độc lập và khớp nhau.");
                // who keyed which team, so the paper shows the counts came from different people
                k.keyedBy()
                        .forEach((team, names) ->
                                lines.add("Tổ " + team + " do " + String.join(", ", names) + " nhập."));
                // the head the count was proven by: checking the stored log against it detects a lost tail
                lines.add("Mã kiểm chứng nhật ký nhập phiếu: số mục " + k.entryLogEntries() + ", đầu chuỗi "
                        + k.entryLogDigest());
                yield List.copyOf(lines);
            }
            case EnteredCount.Totals t -> List.of("Ban kiểm phiếu kiểm bằng tay và nhập tổng số.");
        };
        // the counting committee the congress approved, head first (the order in which it was chosen)
        List<String> committee = roll.countingCommitteeNames(caseId);
        return new vn.daihoi.tally.MinutesInfo(
                f.superior(),
                f.organisation(),
                congress,
                f.term(),
                null,
                Dates.format(day.date()),
                day.sameDay() ? Dates.time(at) : null,
                committee.isEmpty() ? null : committee.getFirst(),
                committee.isEmpty() ? List.of() : committee.subList(1, committee.size()),
                entered instanceof EnteredCount.Keyed ? "KEYED" : "HAND",
                log,
                List.of());
    }
}

package vn.daihoi.elections.list;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;

/** The rows of a list being built (table list_entry), and the ballot order with the manual sort key. */
public final class ListEntries {

    private ListEntries() {}

    public static void insertProposal(
            JdbcClient jdbc, long roundId, List<ListedName> names, Instant now, String username) {
        for (ListedName n : names) {
            insert(jdbc, roundId, n, "PROPOSAL", null, null, "LISTED", now, username);
        }
    }

    static long insert(
            JdbcClient jdbc,
            long roundId,
            ListedName n,
            String source,
            String nominatedBy,
            Long nominatedByMember,
            String status,
            Instant now,
            String username) {
        return jdbc.sql("""
                        insert into list_entry (round_id, member_id, full_name, birth_date, source, nominated_by,
                            nominated_by_member, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        roundId,
                        n.memberId(),
                        PersonName.clean(n.fullName()),
                        n.birthDate(),
                        source,
                        nominatedBy,
                        nominatedByMember,
                        status,
                        Timestamp.from(now),
                        username)
                .query(Long.class)
                .single();
    }

    static List<ListEntry> of(JdbcClient jdbc, long roundId) {
        return jdbc.sql("""
                        select id, member_id, full_name, birth_date, source, nominated_by, nominated_by_member,
                               status, sort_key, opinion_round_id, opinion_position, opinion_agree
                        from list_entry where round_id = ? order by id
                        """).param(roundId).query(ListEntry.class).list();
    }

    /**
     * Ballot order (elections.md §3): by the name, or by the manual sort key where one is set (written family,
     * middle, given, for a name that does not follow that order); identical names by earlier birth date.
     */
    static List<ListEntry> inBallotOrder(List<ListEntry> entries) {
        Comparator<ListEntry> byName = Comparator.comparing(
                e -> PersonName.parse(e.sortKey() != null ? e.sortKey() : e.fullName()), VietnameseNames.BALLOT_ORDER);
        return entries.stream()
                .sorted(byName.thenComparing(ListEntry::birthDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static ListedName listed(ListEntry e) {
        return new ListedName(e.memberId(), e.fullName(), e.birthDate());
    }

    /**
     * Applies a released opinion ballot to the list it feeds: a name the engine passed ({@code agree × 10 >
     * present × 3}) joins the list, the others are recorded as not admitted. Returns a summary for the audit.
     */
    public static String admit(JdbcClient jdbc, long opinionRoundId, vn.daihoi.counting.CountResult.Counted result) {
        StringBuilder summary = new StringBuilder();
        for (vn.daihoi.counting.CountResult.CandidateResult c : result.results()) {
            int position = Integer.parseInt(c.id().substring(1));
            jdbc.sql("""
                            update list_entry set status = ?, opinion_agree = ?
                            where opinion_round_id = ? and opinion_position = ?
                            """)
                    .params(c.passed() ? "LISTED" : "NOT_ADMITTED", c.votes(), opinionRoundId, position)
                    .update();
            summary.append(summary.isEmpty() ? "" : "; ")
                    .append(c.name())
                    .append(": ")
                    .append(c.votes())
                    .append(c.passed() ? " đồng ý, được bổ sung vào danh sách" : " đồng ý, không được bổ sung");
        }
        return summary.toString();
    }
}

package vn.daihoi.demo.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.EnteredCount;
import vn.daihoi.elections.NewElection;

/**
 * One closed congress of the sample with its day on record: the roll of the cell's official members (one on
 * temporary transfer, one absent), the committee elected from four names counted by hand (each voter struck
 * one name, one paper struck out entirely), and the secretary elected at the new committee's first meeting.
 * The elections go through the elections module's services ({@link Elections#open}, {@link
 * ElectionRounds#recordCounts}, {@link ElectionRounds#release}) signed in as the demo's administrator, so the
 * sample is exactly what the module itself would store (ballot order, engine result, minutes, audit).
 */
final class SampleElections {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private record Case(long id, long orgId, String name, LocalDate closedOn) {}

    private record Member(long id, String fullName, LocalDate birthDate) {}

    /** The services the sample's elections go through, and who is signed in to use them. */
    record Services(Elections elections, ElectionRounds rounds, UserDetailsService users) {}

    private final JdbcClient jdbc;
    private final Services services;

    SampleElections(JdbcClient jdbc, Services services) {
        this.jdbc = jdbc;
        this.services = services;
    }

    /**
     * Writes the day of the first archived cell congress with at least nine official members: the roll as
     * {@code clerk} checked it in, the elections held by {@code administrator}.
     */
    boolean write(long provinceId, String clerk, String administrator) {
        Optional<Case> found = jdbc.sql("""
                        select c.id, c.org_id, v.name, coalesce(c.closed_on, c.window_to)
                        from congress_case c
                        join org_closure t on t.descendant_id = c.org_id and t.ancestor_id = ?
                        join org_version v on v.org_id = c.org_id and v.valid_to is null
                        join org_unit u on u.id = c.org_id
                        where c.state = 'ARCHIVED' and c.level like '%CELL'
                          and (select count(*) from member m where m.org_id = c.org_id and m.status = 'OFFICIAL') >= 9
                        order by u.code limit 1""")
                .param(provinceId)
                .query((rs, i) ->
                        new Case(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .optional();
        if (found.isEmpty()) {
            return false;
        }
        Case c = found.get();
        List<Member> members =
                jdbc.sql("""
                        select id, full_name, birth_date from member where org_id = ? and status = 'OFFICIAL'
                        order by sort_key, birth_date, id""").param(c.orgId()).query(Member.class).list();
        int present = roll(c, members, clerk);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        UserDetails admin = services.users().loadUserByUsername(administrator);
        signedIn.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        // elections are held only while the congress sits (Elections refuses them in any other step): the
        // archived case is written back into its official session for its day, then returned to the archive
        String state = jdbc.sql("select state from congress_case where id = ?")
                .param(c.id())
                .query(String.class)
                .single();
        jdbc.sql("update congress_case set state = 'IN_SESSION' where id = ?")
                .param(c.id())
                .update();
        try {
            elections(c, members.subList(0, 4), present);
        } finally {
            SecurityContextHolder.setContext(previous);
            jdbc.sql("update congress_case set state = ? where id = ?")
                    .params(state, c.id())
                    .update();
        }
        return true;
    }

    /** The roll: every official member summoned, the last on temporary transfer, the one before absent. */
    private int roll(Case c, List<Member> members, String clerk) {
        Timestamp at = Timestamp.from(c.closedOn().atTime(9, 0).atZone(ZONE).toInstant());
        int summoned = members.size();
        for (int i = 0; i < summoned; i++) {
            Member m = members.get(i);
            long entry = jdbc.sql("""
                            insert into roll_entry (case_id, number, member_id, full_name, kind, exclusion, badge_token,
                                created_at)
                            values (?, ?, ?, ?, 'MEMBER', ?, ?, ?) returning id""")
                    .params(
                            c.id(),
                            i + 1,
                            m.id(),
                            m.fullName(),
                            i == summoned - 1 ? Exclusion.TEMPORARY_TRANSFER.name() : null,
                            "sample-" + c.id() + "-" + (i + 1),
                            at)
                    .query(Long.class)
                    .single();
            // the last is on temporary transfer, the one before absent without a reason (stays in D)
            if (i < summoned - 2) {
                jdbc.sql("insert into roll_checkin (roll_entry_id, checked_at, username) values (?, ?, ?)")
                        .params(entry, at, clerk)
                        .update();
            }
        }
        return summoned - 2;
    }

    private void elections(Case c, List<Member> four, int present) {
        Elections elections = services.elections();
        ElectionRounds rounds = services.rounds();
        long committee = elections.open(
                c.id(),
                new NewElection(
                        "Bầu Chi ủy " + c.name() + " nhiệm kỳ 2025-2030",
                        Body.EXECUTIVE_COMMITTEE,
                        3,
                        BallotForm.STRIKE_OUT,
                        four.stream()
                                .map(m -> new NewElection.ListedName(m.id(), m.fullName(), m.birthDate()))
                                .toList()));
        Map<Long, String> ids = candidateIds(committee);
        // each voter strikes one name: mostly the fourth, sometimes another; one paper has every name struck
        Map<String, Integer> votes = new HashMap<>();
        four.forEach(m -> votes.put(ids.get(m.id()), 0));
        for (int b = 0; b < present - 1; b++) {
            int struck = b % 10 < 6 ? 3 : b % 10 < 8 ? 2 : b % 10 == 8 ? 1 : 0;
            for (int n = 0; n < 4; n++) {
                if (n != struck) {
                    votes.merge(ids.get(four.get(n).id()), 1, Integer::sum);
                }
            }
        }
        rounds.recordCounts(committee, present, present);
        rounds.release(
                committee,
                new EnteredCount.Totals(new ElectionRecord.Tally(
                        present - 1, Map.of(InvalidReason.ALL_STRUCK_OUT, 1), votes, Map.of())));

        // the new committee's first meeting elects the secretary: the first of the four, who is always elected
        Member secretary = four.getFirst();
        long first = elections.openFirstMeeting(
                c.id(),
                new NewElection(
                        "Bầu Bí thư Chi bộ nhiệm kỳ 2025-2030",
                        Body.SECRETARY,
                        1,
                        BallotForm.AGREE_DISAGREE,
                        List.of(new NewElection.ListedName(
                                secretary.id(), secretary.fullName(), secretary.birthDate()))));
        rounds.recordCounts(first, 3, 3);
        rounds.release(
                first,
                new EnteredCount.Totals(new ElectionRecord.Tally(3, Map.of(), Map.of("c01", 2), Map.of("c01", 1))));
    }

    /** The candidate id ({@code c01}…) of each member on a round's ballot, as the module numbered them. */
    private Map<Long, String> candidateIds(long roundId) {
        Map<Long, String> ids = new HashMap<>();
        jdbc.sql("select position, member_id from round_candidate where round_id = ?")
                .param(roundId)
                .query(rs -> {
                    ids.put(rs.getLong("member_id"), String.format("c%02d", rs.getInt("position")));
                });
        return ids;
    }
}

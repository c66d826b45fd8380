package vn.daihoi.demo.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.BaseKind;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.Counting;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.counting.InvalidReason;
import vn.daihoi.counting.Mark;
import vn.daihoi.counting.Purpose;
import vn.daihoi.tally.MinutesInfo;
import vn.daihoi.tally.RecordJson;
import vn.daihoi.tally.ResultJson;

/**
 * One closed congress of the sample with its day on record: the roll of the cell's official members (one on
 * temporary transfer, one absent), the committee elected from four names on real strike-out ballots, and the
 * secretary elected at the new committee's first meeting; every round counted by the engine and stored with
 * its election record, as the elections module releases them.
 */
final class SampleElections {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private record Case(long id, long orgId, String name, String superior, LocalDate closedOn) {}

    private record Member(long id, String fullName, LocalDate birthDate) {}

    private final JdbcClient jdbc;

    SampleElections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the day of the first archived cell congress with at least nine official members. */
    boolean write(long provinceId, String username) {
        Optional<Case> found = jdbc.sql("""
                        select c.id, c.org_id, v.name, s.name as superior, coalesce(c.closed_on, c.window_to)
                        from congress_case c
                        join org_closure t on t.descendant_id = c.org_id and t.ancestor_id = ?
                        join org_version v on v.org_id = c.org_id and v.valid_to is null
                        left join org_version s on s.org_id = coalesce(v.superior_id, v.parent_id) and s.valid_to is null
                        join org_unit u on u.id = c.org_id
                        where c.state = 'ARCHIVED' and c.level like '%CELL'
                          and (select count(*) from member m where m.org_id = c.org_id and m.status = 'OFFICIAL') >= 9
                        order by u.code limit 1""")
                .param(provinceId)
                .query((rs, i) -> new Case(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .optional();
        if (found.isEmpty()) {
            return false;
        }
        Case c = found.get();
        List<Member> members =
                jdbc.sql("""
                        select id, full_name, birth_date from member where org_id = ? and status = 'OFFICIAL'
                        order by sort_key, birth_date, id""").param(c.orgId()).query(Member.class).list();
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
                        .params(entry, at, username)
                        .update();
            }
        }
        int present = summoned - 2;
        MinutesInfo minutes = new MinutesInfo(
                c.superior(),
                c.name(),
                "Đại hội " + c.name(),
                "2025-2030",
                null,
                vn.daihoi.platform.Dates.format(c.closedOn()),
                "10:30",
                null,
                List.of(),
                "HAND",
                List.of("Ban kiểm phiếu kiểm bằng tay từng phiếu; số liệu nhập vào máy tính."),
                List.of());
        List<Member> four = members.subList(0, 4);
        List<ElectionRecord.Ballot> ballots = new ArrayList<>();
        for (int b = 0; b < present - 1; b++) {
            // each voter strikes one name: mostly the fourth, sometimes another
            int struck = b % 10 < 6 ? 3 : b % 10 < 8 ? 2 : b % 10 == 8 ? 1 : 0;
            List<String> kept = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                if (n != struck) {
                    kept.add(String.format("c%02d", n + 1));
                }
            }
            ballots.add(new ElectionRecord.Ballot.Kept(kept));
        }
        ballots.add(new ElectionRecord.Ballot.Invalid(InvalidReason.ALL_STRUCK_OUT));
        ElectionRecord committee = new ElectionRecord(
                new ElectionRecord.Election(
                        "Bầu Chi ủy " + c.name() + " nhiệm kỳ 2025-2030",
                        Body.EXECUTIVE_COMMITTEE,
                        Purpose.ELECTION,
                        3,
                        1,
                        false,
                        BallotForm.STRIKE_OUT),
                new ElectionRecord.Base(
                        BaseKind.MEMBER_CONGRESS, summoned, Map.of(Exclusion.TEMPORARY_TRANSFER, 1), null, present),
                candidates(four),
                new ElectionRecord.Counts(present, present),
                ballots,
                null,
                null);
        List<String> elected = store(c, "CONGRESS", null, committee, four, minutes, at, username);
        List<Member> newCommittee = four.stream()
                .filter(m -> elected.contains(String.format("c%02d", four.indexOf(m) + 1)))
                .toList();
        List<ElectionRecord.Ballot> marks = List.of(
                new ElectionRecord.Ballot.Marked(Map.of("c01", Mark.AGREE)),
                new ElectionRecord.Ballot.Marked(Map.of("c01", Mark.AGREE)),
                new ElectionRecord.Ballot.Marked(Map.of("c01", Mark.DISAGREE)));
        List<Member> secretary = List.of(newCommittee.getFirst());
        ElectionRecord first = new ElectionRecord(
                new ElectionRecord.Election(
                        "Bầu Bí thư Chi bộ nhiệm kỳ 2025-2030",
                        Body.SECRETARY,
                        Purpose.ELECTION,
                        1,
                        1,
                        false,
                        BallotForm.AGREE_DISAGREE),
                new ElectionRecord.Base(BaseKind.COMMITTEE_MEETING, newCommittee.size(), Map.of(), null, null),
                candidates(secretary),
                new ElectionRecord.Counts(3, 3),
                marks,
                null,
                null);
        store(c, "FIRST_MEETING", newCommittee.size(), first, secretary, minutes, at, username);
        return true;
    }

    private static List<ElectionRecord.Candidate> candidates(List<Member> list) {
        List<ElectionRecord.Candidate> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(new ElectionRecord.Candidate(
                    String.format("c%02d", i + 1), list.get(i).fullName()));
        }
        return out;
    }

    /** Stores an election with its one released round, closed; returns the ids elected. */
    private List<String> store(
            Case c,
            String meeting,
            Integer baseValue,
            ElectionRecord record,
            List<Member> list,
            MinutesInfo minutes,
            Timestamp at,
            String username) {
        if (!(Counting.count(record) instanceof CountResult.Counted counted)) {
            throw new IllegalStateException(
                    "the sample election does not count: " + record.election().title());
        }
        var e = record.election();
        long election = jdbc.sql("""
                        insert into election (case_id, body, title, seats, ballot_form, meeting, state, created_at,
                            created_by, base_value, closed_at)
                        values (?, ?, ?, ?, ?, ?, 'CLOSED', ?, ?, ?, ?) returning id""")
                .params(
                        c.id(),
                        e.body().name(),
                        e.title(),
                        e.seats(),
                        e.ballotForm().name(),
                        meeting,
                        at,
                        username,
                        baseValue,
                        at)
                .query(Long.class)
                .single();
        String recordText = RecordJson.write(record, minutes);
        String resultText = ResultJson.write(counted);
        long round = jdbc.sql("""
                        insert into election_round (election_id, round_no, seats, state, issued, collected,
                            record_json, record_text, result_json, result_text, released_at)
                        values (?, 1, ?, 'RELEASED', ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?) returning id""")
                .params(
                        election,
                        e.seats(),
                        record.counts().issued(),
                        record.counts().collected(),
                        recordText,
                        recordText,
                        resultText,
                        resultText,
                        at)
                .query(Long.class)
                .single();
        for (int i = 0; i < list.size(); i++) {
            Member m = list.get(i);
            jdbc.sql("""
                            insert into round_candidate (round_id, position, member_id, full_name, birth_date)
                            values (?, ?, ?, ?, ?)""")
                    .params(round, i + 1, m.id(), m.fullName(), m.birthDate())
                    .update();
        }
        return counted.elected();
    }
}

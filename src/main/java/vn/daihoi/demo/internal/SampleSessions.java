package vn.daihoi.demo.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.keying.KeyingTeams;
import vn.daihoi.platform.Dates;
import vn.daihoi.roll.RollDesk;

/**
 * The congress days of the sample: every case that reached its (preparatory) session has its roll, checked in
 * when the congress sat; and a cell of Xuân Phú commune sits today with its committee election being keyed,
 * the commune's counting clerk on team 1 (through {@link Elections}, {@link ElectionRounds} and {@link
 * KeyingTeams}, signed in as the administrator), so her entry page has a round to key.
 */
final class SampleSessions {

    private static final Logger log = LoggerFactory.getLogger(SampleSessions.class);

    /** The commune whose counting clerk keys the sample's open round. */
    static final String CLERK_UNIT = "HBX.X01";

    static final String CLERK = "kiemphieu.xuanphu";

    /** The services the keyed round goes through. */
    record Services(
            Elections elections, ElectionRounds rounds, KeyingTeams teams, RollDesk rolls, UserDetailsService users) {}

    private record Sitting(long id, long orgId, String kind, LocalDate on, boolean checkedIn) {}

    private record Member(long id, String fullName, LocalDate birthDate) {}

    private final JdbcClient jdbc;

    SampleSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the roll of every case that sat (or sits) without one; returns how many. */
    int rolls(long provinceId, String clerk) {
        List<Sitting> sittings = jdbc.sql("""
                        select c.id, c.org_id, c.kind,
                               (select min(s.effective_on) from congress_transition s where s.case_id = c.id
                                  and s.to_state in ('PREPARATORY_SESSION', 'IN_SESSION')),
                               exists (select 1 from congress_transition s where s.case_id = c.id
                                  and s.to_state = 'IN_SESSION')
                        from congress_case c
                        join org_closure t on t.descendant_id = c.org_id and t.ancestor_id = ?
                        where exists (select 1 from congress_transition s where s.case_id = c.id
                                        and s.to_state in ('PREPARATORY_SESSION', 'IN_SESSION'))
                          and not exists (select 1 from roll_entry r where r.case_id = c.id)
                        order by c.id""")
                .param(provinceId)
                .query((rs, i) -> new Sitting(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getBoolean(5)))
                .list();
        for (Sitting s : sittings) {
            roll(s, clerk);
        }
        return sittings.size();
    }

    /**
     * The roll of the clerk's cell, which sits today, through the roll module as the commune's office runs the
     * day ({@link RollDesk#fillFromMembers}, then {@link RollDesk#checkInByNumber} at the door, all but the last
     * two on a roll of more than ten); only when its session's day is {@code today}. Returns how many checked in.
     */
    int sittingToday(Services services, LocalDate today) {
        Optional<Long> found =
                jdbc.sql("""
                        select c.id from congress_case c
                        join org_closure t on t.descendant_id = c.org_id
                        join org_unit x on x.id = t.ancestor_id and x.code = ?
                        join org_unit u on u.id = c.org_id
                        where c.state = 'IN_SESSION' and c.level like '%CELL' and c.opened_on = ?
                          and not exists (select 1 from roll_entry r where r.case_id = c.id)
                        order by u.code limit 1""").params(CLERK_UNIT, today).query(Long.class).optional();
        if (found.isEmpty()) {
            return 0;
        }
        long caseId = found.get();
        return SignedIn.as(services.users(), SampleResults.COMMUNE_OFFICE, () -> {
            services.rolls().fillFromMembers(caseId);
            List<Integer> numbers = jdbc.sql("select number from roll_entry where case_id = ? order by number")
                    .param(caseId)
                    .query(Integer.class)
                    .list();
            int coming = numbers.size() > 10 ? numbers.size() - 2 : numbers.size();
            for (int number : numbers.subList(0, coming)) {
                services.rolls().checkInByNumber(caseId, number);
            }
            return coming;
        });
    }

    /**
     * A cell's roll is its official members; a delegate congress's is one delegate for about every 25 official
     * members below it (30 to 150, all of them when fewer), drawn in a fixed order. All but the last two (on a
     * roll of more than ten) checked in at 7:30.
     */
    private void roll(Sitting s, String clerk) {
        Timestamp at = Timestamp.from(s.on().atTime(7, 0).atZone(Dates.ZONE).toInstant());
        boolean members = s.kind().equals("ALL_MEMBER");
        // a delegate congress's delegates: a fixed spread over the official members below it, then numbered
        // by name as the roll is printed
        jdbc.sql("""
                        insert into roll_entry (case_id, number, member_id, full_name, kind, badge_token, created_at)
                        select :case, row_number() over (order by d.sort_key, d.birth_date, d.id), d.id,
                               d.full_name, :kind, 'sample-' || :case || '-' || d.id, :at
                        from (select m.id, m.full_name, m.sort_key, m.birth_date from member m
                              where m.status = 'OFFICIAL' and (case when :members then m.org_id = :org
                                else m.org_id in (select descendant_id from org_closure where ancestor_id = :org) end)
                              order by (m.id * 7919) % 10007, m.id
                              limit case when :members then 100000 else greatest(30, least(150,
                                (select count(*) from member x join org_closure k on k.descendant_id = x.org_id
                                 where k.ancestor_id = :org and x.status = 'OFFICIAL') / 25)) end) d""")
                .param("case", s.id())
                .param("kind", members ? "MEMBER" : "ELECTED")
                .param("at", at)
                .param("members", members)
                .param("org", s.orgId())
                .update();
        if (s.checkedIn()) {
            Timestamp checked =
                    Timestamp.from(s.on().atTime(7, 30).atZone(Dates.ZONE).toInstant());
            jdbc.sql("""
                            insert into roll_checkin (roll_entry_id, checked_at, username)
                            select id, ?, ? from roll_entry where case_id = ?
                              and number <= (select case when count(*) > 10 then count(*) - 2 else count(*) end
                                             from roll_entry where case_id = ?)""").params(checked, clerk, s.id(), s.id()).update();
        }
    }

    /**
     * Opens the committee election of the sitting cell of {@link #CLERK_UNIT}, enters the ballots issued and
     * collected (the round is then being keyed) and puts the commune's clerk on team 1. Returns the round's id.
     */
    Optional<Long> keyedRound(Services services) {
        Optional<long[]> found = jdbc.sql("""
                        select c.id, c.org_id from congress_case c
                        join org_closure t on t.descendant_id = c.org_id
                        join org_unit x on x.id = t.ancestor_id and x.code = ?
                        join org_unit u on u.id = c.org_id
                        where c.state = 'IN_SESSION' and c.level like '%CELL'
                        order by u.code limit 1""")
                .param(CLERK_UNIT)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long caseId = found.get()[0];
        String name = jdbc.sql("select name from org_version where org_id = ? and valid_to is null")
                .param(found.get()[1])
                .query(String.class)
                .single();
        String code = jdbc.sql("select code from org_unit where id = ?")
                .param(found.get()[1])
                .query(String.class)
                .single();
        List<Member> four = jdbc.sql("""
                        select m.id, m.full_name, m.birth_date from roll_entry r join member m on m.id = r.member_id
                        where r.case_id = ? and r.exclusion is null order by r.number limit 4""").param(caseId).query(Member.class).list();
        int present = jdbc.sql("""
                        select count(*) from roll_checkin k join roll_entry r on r.id = k.roll_entry_id
                        where r.case_id = ?""").param(caseId).query(Integer.class).single();
        long round = services.elections()
                .open(
                        caseId,
                        new NewElection(
                                "Bầu Chi ủy " + name + " nhiệm kỳ 2025-2030",
                                Body.EXECUTIVE_COMMITTEE,
                                3,
                                BallotForm.STRIKE_OUT,
                                four.stream()
                                        .map(m -> new NewElection.ListedName(m.id(), m.fullName(), m.birthDate()))
                                        .toList()));
        services.rounds().recordCounts(round, present, present);
        services.teams().assign(round, 1, CLERK);
        log.info("Vòng bầu đang nhập phiếu: {} {} (hồ sơ {}, vòng {}), {} ở tổ 1.", code, name, caseId, round, CLERK);
        return Optional.of(round);
    }
}

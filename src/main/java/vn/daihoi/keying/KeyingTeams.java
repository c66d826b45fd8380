package vn.daihoi.keying;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.access.UserDirectory;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.elections.RoundState;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * Who keys for which team (elections.md §7: the teams count independently). The counting committee (whoever
 * may run the congress day) puts named accounts on the teams of a round before keying; an account is on one team
 * of a round only (a unique key in the database), keys only for that team, and a release is refused unless the
 * entry log shows every team's ballots keyed by its own members and nobody keying for two teams.
 */
@Service
public class KeyingTeams {

    /** An account on a team of a round. */
    public record Member(int team, String username, String fullName, String assignedBy, Instant assignedAt) {

        /** The person as printed: full name and account, or the account alone. */
        public String named() {
            return fullName == null ? username : fullName + " (" + username + ")";
        }
    }

    /** A round where the signed-in user is on a team: where her entry page is. */
    public record MyRound(RoundSheet sheet, String orgName, int team) {

        public boolean open() {
            return sheet.state() == RoundState.COUNTING;
        }
    }

    /** The actions that put ballots in a team's pile or take them out: their author keyed for that team. */
    static final List<String> KEYING_ACTIONS = List.of(
            EntryLog.Action.BALLOT_KEYED.name(),
            EntryLog.Action.BALLOT_INVALID.name(),
            EntryLog.Action.CORRECTION.name(),
            EntryLog.Action.UNDO.name());

    private final JdbcClient jdbc;
    private final ElectionRounds rounds;
    private final EntryLog log;
    private final CongressCases cases;
    private final AccessControl access;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    KeyingTeams(
            JdbcClient jdbc,
            ElectionRounds rounds,
            EntryLog log,
            CongressCases cases,
            AccessControl access,
            UserDirectory directory,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.log = log;
        this.cases = cases;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The accounts on the teams of a round, by team then user name. */
    @Transactional(readOnly = true)
    public List<Member> members(long roundId) {
        rounds.sheet(roundId);
        record Row(int team, String username, String assignedBy, Timestamp assignedAt) {}
        List<Row> rows = jdbc.sql("""
                        select team, username, assigned_by, assigned_at from keying_team_member
                        where round_id = ? order by team, username""").param(roundId).query(Row.class).list();
        Map<String, String> names =
                directory.fullNames(rows.stream().map(Row::username).toList());
        return rows.stream()
                .map(r -> new Member(
                        r.team(),
                        r.username(),
                        names.get(r.username()),
                        r.assignedBy(),
                        r.assignedAt().toInstant()))
                .toList();
    }

    /** The accounts the counting committee may put on a team: those who may enter ballots for the unit. */
    @Transactional(readOnly = true)
    public List<UserDirectory.Person> candidates(long roundId) {
        RoundSheet sheet = rounds.sheet(roundId);
        long orgId = orgOf(sheet);
        access.require(Permission.CONGRESS_DAY_RUN, orgId);
        return directory.holding(Permission.BALLOT_ENTER, orgId);
    }

    /** Puts an account on a team of a round (before or during keying, never after the release); logged. */
    @Transactional
    public Member assign(long roundId, int team, String username) {
        RoundSheet sheet = rounds.sheet(roundId);
        long orgId = orgOf(sheet);
        access.require(Permission.CONGRESS_DAY_RUN, orgId);
        EntryLog.Head head = log.lock(roundId);
        if (sheet.state() == RoundState.RELEASED) {
            throw DomainException.conflict("keying.error.released");
        }
        if (team < 1 || team > head.teams()) {
            throw new DomainException("keying.error.team", team, head.teams());
        }
        String account = username == null ? "" : username.strip();
        UserDirectory.Person person = directory.holding(Permission.BALLOT_ENTER, orgId).stream()
                .filter(p -> p.username().equals(account))
                .findFirst()
                .orElseThrow(() -> new DomainException("keying.teams.error.notEligible", account));
        Optional<Integer> already = teamOf(roundId, account);
        if (already.isPresent()) {
            throw DomainException.conflict("keying.teams.error.onTeam", person.fullName(), account, already.get());
        }
        String by = access.requireUser().getUsername();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            insert into keying_team_member (round_id, team, username, assigned_by, assigned_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(roundId, team, account, by, Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException race) {
            // the unique key (round, account) holds when two committee members assign the same person at once
            throw DomainException.conflict(
                    "keying.teams.error.onTeam",
                    person.fullName(),
                    account,
                    teamOf(roundId, account).orElse(team));
        }
        log.append(
                head,
                team,
                EntryLog.Action.TEAM_ASSIGNED,
                "tổ " + team + ": " + person.fullName() + " (" + account + ")");
        audit.record(AuditLog.Change.of(
                "KEYING_TEAM_ASSIGN",
                "election_round",
                roundId,
                orgId,
                "Phân công " + person.fullName() + " (" + account + ") vào tổ nhập phiếu " + team + ", " + sheet.title()
                        + ", vòng " + sheet.roundNo()));
        return new Member(team, account, person.fullName(), by, now);
    }

    /** Takes an account off its team, only while it has keyed nothing in the round; logged. */
    @Transactional
    public void unassign(long roundId, String username) {
        RoundSheet sheet = rounds.sheet(roundId);
        long orgId = orgOf(sheet);
        access.require(Permission.CONGRESS_DAY_RUN, orgId);
        EntryLog.Head head = log.lock(roundId);
        if (sheet.state() == RoundState.RELEASED) {
            throw DomainException.conflict("keying.error.released");
        }
        String account = username == null ? "" : username.strip();
        int team = teamOf(roundId, account)
                .orElseThrow(() -> DomainException.notFound("keying.teams.error.notMember", account));
        if (keyers(roundId).getOrDefault(team, Set.of()).contains(account)) {
            throw DomainException.conflict("keying.teams.error.hasKeyed", account, team);
        }
        jdbc.sql("delete from keying_team_member where round_id = ? and username = ?")
                .params(roundId, account)
                .update();
        log.append(head, team, EntryLog.Action.TEAM_UNASSIGNED, "tổ " + team + ": " + account);
        audit.record(AuditLog.Change.of(
                "KEYING_TEAM_UNASSIGN",
                "election_round",
                roundId,
                orgId,
                "Rút " + account + " khỏi tổ nhập phiếu " + team + ", " + sheet.title() + ", vòng " + sheet.roundNo()));
    }

    /**
     * The rounds where the signed-in user is on a team, newest first. Not one transaction: each round's sheet is
     * read in its own, so a round she may no longer see is left out instead of failing the whole list.
     */
    public List<MyRound> mine() {
        String username = access.requireUser().getUsername();
        record Row(long roundId, int team) {}
        List<Row> rows = jdbc.sql("""
                        select round_id, team from keying_team_member where username = ?
                        order by assigned_at desc, round_id desc""").param(username).query(Row.class).list();
        List<MyRound> out = new ArrayList<>();
        for (Row r : rows) {
            RoundSheet sheet;
            try {
                sheet = rounds.sheet(r.roundId());
            } catch (AccessDeniedException revoked) {
                // her role on the unit was taken away since: the round is no longer hers to key
                continue;
            }
            String orgName =
                    cases.find(sheet.caseId()).map(CongressCase::orgName).orElse("");
            out.add(new MyRound(sheet, orgName, r.team()));
        }
        return out;
    }

    /** Refuses unless the signed-in user is on {@code team} of the round (checked under the round's lock). */
    void requireOn(long roundId, int team) {
        String username = access.requireUser().getUsername();
        Optional<Integer> on = teamOf(roundId, username);
        if (on.isEmpty()) {
            throw DomainException.conflict("keying.teams.error.notOnAnyTeam", team, username);
        }
        if (on.get() != team) {
            throw DomainException.conflict("keying.teams.error.otherTeam", team, on.get(), username);
        }
    }

    /**
     * Refuses a release unless the counts are independent: every account that keyed a team's ballots (by the
     * entry log) is on that team, no account keyed for two teams, and every team's pile has a keyer on record.
     */
    void requireIndependent(long roundId, int teams) {
        Map<Integer, Set<String>> keyers = keyers(roundId);
        Map<String, Set<Integer>> teamsOf = new TreeMap<>();
        keyers.forEach((team, users) -> users.forEach(
                u -> teamsOf.computeIfAbsent(u, x -> new TreeSet<>()).add(team)));
        for (Map.Entry<String, Set<Integer>> e : teamsOf.entrySet()) {
            if (e.getValue().size() > 1) {
                throw DomainException.conflict(
                        "keying.teams.error.sameKeyer",
                        e.getKey(),
                        e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }
        Map<String, Integer> assigned = new LinkedHashMap<>();
        jdbc.sql("select username, team from keying_team_member where round_id = ?")
                .param(roundId)
                .query(rs -> {
                    assigned.put(rs.getString("username"), rs.getInt("team"));
                });
        for (int team = 1; team <= teams; team++) {
            Set<String> users = keyers.getOrDefault(team, Set.of());
            if (users.isEmpty()) {
                throw DomainException.conflict("keying.teams.error.noKeyer", team);
            }
            for (String u : users) {
                if (!Integer.valueOf(team).equals(assigned.get(u))) {
                    throw DomainException.conflict("keying.teams.error.notAssignedKeyer", u, team);
                }
            }
        }
    }

    /** Who keyed each team's ballots, by the entry log: team → accounts, in name order. */
    Map<Integer, Set<String>> keyers(long roundId) {
        Map<Integer, Set<String>> out = new TreeMap<>();
        jdbc.sql("""
                        select distinct team, username from keying_log
                        where round_id = ? and team is not null and action = any(?)""").params(roundId, KEYING_ACTIONS.toArray(String[]::new)).query(rs -> {
            out.computeIfAbsent(rs.getInt("team"), t -> new TreeSet<>()).add(rs.getString("username"));
        });
        return out;
    }

    /** Who keyed each team, as printed on the minutes and the log: full name and account. */
    @Transactional(readOnly = true)
    public Map<Integer, List<String>> keyedBy(long roundId) {
        Map<Integer, Set<String>> keyers = keyers(roundId);
        Map<String, String> names = directory.fullNames(
                keyers.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
        Map<Integer, List<String>> out = new TreeMap<>();
        keyers.forEach((team, users) -> out.put(
                team,
                users.stream()
                        .map(u -> names.containsKey(u) ? names.get(u) + " (" + u + ")" : u)
                        .toList()));
        return out;
    }

    Optional<Integer> teamOf(long roundId, String username) {
        return jdbc.sql("select team from keying_team_member where round_id = ? and username = ?")
                .params(roundId, username)
                .query(Integer.class)
                .optional();
    }

    private long orgOf(RoundSheet sheet) {
        return cases.find(sheet.caseId()).orElseThrow().orgId();
    }
}

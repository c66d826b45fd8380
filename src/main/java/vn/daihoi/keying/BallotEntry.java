package vn.daihoi.keying;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.elections.RoundSql;
import vn.daihoi.elections.RoundState;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCases;

/**
 * One team keying the pile: each ballot in its own transaction under the client's id (a retry with the same id
 * changes nothing and answers as the first time), positions dense from 1 per team, undo of the last ballot,
 * correction of a ballot at a position (from the reconciliation), and the number of teams of a round.
 */
@Service
public class BallotEntry {

    /** What the server holds after one request: the ballot's position and the team's count so far. */
    public record Ack(UUID clientId, int team, int position, String content, String echo, int keyed, int collected) {}

    /** A ballot of one team at its position in the pile. */
    public record Stored(int position, UUID clientId, KeyedBallot ballot) {}

    private final JdbcClient jdbc;
    private final ElectionRounds rounds;
    private final EntryLog log;
    private final CongressCases cases;
    private final AccessControl access;
    private final AuditLog audit;
    private final KeyingTeams members;

    BallotEntry(
            JdbcClient jdbc,
            ElectionRounds rounds,
            EntryLog log,
            CongressCases cases,
            AccessControl access,
            AuditLog audit,
            KeyingTeams members) {
        this.jdbc = jdbc;
        this.members = members;
        this.rounds = rounds;
        this.log = log;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    /** Keys the next ballot of a team; {@code typedKept}: the numbers typed are the names kept, not struck. */
    @Transactional
    public Ack key(long roundId, int team, UUID clientId, String input, boolean typedKept) {
        RoundSheet sheet = rounds.sheet(roundId);
        requireId(clientId);
        EntryLog.Head head = log.lock(roundId);
        requireKeyer(head, roundId, team);
        if (!open(sheet, head, team)) {
            // a retry of a ballot stored before the round was released still answers as the first time
            Optional<Ack> again = existing(roundId, team, clientId, sheet);
            if (again.isPresent()) {
                return again.get();
            }
            requireOpen(sheet, head, team);
        }
        rounds.requireSitting(roundId);
        KeyedBallot ballot = BallotInput.parse(input, sheet, typedKept);
        // the position and the insert in one statement; nothing inserted means a retry (same client id), a
        // client id of another ballot, or a full pile, told apart only then. The pile's bound is the collected
        // count as committed now, under the round's entry lock: a change of the counts that committed while this
        // request waited for the lock (CountsGuard) is the one that holds, not the sheet read before
        Optional<Integer> inserted = jdbc.sql("""
                        insert into keyed_ballot (round_id, team, pile_position, client_id, kind, content)
                        select ?, ?, count(*) + 1, ?, ?, ? from keyed_ballot
                        where round_id = ? and team = ? and not superseded
                        having count(*) < """ + RoundSql.collected("?") + """

                        on conflict (client_id) do nothing
                        returning pile_position""")
                .params(roundId, team, clientId, ballot.kind(), ballot.content(), roundId, team, roundId)
                .query(Integer.class)
                .optional();
        if (inserted.isEmpty()) {
            Optional<Ack> again = existing(roundId, team, clientId, sheet);
            if (again.isPresent()) {
                return again.get();
            }
            throw DomainException.conflict("keying.error.full", team, sheet.collected());
        }
        int position = inserted.get();
        log.append(
                head,
                team,
                ballot instanceof KeyedBallot.Invalid ? EntryLog.Action.BALLOT_INVALID : EntryLog.Action.BALLOT_KEYED,
                "#" + position + " " + ballot.kind() + " " + ballot.content());
        return new Ack(clientId, team, position, ballot.content(), Echo.of(ballot, sheet), position, sheet.collected());
    }

    /**
     * Undoes a team's last ballot, named by its client id (so a retried undo changes nothing). Only the last
     * ballot can be undone here; an earlier one is corrected at its position.
     */
    @Transactional
    public Ack undo(long roundId, int team, UUID clientId) {
        RoundSheet sheet = rounds.sheet(roundId);
        requireId(clientId);
        EntryLog.Head head = log.lock(roundId);
        requireKeyer(head, roundId, team);
        record Row(int team, int position, boolean superseded, String kind, String content) {}
        Row row = jdbc.sql("""
                        select team, pile_position as position, superseded, kind, content
                        from keyed_ballot where client_id = ? and round_id = ?""")
                .params(clientId, roundId)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("keying.error.noBallot", clientId));
        if (row.team() != team) {
            throw new DomainException("keying.error.otherTeam", row.team());
        }
        if (!row.superseded()) {
            requireOpen(sheet, head, team);
            rounds.requireSitting(roundId);
            if (row.position() != count(roundId, team)) {
                throw DomainException.conflict("keying.error.notLast", row.position());
            }
            jdbc.sql("update keyed_ballot set superseded = true where client_id = ?")
                    .param(clientId)
                    .update();
            log.append(head, team, EntryLog.Action.UNDO, "#" + row.position() + " " + row.kind() + " " + row.content());
        }
        KeyedBallot ballot = KeyedBallot.stored(row.kind(), row.content());
        return new Ack(
                clientId,
                team,
                row.position(),
                ballot.content(),
                Echo.of(ballot, sheet),
                count(roundId, team),
                sheet.collected());
    }

    /** Replaces a team's ballot at a position (after the reconciliation showed it differs); logged. */
    @Transactional
    public Ack correct(long roundId, int team, int position, UUID clientId, String input, boolean typedKept) {
        RoundSheet sheet = rounds.sheet(roundId);
        requireId(clientId);
        EntryLog.Head head = log.lock(roundId);
        requireKeyer(head, roundId, team);
        Optional<Ack> again = existing(roundId, team, clientId, sheet);
        if (again.isPresent()) {
            return again.get();
        }
        requireOpen(sheet, head, team);
        rounds.requireSitting(roundId);
        KeyedBallot ballot = BallotInput.parse(input, sheet, typedKept);
        Stored old = ballots(roundId, team).stream()
                .filter(s -> s.position() == position)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("keying.error.noPosition", team, position));
        jdbc.sql("update keyed_ballot set superseded = true where client_id = ?")
                .param(old.clientId())
                .update();
        jdbc.sql("""
                        insert into keyed_ballot (round_id, team, pile_position, client_id, kind, content)
                        values (?, ?, ?, ?, ?, ?) on conflict (client_id) do nothing""")
                .params(roundId, team, position, clientId, ballot.kind(), ballot.content())
                .update();
        log.append(
                head,
                team,
                EntryLog.Action.CORRECTION,
                "#" + position + " " + old.ballot().kind() + " " + old.ballot().content() + " -> " + ballot.kind() + " "
                        + ballot.content());
        return new Ack(
                clientId,
                team,
                position,
                ballot.content(),
                Echo.of(ballot, sheet),
                count(roundId, team),
                sheet.collected());
    }

    /** Records that a team sat down to key (once per clerk and team). */
    @Transactional
    public void join(long roundId, int team) {
        RoundSheet sheet = rounds.sheet(roundId);
        EntryLog.Head head = log.lock(roundId);
        requireKeyer(head, roundId, team);
        String username = access.requireUser().getUsername();
        boolean joined = jdbc.sql("""
                        select exists (select 1 from keying_log
                                       where round_id = ? and team = ? and action = 'TEAM_JOINED' and username = ?)""")
                .params(roundId, team, username)
                .query(Boolean.class)
                .single();
        if (!joined && sheet.state() != RoundState.RELEASED) {
            log.append(head, team, EntryLog.Action.TEAM_JOINED, "tổ " + team);
        }
    }

    /** Sets how many independent teams key the round (the counting committee's decision, before entry). */
    @Transactional
    public void setTeams(long roundId, int teams) {
        RoundSheet sheet = rounds.sheet(roundId);
        long orgId = cases.find(sheet.caseId()).orElseThrow().orgId();
        access.require(Permission.CONGRESS_DAY_RUN, orgId);
        if (teams < 1 || teams > 9) {
            throw new DomainException("keying.error.teams", teams);
        }
        EntryLog.Head head = log.lock(roundId);
        if (sheet.state() == RoundState.RELEASED) {
            throw DomainException.conflict("keying.error.released");
        }
        int highest = jdbc.sql("select coalesce(max(team), 0) from keyed_ballot where round_id = ?")
                .param(roundId)
                .query(Integer.class)
                .single();
        if (teams < highest) {
            throw DomainException.conflict("keying.error.teamsBelowKeyed", teams, highest);
        }
        // nobody may be left on a team that no longer exists
        int staffed = jdbc.sql("select coalesce(max(team), 0) from keying_team_member where round_id = ?")
                .param(roundId)
                .query(Integer.class)
                .single();
        if (teams < staffed) {
            throw DomainException.conflict("keying.error.teamsBelowAssigned", teams, staffed);
        }
        jdbc.sql("update keying_round set teams = ? where round_id = ?")
                .params(teams, roundId)
                .update();
        log.append(head, null, EntryLog.Action.TEAMS_SET, teams + " tổ nhập độc lập");
        audit.record(AuditLog.Change.of(
                "KEYING_TEAMS",
                "election_round",
                roundId,
                orgId,
                "Số tổ nhập phiếu " + sheet.title() + ", vòng " + sheet.roundNo() + ": " + teams));
    }

    /** The live ballots of a team in pile order. */
    @Transactional(readOnly = true)
    public List<Stored> ballots(long roundId, int team) {
        return jdbc.sql("""
                        select pile_position, client_id, kind, content from keyed_ballot
                        where round_id = ? and team = ? and not superseded order by pile_position""")
                .params(roundId, team)
                .query((rs, i) -> new Stored(
                        rs.getInt("pile_position"),
                        rs.getObject("client_id", UUID.class),
                        KeyedBallot.stored(rs.getString("kind"), rs.getString("content"))))
                .list();
    }

    /** A stored ballot said back in words. */
    public String echo(KeyedBallot ballot, RoundSheet sheet) {
        return Echo.of(ballot, sheet);
    }

    int count(long roundId, int team) {
        return jdbc.sql("select count(*) from keyed_ballot where round_id = ? and team = ? and not superseded")
                .params(roundId, team)
                .query(Integer.class)
                .single();
    }

    private Optional<Ack> existing(long roundId, int team, UUID clientId, RoundSheet sheet) {
        record Row(long roundId, int team, int position, String kind, String content) {}
        return jdbc.sql("""
                        select round_id, team, pile_position as position, kind, content
                        from keyed_ballot where client_id = ?""").param(clientId).query(Row.class).optional().map(row -> {
            if (row.roundId() != roundId || row.team() != team) {
                throw DomainException.conflict("keying.error.clientId", clientId);
            }
            KeyedBallot ballot = KeyedBallot.stored(row.kind(), row.content());
            return new Ack(
                    clientId,
                    team,
                    row.position(),
                    ballot.content(),
                    Echo.of(ballot, sheet),
                    count(roundId, team),
                    sheet.collected());
        });
    }

    /** The team exists and the signed-in user is on it (the counting committee's assignment). */
    private void requireKeyer(EntryLog.Head head, long roundId, int team) {
        if (team < 1 || team > head.teams()) {
            throw new DomainException("keying.error.team", team, head.teams());
        }
        members.requireOn(roundId, team);
    }

    private static void requireId(UUID clientId) {
        if (clientId == null) {
            throw new DomainException("keying.error.noClientId");
        }
    }

    private static boolean open(RoundSheet sheet, EntryLog.Head head, int team) {
        return sheet.state() != RoundState.RELEASED && sheet.collected() != null && team >= 1 && team <= head.teams();
    }

    private static void requireOpen(RoundSheet sheet, EntryLog.Head head, int team) {
        if (sheet.state() == RoundState.RELEASED) {
            throw DomainException.conflict("keying.error.released");
        }
        if (sheet.collected() == null) {
            throw DomainException.conflict("keying.error.noCounts");
        }
        if (team < 1 || team > head.teams()) {
            throw new DomainException("keying.error.team", team, head.teams());
        }
    }
}

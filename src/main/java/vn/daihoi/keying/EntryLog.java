package vn.daihoi.keying;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.elections.ElectionRounds;

/**
 * The entry log of a round (nhật ký nhập phiếu): every action of every team, each entry hashing the previous
 * entry's hash and its own canonical content (SHA-256), so the printed log filed with the minutes can be
 * checked. The round's chain head row is locked by every writer: concurrent teams never fork the chain.
 */
@Service
public class EntryLog {

    /** The hash before the first entry of a round. */
    public static final String GENESIS = "0".repeat(64);

    /** The actions logged. */
    public enum Action {
        TEAM_JOINED,
        BALLOT_KEYED,
        BALLOT_INVALID,
        UNDO,
        CORRECTION,
        TEAMS_SET,
        COUNTS_COMPARED,
        RELEASE,
        TOTALS_ENTERED,
        /** The counting committee put an account on a team (content: the team and the account). */
        TEAM_ASSIGNED,
        /** The counting committee took an account off a team before it keyed anything. */
        TEAM_UNASSIGNED,
        /** The counts of ballots issued and collected were set or changed (content: "phát X, thu Y"). */
        COUNTS_SET
    }

    /** One entry; {@code team} is null for actions of the counting committee as a whole. */
    public record Entry(
            int seq,
            Integer team,
            Action action,
            String content,
            String username,
            Instant at,
            String prevHash,
            String hash) {}

    /** The outcome of checking a round's chain: {@code brokenAt} is the first bad entry, or null. */
    public record Verification(long roundId, boolean intact, int entries, String head, Integer brokenAt) {}

    /** The head row of a round, locked: number of teams, chain head, and the last comparison. */
    record Head(long roundId, int teams, int logSeq, String logHead, int comparedSeq, boolean agreed) {}

    private final JdbcClient jdbc;
    private final ElectionRounds rounds;
    private final AccessControl access;
    private final Clock clock;

    EntryLog(JdbcClient jdbc, ElectionRounds rounds, AccessControl access, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.access = access;
        this.clock = clock;
    }

    /** Locks the round's head row (creating it with 3 teams on first use) for the rest of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Head lock(long roundId) {
        // one round trip: the no-op update of an existing row takes the same row lock as select … for update,
        // and returns the row as committed by the writer this one waited for
        return jdbc.sql("""
                        insert into keying_round (round_id, log_head) values (?, ?)
                        on conflict (round_id) do update set teams = keying_round.teams
                        returning round_id, teams, log_seq, log_head, compared_seq, agreed""").params(roundId, GENESIS).query(Head.class).single();
    }

    /** The head without a lock (for reading progress). */
    Head peek(long roundId) {
        return jdbc.sql("""
                        select round_id, teams, log_seq, log_head, compared_seq, agreed
                        from keying_round where round_id = ?""")
                .param(roundId)
                .query(Head.class)
                .optional()
                .orElse(new Head(roundId, 3, 0, GENESIS, -1, false));
    }

    /** Appends one entry after the locked head; returns the new head. */
    @Transactional(propagation = Propagation.MANDATORY)
    Head append(Head head, Integer team, Action action, String content) {
        int seq = head.logSeq() + 1;
        String username = access.requireUser().getUsername();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(head.logHead(), seq, team, action, content, username, at);
        // the entry and the new head in one statement (one round trip per ballot less)
        jdbc.sql("""
                        with entry as (
                            insert into keying_log (round_id, seq, team, action, content, username, at, prev_hash, hash)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?))
                        update keying_round set log_seq = ?, log_head = ? where round_id = ?""")
                .params(
                        head.roundId(),
                        seq,
                        team,
                        action.name(),
                        content,
                        username,
                        Timestamp.from(at),
                        head.logHead(),
                        hash,
                        seq,
                        hash,
                        head.roundId())
                .update();
        return new Head(head.roundId(), head.teams(), seq, hash, head.comparedSeq(), head.agreed());
    }

    /** The entries of a round, in order. */
    @Transactional(readOnly = true)
    public List<Entry> entries(long roundId) {
        rounds.sheet(roundId);
        return jdbc.sql("""
                        select seq, team, action, content, username, at, prev_hash, hash
                        from keying_log where round_id = ? order by seq""")
                .param(roundId)
                .query((rs, i) -> new Entry(
                        rs.getInt("seq"),
                        (Integer) rs.getObject("team"),
                        Action.valueOf(rs.getString("action")),
                        rs.getString("content"),
                        rs.getString("username"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("prev_hash"),
                        rs.getString("hash")))
                .list();
    }

    /** Recomputes the chain from the first entry and checks it ends at the round's recorded head. */
    @Transactional(readOnly = true)
    public Verification verify(long roundId) {
        List<Entry> entries = entries(roundId);
        String prev = GENESIS;
        int expected = 1;
        for (Entry e : entries) {
            String again = hash(prev, e.seq(), e.team(), e.action(), e.content(), e.username(), e.at());
            if (e.seq() != expected || !e.prevHash().equals(prev) || !e.hash().equals(again)) {
                return new Verification(
                        roundId, false, entries.size(), peek(roundId).logHead(), e.seq());
            }
            prev = e.hash();
            expected++;
        }
        Head head = peek(roundId);
        boolean intact = head.logHead().equals(prev) && head.logSeq() == entries.size();
        return new Verification(roundId, intact, entries.size(), head.logHead(), intact ? null : entries.size());
    }

    /** SHA-256 of the previous hash and the entry's canonical content, as lower-case hex. */
    static String hash(String prev, int seq, Integer team, Action action, String content, String username, Instant at) {
        String canonical = String.join(
                "\n",
                prev,
                Integer.toString(seq),
                team == null ? "-" : team.toString(),
                action.name(),
                content,
                username,
                at.toString());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

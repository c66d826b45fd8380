package vn.daihoi.keying;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.audit.AuditQuery;
import vn.daihoi.audit.LegacySeal;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.platform.ChainKey;
import vn.daihoi.platform.ChainTexts;

/**
 * The entry log of a round (nhật ký nhập phiếu): every action of every team, each entry hashing the previous
 * entry's hash and its own canonical content (SHA-256), so the printed log filed with the minutes can be
 * checked. The round's chain head row is locked by every writer: concurrent teams never fork the chain.
 * Each entry and the head carry an HMAC with the server secret ({@link ChainKey}, ADR 0008), and the ballot
 * entries carry each ballot's content, so the piles can be replayed from the log and checked against the table.
 */
@Service
public class EntryLog {

    /** The hash before the first entry of a round. */
    public static final String GENESIS = "0".repeat(64);

    /** The audit action that anchors a round's head at release (details: number of entries, space, last hash). */
    private static final String ANCHOR = "KEYING_LOG_HEAD";

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

    /** Why a chain does not verify at {@code brokenAt}. */
    public enum Problem {
        /** Entries out of sequence (one deleted or inserted in the middle). */
        SEQUENCE,
        /** The entry does not link to the one before it. */
        PREV_HASH,
        /** The entry's content was changed after it was written. */
        HASH,
        /** The entry has no valid MAC: recomputed without the server secret. */
        MAC,
        /** The round's head row does not match the entries, or its MAC is not valid. */
        HEAD
    }

    /** What differs between the log and {@code keyed_ballot} at one team's position. */
    public enum BallotProblem {
        /** The table holds other content than the log proves. */
        CHANGED,
        /** The table holds a live ballot the log never recorded there (inserted, or an undone one brought back). */
        NOT_IN_LOG,
        /** The log proves a ballot the table no longer holds (deleted or marked superseded). */
        MISSING_FROM_TABLE
    }

    /** A ballot where {@code keyed_ballot} differs from what the log proves: what was logged, what is stored. */
    public record BallotFinding(int team, int position, BallotProblem problem, String logged, String stored) {}

    /** An expected head (as printed on the minutes or anchored at release): number of entries and hash. */
    public record ExpectedHead(int entries, String hash) {}

    /**
     * The outcome of checking a round's chain: {@code brokenAt} is the first bad entry (with its {@code problem}),
     * {@code missingTail} the entries an expected head (MAC'd head row, release anchor, printed minutes) has and
     * the table lacks, {@code ballots} where the keyed ballots differ from the log.
     */
    public record Verification(
            long roundId,
            boolean intact,
            int entries,
            String head,
            Integer brokenAt,
            Problem problem,
            int missingTail,
            List<BallotFinding> ballots) {}

    /** The head row of a round, locked: number of teams, chain head, and the last comparison. */
    record Head(long roundId, int teams, int logSeq, String logHead, int comparedSeq, boolean agreed) {}

    private final JdbcClient jdbc;
    private final ElectionRounds rounds;
    private final AccessControl access;
    private final Clock clock;
    private final ChainKey key;
    private final AuditLog audit;

    EntryLog(JdbcClient jdbc, ElectionRounds rounds, AccessControl access, Clock clock, ChainKey key, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.access = access;
        this.clock = clock;
        this.key = key;
        this.audit = audit;
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
        // the entry and the new head in one statement (one round trip per ballot less), both MAC'd
        jdbc.sql("""
                        with entry as (
                            insert into keying_log (round_id, seq, team, action, content, username, at, prev_hash,
                                                    hash, mac)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
                        update keying_round set log_seq = ?, log_head = ?, log_mac = ? where round_id = ?""")
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
                        key.mac(hash),
                        seq,
                        hash,
                        key.mac(ChainTexts.keyingHead(head.roundId(), seq, hash)),
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

    /** Verifies the round's log against its MAC'd head and the head anchored at release. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify(long roundId) {
        return verify(roundId, null);
    }

    /**
     * Recomputes the chain from the first entry (hashes and MACs), checks it ends at the round's MAC'd head, at the
     * head anchored in the audit log at release and at {@code expected} (as printed on the minutes) if given, and
     * replays the ballots into each team's pile to compare them with {@code keyed_ballot}.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify(long roundId, ExpectedHead expected) {
        List<Entry> entries = entries(roundId);
        List<String> macs = jdbc.sql("select mac from keying_log where round_id = ? order by seq")
                .param(roundId)
                .query((rs, i) -> rs.getString(1))
                .list();
        LegacySeal legacy = audit.legacySeal("keying:" + roundId).orElse(null);
        Head head = peek(roundId);
        String prev = GENESIS;
        int expectedSeq = 1;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String again = hash(prev, e.seq(), e.team(), e.action(), e.content(), e.username(), e.at());
            Problem problem = e.seq() != expectedSeq
                    ? Problem.SEQUENCE
                    : !e.prevHash().equals(prev) ? Problem.PREV_HASH : !e.hash().equals(again) ? Problem.HASH : null;
            if (problem == null && !macOk(e, macs.get(i), legacy)) {
                problem = Problem.MAC;
            }
            if (problem != null) {
                return broken(roundId, entries.size(), head, e.seq(), problem);
            }
            prev = e.hash();
            expectedSeq++;
        }
        int missing = 0;
        if (head.logSeq() > 0
                && !key.matches(ChainTexts.keyingHead(roundId, head.logSeq(), head.logHead()), headMac(roundId))) {
            return broken(roundId, entries.size(), head, head.logSeq(), Problem.HEAD);
        }
        List<ExpectedHead> heads = new ArrayList<>();
        heads.add(new ExpectedHead(head.logSeq(), head.logHead()));
        anchored(roundId).ifPresent(heads::add);
        if (expected != null) {
            heads.add(expected);
        }
        for (ExpectedHead h : heads) {
            if (h.entries() > entries.size()) {
                missing = Math.max(missing, h.entries() - entries.size());
            } else if (h.entries() > 0
                    && (h.hash() == null
                            || h.hash().isBlank()
                            || !entries.get(h.entries() - 1)
                                    .hash()
                                    .startsWith(h.hash().strip().toLowerCase(Locale.ROOT)))) {
                return broken(roundId, entries.size(), head, h.entries(), Problem.HEAD);
            }
        }
        if (head.logSeq() < entries.size()) {
            // entries after the MAC'd head: appended behind the application
            return broken(roundId, entries.size(), head, head.logSeq() + 1, Problem.HEAD);
        }
        List<BallotFinding> ballots = PileReplay.compare(PileReplay.replay(entries), stored(roundId));
        return new Verification(
                roundId, missing == 0 && ballots.isEmpty(), entries.size(), prev, null, null, missing, ballots);
    }

    /** Each team's pile as the verified log proves it (for the release to count from). */
    List<KeyedBallot> provenPile(long roundId, int team) {
        return PileReplay.replay(entries(roundId)).getOrDefault(team, new TreeMap<>()).values().stream()
                .map(PileReplay.Ballot::keyed)
                .toList();
    }

    /**
     * Anchors the round's head outside its table: an audit entry (MAC'd, chained in the audit log) with the number of
     * entries and the last hash, read back by {@link #verify}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void anchor(Head head, long orgId, String title) {
        audit.record(AuditLog.Change.of(
                        ANCHOR,
                        "election_round",
                        head.roundId(),
                        orgId,
                        "Đầu chuỗi nhật ký nhập phiếu " + title + ": số mục " + head.logSeq() + ", " + head.logHead())
                .withDetails(head.logSeq() + " " + head.logHead()));
    }

    private Optional<ExpectedHead> anchored(long roundId) {
        return audit
                .find(new AuditQuery(
                        null, ANCHOR, "election_round", Long.toString(roundId), null, null, null, true, 1, 0))
                .stream()
                .findFirst()
                .filter(e -> e.details() != null && e.details().matches("[0-9]{1,9} [0-9a-f]{64}"))
                .map(e -> {
                    String[] parts = e.details().split(" ");
                    return new ExpectedHead(Integer.parseInt(parts[0]), parts[1]);
                });
    }

    private boolean macOk(Entry e, String mac, LegacySeal legacy) {
        if (mac != null) {
            return key.matches(e.hash(), mac);
        }
        // written before chains were keyed: only inside the sealed prefix, which must end where it was sealed
        return legacy != null
                && e.seq() <= legacy.entries()
                && (e.seq() != legacy.entries() || e.hash().equals(legacy.lastHash()));
    }

    private String headMac(long roundId) {
        return jdbc.sql("select log_mac from keying_round where round_id = ?")
                .param(roundId)
                .query((rs, i) -> rs.getString(1))
                .optional()
                .orElse(null);
    }

    private Map<Integer, TreeMap<Integer, PileReplay.Ballot>> stored(long roundId) {
        Map<Integer, TreeMap<Integer, PileReplay.Ballot>> out = new TreeMap<>();
        jdbc.sql("""
                        select team, pile_position, kind, content from keyed_ballot
                        where round_id = ? and not superseded""").param(roundId).query(rs -> {
            out.computeIfAbsent(rs.getInt("team"), t -> new TreeMap<>())
                    .put(
                            rs.getInt("pile_position"),
                            new PileReplay.Ballot(rs.getString("kind"), rs.getString("content")));
        });
        return out;
    }

    private static Verification broken(long roundId, int entries, Head head, int at, Problem problem) {
        return new Verification(roundId, false, entries, head.logHead(), at, problem, 0, List.of());
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

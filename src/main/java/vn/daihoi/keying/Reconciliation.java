package vn.daihoi.keying;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.counting.CountResult;
import vn.daihoi.counting.ElectionRecord;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.EnteredCount;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.elections.RoundState;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCases;

/**
 * The independent counts compared position by position. When every team has keyed exactly the ballots
 * collected and all agree, the round is released through the elections module: at once when the clerk who
 * keyed the last ballot may run the congress day (CONGRESS_DAY_RUN), otherwise by the release button of
 * whoever may. When they differ, the differing positions are listed for a team to correct.
 */
@Service
public class Reconciliation {

    /** Each team's count so far. */
    public record TeamProgress(int team, int keyed) {}

    /** A position where the teams' ballots differ: what each team keyed, in words (team → text). */
    public record Difference(int position, Map<Integer, String> byTeam, Map<Integer, String> contentByTeam) {}

    /**
     * Where the counts stand. {@code complete}: every team keyed exactly the ballots collected;
     * {@code agreed}: complete and equal at every position.
     */
    public record Comparison(
            RoundSheet sheet,
            int teams,
            List<TeamProgress> progress,
            boolean complete,
            boolean agreed,
            List<Difference> differences,
            String logHead) {

        public boolean released() {
            return sheet.state() == RoundState.RELEASED;
        }
    }

    /** What happened after a ballot: compared or not, released or not, and the engine's refusal if any. */
    public record AfterEntry(boolean compared, boolean agreed, boolean released, String refusal) {}

    private final JdbcClient jdbc;
    private final ElectionRounds rounds;
    private final BallotEntry entry;
    private final EntryLog log;
    private final CongressCases cases;
    private final AccessControl access;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final KeyingTeams members;

    Reconciliation(
            JdbcClient jdbc,
            ElectionRounds rounds,
            BallotEntry entry,
            EntryLog log,
            CongressCases cases,
            AccessControl access,
            TransactionTemplate tx,
            MessageSource messages,
            KeyingTeams members) {
        this.jdbc = jdbc;
        this.members = members;
        this.rounds = rounds;
        this.entry = entry;
        this.log = log;
        this.cases = cases;
        this.access = access;
        this.tx = tx;
        this.messages = messages;
    }

    /** The teams' counts compared now (read only). */
    @Transactional(readOnly = true)
    public Comparison compare(long roundId) {
        RoundSheet sheet = rounds.sheet(roundId);
        EntryLog.Head head = log.peek(roundId);
        return compare(sheet, head);
    }

    private Comparison compare(RoundSheet sheet, EntryLog.Head head) {
        long roundId = sheet.roundId();
        List<TeamProgress> progress = new ArrayList<>();
        List<List<BallotEntry.Stored>> piles = new ArrayList<>();
        boolean complete = sheet.collected() != null;
        for (int team = 1; team <= head.teams(); team++) {
            List<BallotEntry.Stored> pile = entry.ballots(roundId, team);
            piles.add(pile);
            progress.add(new TeamProgress(team, pile.size()));
            complete &= sheet.collected() != null && pile.size() == sheet.collected();
        }
        List<Difference> differences = new ArrayList<>();
        if (complete) {
            for (int i = 0; i < sheet.collected(); i++) {
                String first = canonical(piles.getFirst().get(i).ballot());
                boolean same = true;
                for (List<BallotEntry.Stored> pile : piles) {
                    same &= canonical(pile.get(i).ballot()).equals(first);
                }
                if (!same) {
                    Map<Integer, String> words = new TreeMap<>();
                    Map<Integer, String> contents = new TreeMap<>();
                    for (int t = 0; t < piles.size(); t++) {
                        KeyedBallot b = piles.get(t).get(i).ballot();
                        words.put(t + 1, Echo.of(b, sheet));
                        contents.put(t + 1, canonical(b));
                    }
                    differences.add(new Difference(i + 1, words, contents));
                }
            }
        }
        return new Comparison(
                sheet,
                head.teams(),
                progress,
                complete,
                complete && differences.isEmpty(),
                differences,
                head.logHead());
    }

    /** Whether every team has keyed exactly the ballots collected (one count, before reading any pile). */
    private boolean everyTeamDone(RoundSheet sheet, EntryLog.Head head) {
        if (sheet.collected() == null) {
            return false;
        }
        List<Integer> done = jdbc.sql("""
                        select team from keyed_ballot where round_id = ? and not superseded
                        group by team having count(*) = ?""")
                .params(sheet.roundId(), sheet.collected())
                .query(Integer.class)
                .list();
        return done.size() == head.teams() && done.stream().allMatch(t -> t >= 1 && t <= head.teams());
    }

    private static String canonical(KeyedBallot b) {
        return b.kind() + " " + b.content();
    }

    /**
     * After a team's ballot (or correction): when every count is complete and something changed since the last
     * comparison, compares them and logs it; when they agree and the user may run the day, releases the round.
     */
    public AfterEntry afterEntry(long roundId) {
        Comparison c = tx.execute(status -> {
            RoundSheet sheet = rounds.sheet(roundId);
            EntryLog.Head head = log.lock(roundId);
            if (sheet.state() == RoundState.RELEASED
                    || head.comparedSeq() == head.logSeq()
                    || !everyTeamDone(sheet, head)) {
                return null;
            }
            Comparison now = compare(sheet, head);
            if (!now.complete()) {
                return null;
            }
            EntryLog.Head after = log.append(
                    head,
                    null,
                    EntryLog.Action.COUNTS_COMPARED,
                    now.agreed()
                            ? head.teams() + " tổ khớp nhau ở cả " + sheet.collected() + " phiếu"
                            : "khác nhau ở vị trí "
                                    + String.join(
                                            ", ",
                                            now.differences().stream()
                                                    .map(d -> String.valueOf(d.position()))
                                                    .toList()));
            jdbc.sql("update keying_round set compared_seq = ?, agreed = ? where round_id = ?")
                    .params(after.logSeq(), now.agreed(), roundId)
                    .update();
            return now;
        });
        if (c == null) {
            return new AfterEntry(false, false, false, null);
        }
        if (!c.agreed() || !access.can(Permission.CONGRESS_DAY_RUN, orgOf(c.sheet()))) {
            return new AfterEntry(true, c.agreed(), false, null);
        }
        try {
            release(roundId);
            return new AfterEntry(true, true, true, null);
        } catch (DomainException refused) {
            return new AfterEntry(true, true, false, messages.getMessage(refused, LocaleContextHolder.getLocale()));
        }
    }

    /**
     * Releases the round from the agreed counts: the ballots in pile order as the entry log proves them (refused when
     * the log is broken or the table differs from it), the number of teams and the entry log's head go to
     * {@link ElectionRounds#release}; the head after the release is anchored in the audit log. A refusal by the
     * engine changes nothing.
     */
    public CountResult release(long roundId) {
        return tx.execute(status -> {
            RoundSheet sheet = rounds.sheet(roundId);
            access.require(Permission.CONGRESS_DAY_RUN, orgOf(sheet));
            EntryLog.Head head = log.lock(roundId);
            Comparison now = compare(sheet, head);
            if (now.released()) {
                throw DomainException.conflict("keying.error.released");
            }
            if (!now.complete()) {
                throw DomainException.conflict("keying.error.incomplete");
            }
            if (!now.agreed()) {
                throw DomainException.conflict(
                        "keying.error.differ", now.differences().size());
            }
            // agreeing counts prove something only when the teams were different people (elections.md §7)
            members.requireIndependent(roundId, head.teams());
            // the count is made from what the chain proves, never from rows that may have been edited under it
            requireProven(log.verify(roundId));
            List<ElectionRecord.Ballot> ballots = log.provenPile(roundId, 1).stream()
                    .map(b -> b.toRecord(sheet))
                    .toList();
            CountResult result = rounds.release(
                    roundId,
                    new EnteredCount.Keyed(
                            ballots, head.teams(), head.logSeq(), head.logHead(), members.keyedBy(roundId)));
            EntryLog.Head after = log.append(head, null, EntryLog.Action.RELEASE, summary(result, head.logHead()));
            log.anchor(after, orgOf(sheet), sheet.title() + ", vòng " + sheet.roundNo());
            return result;
        });
    }

    /** Refuses a release when the log is broken or truncated, or the table differs from what it proves. */
    static void requireProven(EntryLog.Verification proof) {
        if (proof.brokenAt() != null) {
            throw DomainException.conflict("keying.error.logBroken", proof.brokenAt());
        }
        if (proof.missingTail() > 0) {
            throw DomainException.conflict("keying.error.logTail", proof.missingTail());
        }
        if (!proof.ballots().isEmpty()) {
            EntryLog.BallotFinding first = proof.ballots().getFirst();
            throw DomainException.conflict(
                    "keying.error.tableDiffers",
                    first.team(),
                    first.position(),
                    proof.ballots().size());
        }
    }

    static String summary(CountResult result, String digest) {
        if (result instanceof CountResult.Counted c) {
            return c.status() + ": hợp lệ " + c.valid() + ", không hợp lệ " + c.invalid() + ", trúng cử "
                    + String.join(" ", c.elected()) + "; nhật ký " + digest;
        }
        return result.status().name();
    }

    /** The organisation whose congress the round belongs to (for permission checks on pages). */
    @Transactional(readOnly = true)
    public long orgOfRound(long roundId) {
        return orgOf(rounds.sheet(roundId));
    }

    long orgOf(RoundSheet sheet) {
        return cases.find(sheet.caseId()).orElseThrow().orgId();
    }
}

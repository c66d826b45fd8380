package vn.daihoi.elections.list;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.counting.Problem;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.elections.internal.CountingCommitteeCheck;
import vn.daihoi.elections.internal.RoundLists;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.SafeNames;

/**
 * The decisions on a list being built (elections.md §3): withdrawals proposed by the presidium and decided by
 * the congress, the manual sort key, and the congress's approval of the list ({@link #fix}) which checks the
 * rules and moves the round to BALLOTING; after that the list cannot change.
 */
@Service
public class ListDecisions {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final Clock clock;
    private final ListRounds rounds;
    private final CountingCommitteeCheck countingCommittee;

    ListDecisions(
            JdbcClient jdbc,
            AccessControl access,
            Clock clock,
            ListRounds rounds,
            CountingCommitteeCheck countingCommittee) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.rounds = rounds;
        this.countingCommittee = countingCommittee;
    }

    /** The presidium proposes to withdraw a name, with the reason; the congress decides. The withdrawal's id. */
    @Transactional
    public long proposeWithdrawal(long roundId, long entryId, String reason) {
        ListRounds.ListRound r = rounds.editable(roundId);
        ListEntry e = rounds.entry(roundId, entryId);
        if (!"LISTED".equals(e.status()) && !"PENDING".equals(e.status())) {
            throw DomainException.conflict("elections.list.error.notOnList", e.fullName());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw new DomainException("elections.list.error.reason", e.fullName());
        }
        if (jdbc.sql("select count(*) from list_withdrawal where entry_id = ? and decision is null")
                        .param(entryId)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw DomainException.conflict("elections.list.error.withdrawalOpen", e.fullName());
        }
        long id = jdbc.sql("""
                        insert into list_withdrawal (entry_id, reason, proposed_at, proposed_by)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(
                        entryId,
                        why,
                        Timestamp.from(clock.instant()),
                        access.requireUser().getUsername())
                .query(Long.class)
                .single();
        rounds.audit(r, "LIST_WITHDRAWAL", "Đoàn Chủ tịch đề nghị rút " + e.fullName() + " khỏi danh sách: " + why);
        return id;
    }

    /** The congress's decision on a withdrawal, with its text; agreed takes the name off the list. */
    @Transactional
    public void decideWithdrawal(long roundId, long withdrawalId, Boolean agreed, String decisionText) {
        ListRounds.ListRound r = rounds.editable(roundId);
        record Open(long entryId, String decision) {}
        Open w = jdbc.sql("""
                        select w.entry_id, w.decision from list_withdrawal w join list_entry l on l.id = w.entry_id
                        where w.id = ? and l.round_id = ?
                        """)
                .params(withdrawalId, roundId)
                .query(Open.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.list.error.noWithdrawal", withdrawalId));
        ListEntry e = rounds.entry(roundId, w.entryId());
        if (w.decision() != null) {
            throw DomainException.conflict("elections.list.error.withdrawalDecided", e.fullName());
        }
        if (agreed == null) {
            throw new DomainException("elections.list.error.decision", e.fullName());
        }
        String text = decisionText == null ? "" : decisionText.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new DomainException("elections.list.error.decisionText", e.fullName());
        }
        jdbc.sql(
                        "update list_withdrawal set decision = ?, decision_text = ?, decided_at = ?, decided_by = ? where id = ?")
                .params(
                        agreed ? "AGREED" : "REFUSED",
                        text,
                        Timestamp.from(clock.instant()),
                        access.requireUser().getUsername(),
                        withdrawalId)
                .update();
        if (agreed) {
            jdbc.sql("update list_entry set status = 'WITHDRAWN' where id = ?")
                    .param(e.id())
                    .update();
        }
        rounds.audit(
                r,
                "LIST_WITHDRAWAL_DECISION",
                "Đại hội " + (agreed ? "đồng ý" : "không đồng ý") + " cho " + e.fullName() + " rút khỏi danh sách: "
                        + text);
    }

    /**
     * Sets the manual sort key of a name (written family, middle, given) used instead of the name for the
     * ballot order; blank clears it.
     */
    @Transactional
    public void sortKey(long roundId, long entryId, String key) {
        ListRounds.ListRound r = rounds.editable(roundId);
        ListEntry e = rounds.entry(roundId, entryId);
        String k = SafeNames.require(key, "name.field.sortKey");
        if (k.length() > 200) {
            throw new DomainException("elections.list.error.sortKey", e.fullName());
        }
        jdbc.sql("update list_entry set sort_key = ? where id = ?")
                .params(k.isEmpty() ? null : k, entryId)
                .update();
        rounds.audit(r, "LIST_SORT_KEY", "Khóa xếp thứ tự của " + e.fullName() + ": " + (k.isEmpty() ? "(bỏ)" : k));
    }

    /**
     * The congress approves the list by show of hands with the number of seats ("chốt danh sách"): no name may
     * still wait for the opinion ballot or a withdrawal decision, the rules of elections.md §3 must hold and
     * nobody on it may sit on the counting committee. The names are then numbered in ballot order and the round
     * moves to BALLOTING. Returns the warnings (e.g. a surplus outside the 10–15 % band).
     */
    @Transactional
    public List<String> fix(long roundId, int seats, String note) {
        ListRounds.ListRound r = rounds.editable(roundId);
        if (seats < 1) {
            throw new DomainException("elections.error.seats");
        }
        List<ListEntry> entries = ListEntries.of(jdbc, roundId);
        String waiting = entries.stream()
                .filter(e -> "PENDING".equals(e.status()) || "OPINION".equals(e.status()))
                .map(ListEntry::fullName)
                .collect(Collectors.joining(", "));
        if (!waiting.isEmpty()) {
            throw DomainException.conflict("elections.list.error.waiting", waiting);
        }
        String undecided =
                jdbc.sql("""
                        select string_agg(l.full_name, ', ' order by w.id) from list_withdrawal w
                        join list_entry l on l.id = w.entry_id where l.round_id = ? and w.decision is null
                        """).param(roundId).query(String.class).optional().orElse(null);
        if (undecided != null) {
            throw DomainException.conflict("elections.list.error.withdrawalUndecided", undecided);
        }
        List<ListEntry> listed = ListEntries.inBallotOrder(
                entries.stream().filter(e -> "LISTED".equals(e.status())).toList());
        if (listed.isEmpty()) {
            throw new DomainException("elections.error.emptyList");
        }
        List<Problem> warnings =
                ListRules.require(r.title(), r.body(), r.form(), seats, listed.size(), r.roundNo(), r.runoff());
        List<ListedName> names = listed.stream().map(ListEntries::listed).toList();
        countingCommittee.requireNoneOnTheCommittee(r.caseId(), names);
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            throw new DomainException("elections.list.error.note");
        }
        RoundLists.insert(jdbc, roundId, names);
        jdbc.sql("""
                        update election_round set seats = ?, state = 'BALLOTING', list_fixed_at = ?, list_fixed_by = ?,
                               list_note = ? where id = ?
                        """)
                .params(
                        seats,
                        Timestamp.from(clock.instant()),
                        access.requireUser().getUsername(),
                        text.isEmpty() ? null : text,
                        roundId)
                .update();
        if (r.roundNo() == 1) {
            jdbc.sql("update election set seats = ? where id = ?")
                    .params(seats, r.electionId())
                    .update();
        }
        rounds.audit(
                r,
                "LIST_FIX",
                "Đại hội biểu quyết thông qua danh sách bầu (" + listed.size() + " người, bầu " + seats + "): "
                        + listed.stream().map(ListEntry::fullName).collect(Collectors.joining(", ")));
        return warnings.stream().map(Problem::message).toList();
    }
}

package vn.daihoi.elections;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.counting.Problem;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.personnel.PersonnelBody;
import vn.daihoi.personnel.ProposalReader;
import vn.daihoi.platform.DomainException;

/**
 * The list stage of a round (elections.md §3), while the round is in LIST state: the convening committee's
 * proposal (imported from the personnel proposal or picked among the unit's members), self-nominations and
 * nominations from the floor that wait for the opinion ballot, withdrawals proposed by the presidium and decided
 * by the congress, a manual sort key, and the congress's approval of the list ({@link #fix}) which checks the
 * rules and moves the round to BALLOTING. After that the list cannot change. Who is on the convening committee:
 * see {@link ConveningCommittee}.
 */
@Service
public class ElectionLists {

    /** A round's list as it stands, with the rule errors and warnings for approving it with its seats. */
    public record ListView(
            long roundId,
            long electionId,
            String title,
            Body body,
            int seats,
            int round,
            String state,
            List<ListEntry> entries,
            List<ListWithdrawal> withdrawals,
            List<OpinionRound> opinions,
            List<String> errors,
            List<String> warnings) {}

    /** An opinion ballot held on this list's nominees: its round (state, counts) and names in ballot order. */
    public record OpinionRound(long id, String state, Integer issued, Integer collected, List<String> names) {}

    /** A withdrawal proposed by the presidium; {@code decision} AGREED or REFUSED once the congress decided. */
    public record ListWithdrawal(
            long id, long entryId, String fullName, String reason, String decision, String decisionText) {}

    /** A self-nomination (SELF) or a nomination from the floor (FLOOR, {@code nominatedBy} required). */
    public record Nomination(
            String source,
            Long memberId,
            String fullName,
            LocalDate birthDate,
            String nominatedBy,
            Long nominatedByMemberId) {}

    /** A member of the unit's subtree found by name, for the member picker. */
    public record MemberChoice(long id, String fullName, LocalDate birthDate) {}

    private record ListRound(
            long roundId,
            long electionId,
            long caseId,
            long orgId,
            String title,
            String body,
            String form,
            int seats,
            int roundNo,
            boolean runoff,
            String state,
            String purpose) {}

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final ProposalReader proposals;
    private final ConveningCommittee convening;
    private final CountingCommitteeCheck countingCommittee;

    ElectionLists(
            JdbcClient jdbc,
            AccessControl access,
            AuditLog audit,
            Clock clock,
            ProposalReader proposals,
            ConveningCommittee convening,
            CountingCommitteeCheck countingCommittee) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.proposals = proposals;
        this.convening = convening;
        this.countingCommittee = countingCommittee;
    }

    private ListRound round(long roundId, boolean lock) {
        return jdbc.sql("""
                        select r.id as round_id, e.id as election_id, e.case_id, c.org_id, e.title, e.body,
                               coalesce(r.ballot_form, e.ballot_form) as form, r.seats, r.round_no, r.runoff,
                               r.state, r.purpose
                        from election_round r join election e on e.id = r.election_id
                        join congress_case c on c.id = e.case_id
                        where r.id = ?
                        """ + (lock ? " for update of r" : ""))
                .param(roundId)
                .query(ListRound.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.error.noRound", roundId));
    }

    /** The round, locked, if its list may still change: CONGRESS_DAY_RUN and state LIST. */
    private ListRound editable(long roundId) {
        ListRound r = round(roundId, true);
        access.require(Permission.CONGRESS_DAY_RUN, r.orgId());
        if (!"LIST".equals(r.state()) || !"ELECTION".equals(r.purpose())) {
            throw DomainException.conflict("elections.list.error.fixed", r.title(), r.roundNo());
        }
        return r;
    }

    /** The round of an election whose list is being built, else the latest round that had one. */
    @Transactional(readOnly = true)
    public long listRound(long electionId) {
        return jdbc.sql("""
                        select r.id from election_round r
                        where r.election_id = ? and r.purpose = 'ELECTION'
                          and (r.state = 'LIST' or exists (select 1 from list_entry l where l.round_id = r.id))
                        order by r.round_no desc limit 1
                        """)
                .param(electionId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.list.error.noList", electionId));
    }

    @Transactional(readOnly = true)
    public ListView view(long roundId) {
        ListRound r = round(roundId, false);
        access.require(Permission.CONGRESS_VIEW, r.orgId());
        List<ListEntry> entries = ListEntries.of(jdbc, roundId);
        List<ListWithdrawal> withdrawals =
                jdbc.sql("""
                        select w.id, w.entry_id, l.full_name, w.reason, w.decision, w.decision_text
                        from list_withdrawal w join list_entry l on l.id = w.entry_id
                        where l.round_id = ? order by w.id
                        """).param(roundId).query(ListWithdrawal.class).list();
        List<OpinionRound> opinions = jdbc
                .sql("""
                        select id, state, issued, collected from election_round where opinion_for = ? order by id
                        """)
                .param(roundId)
                .query((rs, n) -> new OpinionRound(
                        rs.getLong("id"),
                        rs.getString("state"),
                        (Integer) rs.getObject("issued"),
                        (Integer) rs.getObject("collected"),
                        List.of()))
                .list()
                .stream()
                .map(o -> new OpinionRound(
                        o.id(),
                        o.state(),
                        o.issued(),
                        o.collected(),
                        jdbc.sql("select full_name from round_candidate where round_id = ? order by position")
                                .param(o.id())
                                .query(String.class)
                                .list()))
                .toList();
        int listed =
                (int) entries.stream().filter(e -> "LISTED".equals(e.status())).count();
        List<Problem> problems = ListRules.check(
                r.title(),
                Body.valueOf(r.body()),
                BallotForm.valueOf(r.form()),
                r.seats(),
                listed,
                r.roundNo(),
                r.runoff());
        return new ListView(
                roundId,
                r.electionId(),
                r.title(),
                Body.valueOf(r.body()),
                r.seats(),
                r.roundNo(),
                r.state(),
                ListEntries.inBallotOrder(entries),
                withdrawals,
                opinions,
                problems.stream()
                        .filter(p -> p instanceof Problem.Error)
                        .map(Problem::message)
                        .toList(),
                problems.stream()
                        .filter(p -> p instanceof Problem.Warning)
                        .map(Problem::message)
                        .toList());
    }

    /** Imports the names the convening committee proposed for this body (personnel proposal); the count added. */
    @Transactional
    public int importProposal(long roundId) {
        ListRound r = editable(roundId);
        PersonnelBody body;
        try {
            body = PersonnelBody.valueOf(r.body());
        } catch (IllegalArgumentException e) {
            throw new DomainException("elections.list.error.noProposalBody", Labels.BODIES.get(Body.valueOf(r.body())));
        }
        if (!access.can(Permission.PERSONNEL_VIEW, r.orgId())) {
            // the proposal is the personnel file's: whoever may not read it gets a message, not a refusal page
            throw DomainException.conflict("elections.list.error.proposalHidden");
        }
        var candidates = proposals.view(r.caseId()).candidatesOf(body);
        if (candidates.isEmpty()) {
            throw new DomainException("elections.list.error.proposalEmpty", Labels.BODIES.get(Body.valueOf(r.body())));
        }
        SamePeople onList = onList(roundId);
        Instant now = clock.instant();
        String username = access.requireUser().getUsername();
        int added = 0;
        for (var c : candidates) {
            if (!onList.contains(c.memberId(), c.fullName())) {
                ListEntries.insert(
                        jdbc,
                        roundId,
                        new ListedName(c.memberId(), c.fullName(), c.birthDate()),
                        "PROPOSAL",
                        null,
                        null,
                        "LISTED",
                        now,
                        username);
                onList.add(c.memberId(), c.fullName());
                added++;
            }
        }
        audit(r, "LIST_PROPOSAL", "Đưa " + added + " người theo đề xuất của Ban chấp hành triệu tập vào danh sách");
        return added;
    }

    /** Members of the case's unit and the units below it whose name matches (accents and case aside). */
    @Transactional(readOnly = true)
    public List<MemberChoice> searchMembers(long roundId, String query) {
        ListRound r = round(roundId, false);
        access.require(Permission.CONGRESS_DAY_RUN, r.orgId());
        String key = query == null ? "" : VietnameseNames.searchKey(query).strip();
        if (key.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, m.full_name, m.birth_date from member m
                        join org_closure oc on oc.descendant_id = m.org_id and oc.ancestor_id = ?
                        where m.search_text like ? order by m.sort_key, m.birth_date limit 20
                        """)
                .params(r.orgId(), "%" + key.replace("%", "").replace("_", "") + "%")
                .query(MemberChoice.class)
                .list();
    }

    /** Puts a member of the unit on the convening committee's list; the entry's id. */
    @Transactional
    public long addMember(long roundId, long memberId) {
        ListRound r = editable(roundId);
        MemberChoice m = member(r, memberId);
        requireNotOnList(roundId, m.id(), m.fullName());
        long id = ListEntries.insert(
                jdbc,
                roundId,
                new ListedName(m.id(), m.fullName(), m.birthDate()),
                "PROPOSAL",
                null,
                null,
                "LISTED",
                clock.instant(),
                access.requireUser().getUsername());
        audit(r, "LIST_ADD", "Đưa " + m.fullName() + " vào danh sách (Ban chấp hành triệu tập giới thiệu)");
        return id;
    }

    /**
     * Records a self-nomination or a nomination from the floor; the name waits for the opinion ballot. Refused
     * when the nominee or the nominator sits on the convening committee (elections.md §3). The entry's id.
     */
    @Transactional
    public long nominate(long roundId, Nomination n) {
        ListRound r = editable(roundId);
        if (n == null || !("SELF".equals(n.source()) || "FLOOR".equals(n.source()))) {
            throw new DomainException("elections.list.error.source");
        }
        Long memberId = n.memberId();
        String name = n.fullName() == null ? "" : PersonName.clean(n.fullName());
        LocalDate birth = n.birthDate();
        if (memberId != null) {
            MemberChoice m = member(r, memberId);
            name = m.fullName();
            birth = birth == null ? m.birthDate() : birth;
        }
        if (name.isEmpty() || name.length() > 200) {
            throw new DomainException("elections.list.error.nomineeName");
        }
        boolean self = "SELF".equals(n.source());
        String by = self ? name : n.nominatedBy() == null ? "" : PersonName.clean(n.nominatedBy());
        Long byMember = self ? memberId : n.nominatedByMemberId();
        if (by.isEmpty() || by.length() > 200) {
            throw new DomainException("elections.list.error.nominator", name);
        }
        SamePeople committee = convening.of(r.caseId());
        if (committee.contains(memberId, name)) {
            throw DomainException.conflict(
                    self ? "elections.list.error.conveningSelf" : "elections.list.error.conveningNominee", name);
        }
        if (!self && committee.contains(byMember, by)) {
            throw DomainException.conflict("elections.list.error.conveningNominator", by, name);
        }
        requireNotOnList(roundId, memberId, name);
        long id = ListEntries.insert(
                jdbc,
                roundId,
                new ListedName(memberId, name, birth),
                n.source(),
                by,
                byMember,
                "PENDING",
                clock.instant(),
                access.requireUser().getUsername());
        audit(r, "LIST_NOMINATE", (self ? "Tự ứng cử: " + name : "Đề cử " + name + " (người đề cử: " + by + ")"));
        return id;
    }

    /**
     * Opens the opinion ballot (phiếu xin ý kiến) on the names waiting for it: a round of the same election with
     * purpose NOMINATION_OPINION, ready for ballots, counted like any round; its release admits or not each name
     * ({@link ElectionRounds#release}). It carries the number of the round it feeds and is not a "vòng" itself.
     * Returns the opinion round's id.
     */
    @Transactional
    public long openOpinion(long roundId) {
        ListRound r = editable(roundId);
        List<ListEntry> pending = ListEntries.inBallotOrder(ListEntries.of(jdbc, roundId).stream()
                .filter(e -> "PENDING".equals(e.status()))
                .toList());
        if (pending.isEmpty()) {
            throw DomainException.conflict("elections.list.error.noPending");
        }
        long opinionId = jdbc.sql("""
                        insert into election_round (election_id, round_no, purpose, seats, state, ballot_form,
                            opinion_for)
                        values (?, ?, 'NOMINATION_OPINION', ?, 'BALLOTING', 'AGREE_DISAGREE', ?) returning id
                        """)
                .params(r.electionId(), r.roundNo(), pending.size(), roundId)
                .query(Long.class)
                .single();
        RoundLists.insert(
                jdbc, opinionId, pending.stream().map(ListEntries::listed).toList());
        for (int i = 0; i < pending.size(); i++) {
            jdbc.sql(
                            "update list_entry set status = 'OPINION', opinion_round_id = ?, opinion_position = ? where id = ?")
                    .params(opinionId, i + 1, pending.get(i).id())
                    .update();
        }
        audit(
                r,
                "LIST_OPINION_OPEN",
                "Mở phiếu xin ý kiến về " + pending.size() + " người: "
                        + pending.stream().map(ListEntry::fullName).collect(Collectors.joining(", ")));
        return opinionId;
    }

    /** The presidium proposes to withdraw a name, with the reason; the congress decides. The withdrawal's id. */
    @Transactional
    public long proposeWithdrawal(long roundId, long entryId, String reason) {
        ListRound r = editable(roundId);
        ListEntry e = entry(roundId, entryId);
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
        audit(r, "LIST_WITHDRAWAL", "Đoàn Chủ tịch đề nghị rút " + e.fullName() + " khỏi danh sách: " + why);
        return id;
    }

    /** The congress's decision on a withdrawal, with its text; agreed takes the name off the list. */
    @Transactional
    public void decideWithdrawal(long roundId, long withdrawalId, Boolean agreed, String decisionText) {
        ListRound r = editable(roundId);
        record Open(long entryId, String decision) {}
        Open w = jdbc.sql("""
                        select w.entry_id, w.decision from list_withdrawal w join list_entry l on l.id = w.entry_id
                        where w.id = ? and l.round_id = ?
                        """)
                .params(withdrawalId, roundId)
                .query(Open.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.list.error.noWithdrawal", withdrawalId));
        ListEntry e = entry(roundId, w.entryId());
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
        audit(
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
        ListRound r = editable(roundId);
        ListEntry e = entry(roundId, entryId);
        String k = key == null ? "" : PersonName.clean(key);
        if (k.length() > 200) {
            throw new DomainException("elections.list.error.sortKey", e.fullName());
        }
        jdbc.sql("update list_entry set sort_key = ? where id = ?")
                .params(k.isEmpty() ? null : k, entryId)
                .update();
        audit(r, "LIST_SORT_KEY", "Khóa xếp thứ tự của " + e.fullName() + ": " + (k.isEmpty() ? "(bỏ)" : k));
    }

    /**
     * The congress approves the list by show of hands with the number of seats ("chốt danh sách"): no name may
     * still wait for the opinion ballot or a withdrawal decision, the rules of elections.md §3 must hold and
     * nobody on it may sit on the counting committee. The names are then numbered in ballot order and the round
     * moves to BALLOTING. Returns the warnings (e.g. a surplus outside the 10–15 % band).
     */
    @Transactional
    public List<String> fix(long roundId, int seats, String note) {
        ListRound r = editable(roundId);
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
        List<Problem> warnings = ListRules.require(
                r.title(),
                Body.valueOf(r.body()),
                BallotForm.valueOf(r.form()),
                seats,
                listed.size(),
                r.roundNo(),
                r.runoff());
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
        audit(
                r,
                "LIST_FIX",
                "Đại hội biểu quyết thông qua danh sách bầu (" + listed.size() + " người, bầu " + seats + "): "
                        + listed.stream().map(ListEntry::fullName).collect(Collectors.joining(", ")));
        return warnings.stream().map(Problem::message).toList();
    }

    /** Marks a member of the convening committee for a congress whose roll does not show them; the row's id. */
    @Transactional
    public long markConvening(long caseId, Long memberId, String fullName) {
        long orgId = jdbc.sql("select org_id from congress_case where id = ?")
                .param(caseId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, orgId);
        String name = fullName == null ? "" : PersonName.clean(fullName);
        if (name.isEmpty() || name.length() > 200) {
            throw new DomainException("elections.list.error.nomineeName");
        }
        long id = jdbc.sql("""
                        insert into convening_member (case_id, member_id, full_name, created_at, created_by)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        caseId,
                        memberId,
                        name,
                        Timestamp.from(clock.instant()),
                        access.requireUser().getUsername())
                .query(Long.class)
                .single();
        audit.record(AuditLog.Change.of(
                "CONVENING_MEMBER", "congress_case", caseId, orgId, "Thành viên Ban chấp hành triệu tập: " + name));
        return id;
    }

    private MemberChoice member(ListRound r, long memberId) {
        return jdbc.sql("""
                        select m.id, m.full_name, m.birth_date from member m
                        join org_closure oc on oc.descendant_id = m.org_id and oc.ancestor_id = ?
                        where m.id = ?
                        """)
                .params(r.orgId(), memberId)
                .query(MemberChoice.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("elections.list.error.memberOutside", memberId));
    }

    private ListEntry entry(long roundId, long entryId) {
        return ListEntries.of(jdbc, roundId).stream()
                .filter(e -> e.id() == entryId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("elections.list.error.noEntry", entryId));
    }

    /** Everyone on the list or waiting to join it (withdrawn and not admitted names may come back). */
    private SamePeople onList(long roundId) {
        SamePeople people = new SamePeople();
        ListEntries.of(jdbc, roundId).stream()
                .filter(e -> !"WITHDRAWN".equals(e.status()) && !"NOT_ADMITTED".equals(e.status()))
                .forEach(e -> people.add(e.memberId(), e.fullName()));
        return people;
    }

    private void requireNotOnList(long roundId, Long memberId, String fullName) {
        if (onList(roundId).contains(memberId, fullName)) {
            throw DomainException.conflict("elections.list.error.already", PersonName.clean(fullName));
        }
    }

    private void audit(ListRound r, String action, String summary) {
        audit.record(AuditLog.Change.of(action, "election_round", r.roundId(), r.orgId(), r.title() + ": " + summary)
                .withDetails("electionId=" + r.electionId() + ", round=" + r.roundNo()));
    }
}

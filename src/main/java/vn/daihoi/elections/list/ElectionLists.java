package vn.daihoi.elections.list;

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
import vn.daihoi.counting.Body;
import vn.daihoi.counting.Problem;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.elections.RoundState;
import vn.daihoi.elections.internal.RoundLists;
import vn.daihoi.elections.internal.SamePeople;
import vn.daihoi.elections.internal.Scope;
import vn.daihoi.names.PersonName;
import vn.daihoi.personnel.PersonnelBody;
import vn.daihoi.personnel.ProposalReader;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.SafeNames;
import vn.daihoi.season.CaseSql;

/**
 * The list stage of a round (elections.md §3), while the round is in LIST state: the convening committee's
 * proposal (imported from the personnel proposal or picked among the unit's members), self-nominations and
 * nominations from the floor that wait for the opinion ballot, withdrawals proposed by the presidium and decided
 * by the congress ({@link ListDecisions}), a manual sort key, and the congress's approval of the list
 * ({@link ListDecisions#fix}) which checks the rules and moves the round to BALLOTING. After that the list cannot
 * change. Who is on the convening committee: see {@link ConveningCommittee}; the member picker: see
 * {@link MemberSearch}.
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
            RoundState state,
            List<ListEntry> entries,
            List<ListWithdrawal> withdrawals,
            List<OpinionRound> opinions,
            List<String> errors,
            List<String> warnings) {}

    /** An opinion ballot held on this list's nominees: its round (state, counts) and names in ballot order. */
    public record OpinionRound(long id, RoundState state, Integer issued, Integer collected, List<String> names) {}

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

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final ProposalReader proposals;
    private final ConveningCommittee convening;
    private final ListRounds rounds;
    private final MemberSearch members;

    ElectionLists(
            JdbcClient jdbc,
            AccessControl access,
            AuditLog audit,
            Clock clock,
            ProposalReader proposals,
            ConveningCommittee convening,
            ListRounds rounds,
            MemberSearch members) {
        this.members = members;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.proposals = proposals;
        this.convening = convening;
        this.rounds = rounds;
    }

    @Transactional(readOnly = true)
    public long listRound(long electionId) {
        // Who may see the election is settled before anything is said about its list: an unknown id and an
        // election out of scope get the same 403.
        long orgId = jdbc.sql("select " + CaseSql.orgId("e.case_id") + " from election e where e.id = ?")
                .param(electionId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> Scope.unknown("election", electionId));
        access.require(Permission.CONGRESS_VIEW, orgId);
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

    /**
     * Refuses (404) a round that is not an opinion ballot on this election's list, after the same access check as
     * reading the list: a forged pair of election and round never reaches another election's round.
     */
    @Transactional(readOnly = true)
    public void requireOpinionRound(long electionId, long opinionRoundId) {
        long roundId = listRound(electionId);
        access.require(Permission.CONGRESS_VIEW, rounds.round(roundId, false).orgId());
        boolean ofThisList = jdbc.sql("select exists (select 1 from election_round where id = ? and opinion_for = ?)")
                .params(opinionRoundId, roundId)
                .query(Boolean.class)
                .single();
        if (!ofThisList) {
            throw DomainException.notFound("elections.error.noRound", opinionRoundId);
        }
    }

    @Transactional(readOnly = true)
    public ListView view(long roundId) {
        ListRounds.ListRound r = rounds.round(roundId, false);
        access.require(Permission.CONGRESS_VIEW, r.orgId());
        List<ListEntry> entries = ListEntries.of(jdbc, roundId);
        List<ListWithdrawal> withdrawals =
                jdbc.sql("""
                        select w.id, w.entry_id, l.full_name, w.reason, w.decision, w.decision_text
                        from list_withdrawal w join list_entry l on l.id = w.entry_id
                        where l.round_id = ? order by w.id
                        """).param(roundId).query(ListWithdrawal.class).list();
        // each opinion ballot with its names, in one query (the names in ballot position order)
        List<OpinionRound> opinions = jdbc.sql("""
                        select r.id, r.state, r.issued, r.collected,
                               array(select c.full_name from round_candidate c where c.round_id = r.id
                                     order by c.position) as names
                        from election_round r where r.opinion_for = ? order by r.id
                        """)
                .param(roundId)
                .query((rs, n) -> new OpinionRound(
                        rs.getLong("id"),
                        RoundState.valueOf(rs.getString("state")),
                        (Integer) rs.getObject("issued"),
                        (Integer) rs.getObject("collected"),
                        List.of((String[]) rs.getArray("names").getArray())))
                .list();
        int listed =
                (int) entries.stream().filter(e -> "LISTED".equals(e.status())).count();
        List<Problem> problems =
                ListRules.check(r.title(), r.body(), r.form(), r.seats(), listed, r.roundNo(), r.runoff());
        return new ListView(
                roundId,
                r.electionId(),
                r.title(),
                r.body(),
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
        ListRounds.ListRound r = rounds.editable(roundId);
        PersonnelBody body;
        try {
            body = PersonnelBody.valueOf(r.body().name());
        } catch (IllegalArgumentException e) {
            throw new DomainException(
                    "elections.list.error.noProposalBody", vn.daihoi.platform.CodeLabels.vi(r.body()));
        }
        if (!access.can(Permission.PERSONNEL_VIEW, r.orgId())) {
            // the proposal is the personnel file's: whoever may not read it gets a message, not a refusal page
            throw DomainException.conflict("elections.list.error.proposalHidden");
        }
        var candidates = proposals.view(r.caseId()).candidatesOf(body);
        if (candidates.isEmpty()) {
            throw new DomainException("elections.list.error.proposalEmpty", vn.daihoi.platform.CodeLabels.vi(r.body()));
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
        rounds.audit(
                r, "LIST_PROPOSAL", "Đưa " + added + " người theo đề xuất của Ban chấp hành triệu tập vào danh sách");
        return added;
    }

    /** Puts a member of the unit on the convening committee's list; the entry's id. */
    @Transactional
    public long addMember(long roundId, long memberId) {
        ListRounds.ListRound r = rounds.editable(roundId);
        MemberSearch.MemberChoice m = members.member(r, memberId);
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
        rounds.audit(r, "LIST_ADD", "Đưa " + m.fullName() + " vào danh sách (Ban chấp hành triệu tập giới thiệu)");
        return id;
    }

    /**
     * Records a self-nomination or a nomination from the floor; the name waits for the opinion ballot. Refused
     * when the nominee or the nominator sits on the convening committee (elections.md §3). The entry's id.
     */
    @Transactional
    public long nominate(long roundId, Nomination n) {
        ListRounds.ListRound r = rounds.editable(roundId);
        if (n == null || !("SELF".equals(n.source()) || "FLOOR".equals(n.source()))) {
            throw new DomainException("elections.list.error.source");
        }
        Long memberId = n.memberId();
        String name = SafeNames.require(n.fullName(), "name.field.nominee");
        LocalDate birth = n.birthDate();
        if (memberId != null) {
            MemberSearch.MemberChoice m = members.member(r, memberId);
            name = m.fullName();
            birth = birth == null ? m.birthDate() : birth;
        }
        if (name.isEmpty() || name.length() > 200) {
            throw new DomainException("elections.list.error.nomineeName");
        }
        boolean self = "SELF".equals(n.source());
        String by = self ? name : SafeNames.require(n.nominatedBy(), "name.field.nominator");
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
        rounds.audit(
                r, "LIST_NOMINATE", (self ? "Tự ứng cử: " + name : "Đề cử " + name + " (người đề cử: " + by + ")"));
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
        ListRounds.ListRound r = rounds.editable(roundId);
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
        rounds.audit(
                r,
                "LIST_OPINION_OPEN",
                "Mở phiếu xin ý kiến về " + pending.size() + " người: "
                        + pending.stream().map(ListEntry::fullName).collect(Collectors.joining(", ")));
        return opinionId;
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
}

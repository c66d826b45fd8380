package vn.daihoi.elections;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.elections.internal.CountingCommitteeCheck;
import vn.daihoi.elections.internal.ElectionOrder;
import vn.daihoi.elections.internal.RoundLists;
import vn.daihoi.elections.list.ListEntries;
import vn.daihoi.elections.list.ListRules;
import vn.daihoi.elections.secretary.IntroducedSecretary;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.platform.DomainException;
import vn.daihoi.platform.SafeNames;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/** Opens the elections of a congress case, each with its first round and list in ballot order. */
@Service
public class Elections {

    private final JdbcClient jdbc;
    private final CongressCases cases;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final ElectionOrder order;
    private final CountingCommitteeCheck countingCommittee;
    private final IntroducedSecretary introduced;

    Elections(
            JdbcClient jdbc,
            CongressCases cases,
            AccessControl access,
            AuditLog audit,
            Clock clock,
            ElectionOrder order,
            CountingCommitteeCheck countingCommittee,
            IntroducedSecretary introduced) {
        this.jdbc = jdbc;
        this.introduced = introduced;
        this.order = order;
        this.countingCommittee = countingCommittee;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens an election of the congress with round 1 holding the given list; returns the round's id. The
     * alternates are elected after the official delegates; a secretary elected directly by the congress comes
     * after the new committee, from among its members (elections.md §1).
     */
    @Transactional
    public long open(long caseId, NewElection election) {
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
        SessionSteps.OPEN.require(c.state(), c.orgName());
        if (election.body() == Body.ALTERNATE_DELEGATE && !order.closed(caseId, "CONGRESS", Body.DELEGATE)) {
            throw DomainException.conflict("elections.error.delegatesFirst");
        }
        if (election.body() == Body.SECRETARY && c.directSecretary()) {
            order.requireAmongNewCommittee(caseId, election.names());
            introduced.require(caseId, election);
        }
        countingCommittee.requireNoneOnTheCommittee(caseId, election.names());
        return open(c, election, "CONGRESS", null, true);
    }

    /**
     * Opens an election of the congress with round 1 in LIST state: its list is then built (proposal, members of
     * the unit, nominations and the opinion ballot, withdrawals) and approved with {@link ListDecisions#fix}.
     * Names given here are the convening committee's proposal. Returns round 1's id.
     */
    @Transactional
    public long openList(long caseId, NewElection election) {
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
        SessionSteps.OPEN.require(c.state(), c.orgName());
        if (election.body() == Body.ALTERNATE_DELEGATE && !order.closed(caseId, "CONGRESS", Body.DELEGATE)) {
            throw DomainException.conflict("elections.error.delegatesFirst");
        }
        return open(c, election, "CONGRESS", null, false);
    }

    /**
     * Opens an election of the new committee's first meeting (standing committee, secretary, deputies,
     * inspection committee, its chair, in that order): its base D is the number of members the congress
     * elected to the committee (elections.md §2, committee meeting). Returns round 1's id.
     */
    @Transactional
    public long openFirstMeeting(long caseId, NewElection election) {
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
        SessionSteps.FIRST_MEETING.require(c.state(), c.orgName());
        int sitting = order.firstMeetingBase(caseId, election.body());
        countingCommittee.requireNoneOnTheCommittee(caseId, election.names());
        return open(c, election, "FIRST_MEETING", sitting, true);
    }

    /**
     * Inserts the election and round 1. {@code approved}: the list as given is the list the congress approved,
     * checked against elections.md §3 and the round is ready for ballots (BALLOTING); otherwise round 1 stays in
     * LIST and the names given are the proposal's first names.
     */
    private long open(CongressCase c, NewElection election, String meeting, Integer baseValue, boolean approved) {
        long caseId = c.id();
        String title = election.title() == null ? "" : PersonName.clean(election.title());
        if (title.isEmpty() || title.length() > 300) {
            throw new DomainException("elections.error.title");
        }
        if (election.body() == null || election.ballotForm() == null || election.seats() < 1) {
            throw new DomainException("elections.error.seats");
        }
        if (approved && election.names().isEmpty()) {
            throw new DomainException("elections.error.emptyList");
        }
        List<ListedName> ordered = inBallotOrder(election.names());
        if (approved) {
            ListRules.require(
                    title, election.body(), election.ballotForm(), election.seats(), ordered.size(), 1, false);
        }
        Instant now = clock.instant();
        String username = access.requireUser().getUsername();
        long electionId = jdbc.sql("""
                        insert into election (case_id, body, title, seats, ballot_form, created_at, created_by,
                            meeting, base_value)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        caseId,
                        election.body().name(),
                        title,
                        election.seats(),
                        election.ballotForm().name(),
                        java.sql.Timestamp.from(now),
                        username,
                        meeting,
                        baseValue)
                .query(Long.class)
                .single();
        long roundId = jdbc.sql("""
                        insert into election_round (election_id, round_no, seats, state) values (?, 1, ?, ?)
                        returning id
                        """)
                .params(electionId, election.seats(), approved ? "BALLOTING" : "LIST")
                .query(Long.class)
                .single();
        if (approved) {
            RoundLists.insert(jdbc, roundId, ordered);
        } else {
            ListEntries.insertProposal(jdbc, roundId, ordered, now, username);
        }
        audit.record(AuditLog.Change.of(
                        "ELECTION_OPEN",
                        "election",
                        electionId,
                        c.orgId(),
                        ("FIRST_MEETING".equals(meeting) ? "Hội nghị lần thứ nhất, mở cuộc bầu: " : "Mở cuộc bầu cử: ")
                                + title + " (" + election.seats() + " người, " + ordered.size()
                                + (approved
                                        ? " người trong danh sách)"
                                        : " người do Ban chấp hành triệu tập giới thiệu; danh sách đang lập)"))
                .withDetails("caseId=" + caseId + ", roundId=" + roundId));
        return roundId;
    }

    /** Elections.md §3: given name, family name, middle names; identical names by earlier birth date. */
    public static List<ListedName> inBallotOrder(List<ListedName> names) {
        List<ListedName> ordered = new ArrayList<>();
        for (ListedName n : names) {
            if (n.fullName() == null || PersonName.clean(n.fullName()).isEmpty()) {
                throw new DomainException("elections.error.blankName", ordered.size() + 1);
            }
            SafeNames.require(n.fullName(), "name.field.ballotName", ordered.size() + 1);
            ordered.add(n);
        }
        Comparator<ListedName> byName =
                Comparator.comparing(n -> PersonName.parse(n.fullName()), VietnameseNames.BALLOT_ORDER);
        ordered.sort(byName.thenComparing(ListedName::birthDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
    }
}

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
import vn.daihoi.elections.NewElection.ListedName;
import vn.daihoi.names.PersonName;
import vn.daihoi.names.VietnameseNames;
import vn.daihoi.platform.DomainException;
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

    Elections(JdbcClient jdbc, CongressCases cases, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens an election with round 1 holding the given list; returns the round's id. */
    @Transactional
    public long open(long caseId, NewElection election) {
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
        String title = election.title() == null ? "" : PersonName.clean(election.title());
        if (title.isEmpty() || title.length() > 300) {
            throw new DomainException("elections.error.title");
        }
        if (election.body() == null || election.ballotForm() == null || election.seats() < 1) {
            throw new DomainException("elections.error.seats");
        }
        if (election.names().isEmpty()) {
            throw new DomainException("elections.error.emptyList");
        }
        Instant now = clock.instant();
        String username = access.requireUser().getUsername();
        long electionId = jdbc.sql("""
                        insert into election (case_id, body, title, seats, ballot_form, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        caseId,
                        election.body().name(),
                        title,
                        election.seats(),
                        election.ballotForm().name(),
                        java.sql.Timestamp.from(now),
                        username)
                .query(Long.class)
                .single();
        long roundId = jdbc.sql("""
                        insert into election_round (election_id, round_no, seats) values (?, 1, ?) returning id
                        """)
                .params(electionId, election.seats())
                .query(Long.class)
                .single();
        List<ListedName> ordered = inBallotOrder(election.names());
        for (int i = 0; i < ordered.size(); i++) {
            ListedName n = ordered.get(i);
            jdbc.sql("""
                            insert into round_candidate (round_id, position, member_id, full_name, birth_date)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(roundId, i + 1, n.memberId(), PersonName.clean(n.fullName()), n.birthDate())
                    .update();
        }
        audit.record(AuditLog.Change.of(
                        "ELECTION_OPEN",
                        "election",
                        electionId,
                        c.orgId(),
                        "Mở cuộc bầu cử: " + title + " (" + election.seats() + " người, " + ordered.size()
                                + " người trong danh sách)")
                .withDetails("caseId=" + caseId + ", roundId=" + roundId));
        return roundId;
    }

    /** Elections.md §3: given name, family name, middle names; identical names by earlier birth date. */
    static List<ListedName> inBallotOrder(List<ListedName> names) {
        List<ListedName> ordered = new ArrayList<>();
        for (ListedName n : names) {
            if (n.fullName() == null || PersonName.clean(n.fullName()).isEmpty()) {
                throw new DomainException("elections.error.blankName", ordered.size() + 1);
            }
            ordered.add(n);
        }
        Comparator<ListedName> byName =
                Comparator.comparing(n -> PersonName.parse(n.fullName()), VietnameseNames.BALLOT_ORDER);
        ordered.sort(byName.thenComparing(ListedName::birthDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
    }
}

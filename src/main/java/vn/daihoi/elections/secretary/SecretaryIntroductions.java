package vn.daihoi.elections.secretary;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.counting.BallotForm;
import vn.daihoi.counting.Body;
import vn.daihoi.elections.Elections;
import vn.daihoi.elections.NewElection;
import vn.daihoi.elections.internal.ElectionOrder;
import vn.daihoi.platform.DomainException;
import vn.daihoi.roll.Roll;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * The direct election of the secretary by the congress (elections.md §1; HD 04-HD/TW item 8): once the new
 * executive committee is elected, the delegates present take a secret introduction ballot (phiếu giới thiệu)
 * whose paper lists the new committee's members; each valid paper introduces one name. The name with the most
 * introductions is the one name of the secretary election, an agree/disagree ballot the engine counts against
 * the congress's D. The texts say nothing of a tie for the most introductions at the congress (the convening
 * committee's head decides only for lists drawn up before it, elections-research.md R4.11a), so a tie is
 * re-voted: a new introduction round on the tied names alone, as many times as it takes.
 */
@Service
public class SecretaryIntroductions {

    /** One introduction round: OPEN (paper printed, not counted), INTRODUCED or TIE. */
    public record Introduction(
            long id,
            int round,
            String state,
            Integer issued,
            Integer collected,
            Integer valid,
            List<Name> names,
            String introduced) {}

    /** A name on the paper, in ballot order, with its introductions once counted. */
    public record Name(int position, String fullName, Integer votes) {}

    /** The count of an introduction round: papers issued, collected, valid, introductions by position. */
    public record Count(int issued, int collected, int valid, Map<Integer, Integer> votes) {
        public Count {
            votes = votes == null ? Map.of() : Map.copyOf(votes);
        }
    }

    private final JdbcClient jdbc;
    private final CongressCases cases;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final ElectionOrder order;
    private final Roll roll;
    private final Elections elections;
    private final IntroducedSecretary introducedSecretary;

    SecretaryIntroductions(
            JdbcClient jdbc,
            CongressCases cases,
            AccessControl access,
            AuditLog audit,
            Clock clock,
            ElectionOrder order,
            Roll roll,
            Elections elections,
            IntroducedSecretary introducedSecretary) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.order = order;
        this.roll = roll;
        this.elections = elections;
        this.introducedSecretary = introducedSecretary;
    }

    private CongressCase congress(long caseId, Permission permission) {
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("elections.error.noCase", caseId));
        access.require(permission, c.orgId());
        return c;
    }

    /** The introduction rounds of a case, first to last. */
    @Transactional(readOnly = true)
    public List<Introduction> ofCase(long caseId) {
        congress(caseId, Permission.CONGRESS_VIEW);
        return rounds(caseId);
    }

    List<Introduction> rounds(long caseId) {
        record Row(
                long id,
                int roundNo,
                String state,
                Integer issued,
                Integer collected,
                Integer valid,
                Integer introduced) {}
        List<Introduction> out = new ArrayList<>();
        for (Row r : jdbc.sql("""
                        select id, round_no, state, issued, collected, valid, introduced
                        from secretary_introduction where case_id = ? order by round_no
                        """).param(caseId).query(Row.class).list()) {
            List<Name> names = jdbc.sql("""
                            select position, full_name, votes from secretary_introduction_name
                            where introduction_id = ? order by position
                            """).param(r.id()).query(Name.class).list();
            String introduced = names.stream()
                    .filter(n -> r.introduced() != null && n.position() == r.introduced())
                    .map(Name::fullName)
                    .findFirst()
                    .orElse(null);
            out.add(new Introduction(
                    r.id(), r.roundNo(), r.state(), r.issued(), r.collected(), r.valid(), names, introduced));
        }
        return out;
    }

    /**
     * Opens the next introduction round: the first on the new committee's members, after a tie on the tied
     * names. Refused unless the case elects its secretary directly and its executive committee is elected,
     * while a round is still open, and once a name is introduced. Returns the round's id.
     */
    @Transactional
    public long open(long caseId) {
        CongressCase c = congress(caseId, Permission.CONGRESS_DAY_RUN);
        if (!c.directSecretary()) {
            throw DomainException.conflict("elections.secretary.error.notDirect");
        }
        if (!order.closed(caseId, "CONGRESS", Body.EXECUTIVE_COMMITTEE)) {
            throw DomainException.conflict("elections.error.committeeFirst");
        }
        List<Introduction> held = rounds(caseId);
        Introduction last = held.isEmpty() ? null : held.getLast();
        if (last != null && "OPEN".equals(last.state())) {
            throw DomainException.conflict("elections.secretary.error.stillOpen", last.round());
        }
        if (last != null && "INTRODUCED".equals(last.state())) {
            throw DomainException.conflict("elections.secretary.error.alreadyIntroduced", last.introduced());
        }
        List<NewElection.ListedName> names = last == null ? newCommittee(caseId) : tied(last.id());
        if (names.isEmpty()) {
            throw DomainException.conflict("elections.error.committeeFirst");
        }
        int roundNo = last == null ? 1 : last.round() + 1;
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into secretary_introduction (case_id, round_no, opened_at, opened_by)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(
                        caseId,
                        roundNo,
                        Timestamp.from(now),
                        access.requireUser().getUsername())
                .query(Long.class)
                .single();
        int position = 0;
        for (NewElection.ListedName n : Elections.inBallotOrder(names)) {
            jdbc.sql("""
                            insert into secretary_introduction_name (introduction_id, position, member_id, full_name,
                                birth_date)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(id, ++position, n.memberId(), n.fullName(), n.birthDate())
                    .update();
        }
        audit.record(AuditLog.Change.of(
                        "SECRETARY_INTRO_OPEN",
                        "secretary_introduction",
                        id,
                        c.orgId(),
                        "Mở lần giới thiệu thứ " + roundNo + " nhân sự để Đại hội bầu trực tiếp Bí thư (" + position
                                + " người trong danh sách)")
                .withDetails("caseId=" + caseId));
        return id;
    }

    /** The members the congress elected to the new committee, with their records where known. */
    private List<NewElection.ListedName> newCommittee(long caseId) {
        return jdbc.sql("""
                        select c.member_id, c.full_name, c.birth_date from election e
                        join election_round r on r.election_id = e.id and r.state = 'RELEASED'
                        join round_candidate c on c.round_id = r.id
                        where e.case_id = ? and e.meeting = 'CONGRESS' and e.body = 'EXECUTIVE_COMMITTEE'
                          and e.state = 'CLOSED'
                          and exists (select 1 from jsonb_array_elements_text(r.result_json->'elected') el
                                      where el = 'c' || lpad(c.position::text, 2, '0'))
                        """).param(caseId).query(NewElection.ListedName.class).list();
    }

    /** The names that tied for the most introductions in a round. */
    private List<NewElection.ListedName> tied(long introductionId) {
        return jdbc.sql("""
                        select member_id, full_name, birth_date from secretary_introduction_name
                        where introduction_id = ?
                          and votes = (select max(votes) from secretary_introduction_name where introduction_id = ?)
                        order by position
                        """)
                .params(introductionId, introductionId)
                .query(NewElection.ListedName.class)
                .list();
    }

    /**
     * Records the count of the open introduction round and decides it: the one name with the most
     * introductions is introduced; a tie for the most leaves the round TIE (re-voted by {@link #open}). Counts
     * that do not add up are refused, naming what is wrong, and nothing is written.
     */
    @Transactional
    public Introduction count(long caseId, Count count) {
        CongressCase c = congress(caseId, Permission.CONGRESS_DAY_RUN);
        List<Introduction> held = rounds(caseId);
        Introduction open = held.stream()
                .filter(i -> "OPEN".equals(i.state()))
                .findFirst()
                .orElseThrow(() -> DomainException.conflict("elections.secretary.error.noneOpen"));
        jdbc.sql("select id from secretary_introduction where id = ? for update")
                .param(open.id())
                .query(Long.class)
                .single();
        if (count.issued() < 0 || count.collected() < 0 || count.valid() < 0) {
            throw new DomainException("elections.secretary.error.negative");
        }
        if (count.collected() > count.issued() || count.valid() > count.collected()) {
            throw new DomainException(
                    "elections.secretary.error.counts", count.issued(), count.collected(), count.valid());
        }
        int present = roll.base(caseId).present();
        if (count.issued() > present) {
            throw new DomainException("elections.secretary.error.morePapers", count.issued(), present);
        }
        for (Integer position : count.votes().keySet()) {
            if (position == null || position < 1 || position > open.names().size()) {
                throw new DomainException(
                        "elections.secretary.error.noSuchName",
                        position,
                        open.names().size());
            }
        }
        int sum = 0;
        int most = 0;
        List<Integer> top = new ArrayList<>();
        for (Name n : open.names()) {
            int votes = count.votes().getOrDefault(n.position(), 0);
            if (votes < 0) {
                throw new DomainException("elections.secretary.error.negativeVotes", n.fullName());
            }
            sum += votes;
            if (votes > most) {
                most = votes;
                top.clear();
            }
            if (votes == most) {
                top.add(n.position());
            }
        }
        if (sum > count.valid()) {
            // each valid paper introduces one name at most
            throw new DomainException("elections.secretary.error.aboveValid", sum, count.valid());
        }
        if (most == 0) {
            throw new DomainException("elections.secretary.error.noneIntroduced");
        }
        for (Name n : open.names()) {
            jdbc.sql("update secretary_introduction_name set votes = ? where introduction_id = ? and position = ?")
                    .params(count.votes().getOrDefault(n.position(), 0), open.id(), n.position())
                    .update();
        }
        boolean decided = top.size() == 1;
        jdbc.sql("""
                        update secretary_introduction set state = ?, issued = ?, collected = ?, valid = ?,
                            introduced = ?, counted_at = ?, counted_by = ?
                        where id = ?
                        """)
                .params(
                        decided ? "INTRODUCED" : "TIE",
                        count.issued(),
                        count.collected(),
                        count.valid(),
                        decided ? top.getFirst() : null,
                        Timestamp.from(clock.instant()),
                        access.requireUser().getUsername(),
                        open.id())
                .update();
        StringBuilder tally = new StringBuilder();
        for (Name n : open.names()) {
            tally.append(n.fullName())
                    .append(": ")
                    .append(count.votes().getOrDefault(n.position(), 0))
                    .append("; ");
        }
        String outcome = decided
                ? "giới thiệu đồng chí " + open.names().get(top.getFirst() - 1).fullName() + " (" + most + " phiếu)"
                : top.size() + " người bằng nhau " + most + " phiếu, giới thiệu lại giữa những người này";
        audit.record(AuditLog.Change.of(
                        "SECRETARY_INTRO_COUNT",
                        "secretary_introduction",
                        open.id(),
                        c.orgId(),
                        "Kết quả lần giới thiệu thứ " + open.round() + " nhân sự bầu Bí thư: " + outcome)
                .withDetails("phát ra " + count.issued() + ", thu vào " + count.collected() + ", hợp lệ "
                        + count.valid() + "; " + tally));
        return rounds(caseId).stream()
                .filter(i -> i.id() == open.id())
                .findFirst()
                .orElseThrow();
    }

    /** The name introduced for the case, if the introduction ballot has decided. */
    @Transactional(readOnly = true)
    public Optional<String> introduced(long caseId) {
        congress(caseId, Permission.CONGRESS_VIEW);
        return introducedSecretary.of(caseId).map(NewElection.ListedName::fullName);
    }

    /**
     * Opens the secretary election on the name introduced: one seat, agree/disagree, counted by the engine
     * against the congress's D. Returns round 1's id.
     */
    @Transactional
    public long openElection(long caseId, String title) {
        congress(caseId, Permission.CONGRESS_DAY_RUN);
        NewElection.ListedName name = introducedSecretary
                .of(caseId)
                .orElseThrow(() -> DomainException.conflict("elections.secretary.error.notIntroduced"));
        String t = title == null || title.isBlank() ? "Bầu Bí thư (Đại hội bầu trực tiếp)" : title;
        return elections.open(caseId, new NewElection(t, Body.SECRETARY, 1, BallotForm.AGREE_DISAGREE, List.of(name)));
    }

    private Introduction round(long caseId, Integer roundNo) {
        List<Introduction> held = rounds(caseId);
        return held.stream()
                .filter(i -> roundNo == null ? i == held.getLast() : i.round() == roundNo)
                .findFirst()
                .orElseThrow(() ->
                        DomainException.notFound("elections.secretary.error.noRound", roundNo == null ? 1 : roundNo));
    }

    /**
     * A round of the case for its papers (the last one when {@code roundNo} is null), once the user holds
     * {@code permission} on the case's unit; with the case.
     */
    public Printed printed(long caseId, Integer roundNo, Permission permission) {
        CongressCase c = congress(caseId, permission);
        return new Printed(c, round(caseId, roundNo));
    }

    /** When a round was counted (none while it is open). */
    public Optional<Instant> countedAt(long introductionId) {
        return jdbc.sql("select counted_at from secretary_introduction where id = ?")
                .param(introductionId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** A round with its case, as the papers print it. */
    public record Printed(CongressCase congress, Introduction round) {}
}

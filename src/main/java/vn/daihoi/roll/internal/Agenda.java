package vn.daihoi.roll.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.platform.DomainException;
import vn.daihoi.roll.CandidateLists;
import vn.daihoi.roll.Roll;
import vn.daihoi.season.CongressCase;

/**
 * The congress's agenda (its ordered steps with times, the current one marked) and the bodies it elects by show
 * of hands from the roll: presidium, secretariat, credentials committee, counting committee.
 */
@Service
public class Agenda {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");

    private final JdbcClient jdbc;
    private final RollBook book;
    private final AuditLog audit;
    private final Clock clock;
    private final List<CandidateLists> candidateLists;
    private final Roll roll;

    Agenda(
            JdbcClient jdbc,
            RollBook book,
            AuditLog audit,
            Clock clock,
            List<CandidateLists> candidateLists,
            Roll roll) {
        this.roll = roll;
        this.candidateLists = candidateLists;
        this.jdbc = jdbc;
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member ids of the counting committee (people on the roll by name only have none). */
    public List<Long> countingCommitteeMemberIds(long caseId) {
        return roll.countingCommittee(caseId).stream()
                .map(CandidateLists.Person::memberId)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @Transactional(readOnly = true)
    public AgendaView view(long caseId) {
        book.congress(caseId);
        List<AgendaView.Step> steps = jdbc.sql("""
                        select id, position, starts_at, title, current from agenda_step
                        where case_id = ? order by position""")
                .param(caseId)
                .query((rs, i) -> new AgendaView.Step(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getObject("starts_at", LocalTime.class),
                        rs.getString("title"),
                        rs.getBoolean("current")))
                .list();
        Map<Long, RollEntry> entries = book.entries(caseId).stream().collect(Collectors.toMap(RollEntry::id, e -> e));
        List<AgendaView.Body> bodies = new ArrayList<>();
        jdbc.sql("select id, body, agree, disagree, total from hands_body where case_id = ? order by id")
                .param(caseId)
                .query(rs -> {
                    List<RollEntry> members = jdbc.sql("""
                                    select roll_entry_id from hands_body_member where body_id = ? order by position""").param(rs.getLong("id")).query(Long.class).list().stream()
                            .map(entries::get)
                            .toList();
                    bodies.add(new AgendaView.Body(
                            HandsBody.valueOf(rs.getString("body")),
                            rs.getInt("agree"),
                            rs.getInt("disagree"),
                            rs.getInt("total"),
                            members));
                });
        bodies.sort((a, b) -> a.body().compareTo(b.body()));
        return new AgendaView(steps, bodies);
    }

    /** Adds a step at the end of the agenda, with its planned time (HH:mm). */
    @Transactional
    public void addStep(long caseId, String startsAt, String title) {
        CongressCase c = book.lockForChange(caseId, RollActivity.PREPARE);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300) {
            throw new DomainException("roll.error.stepTitle");
        }
        LocalTime at;
        try {
            at = LocalTime.parse(startsAt == null ? "" : startsAt.strip(), HOUR);
        } catch (DateTimeParseException e) {
            throw new DomainException("roll.error.stepTime", startsAt == null ? "" : startsAt.strip());
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from agenda_step where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into agenda_step (case_id, position, starts_at, title) values (?, ?, ?, ?)")
                .param(caseId)
                .param(position)
                .param(at)
                .param(t)
                .update();
        audit.record(AuditLog.Change.of(
                "AGENDA_STEP_ADD",
                "congress_case",
                caseId,
                c.orgId(),
                "Thêm bước " + position + " vào chương trình đại hội: " + t));
    }

    /** Marks the step under way; the one before is no longer current. */
    @Transactional
    public void markCurrent(long caseId, Long stepId) {
        CongressCase c = book.lockForChange(caseId, RollActivity.SESSION);
        String title = stepId == null
                ? null
                : jdbc.sql("select title from agenda_step where case_id = ? and id = ?")
                        .param(caseId)
                        .param(stepId)
                        .query(String.class)
                        .optional()
                        .orElse(null);
        if (title == null) {
            throw DomainException.notFound("roll.error.noStep", stepId == null ? "" : stepId);
        }
        jdbc.sql("update agenda_step set current = false where case_id = ? and current")
                .param(caseId)
                .update();
        jdbc.sql("update agenda_step set current = true where id = ?")
                .param(stepId)
                .update();
        audit.record(AuditLog.Change.of(
                "AGENDA_STEP_CURRENT", "congress_case", caseId, c.orgId(), "Chuyển sang bước: " + title));
    }

    /**
     * Records a body chosen by show of hands from the roll, replacing an earlier choice of the same body. The
     * members must be summoned and counted in D; agree + disagree cannot exceed those voting, nor those D.
     */
    @Transactional
    public void chooseBody(long caseId, HandsChoice choice) {
        CongressCase c = book.lockForChange(caseId, RollActivity.SESSION);
        if (choice.body() == null) {
            throw new DomainException("roll.error.bodyRequired");
        }
        Set<Integer> numbers = numbers(choice.numbers());
        if (numbers.isEmpty()) {
            throw new DomainException("roll.error.membersRequired");
        }
        Integer agree = choice.agree();
        Integer disagree = choice.disagree();
        Integer total = choice.total();
        if (agree == null || disagree == null || total == null || agree < 0 || disagree < 0 || total <= 0) {
            throw new DomainException("roll.error.handsRequired");
        }
        if (agree + disagree > total) {
            throw new DomainException("roll.error.handsAddUp", agree, disagree, total);
        }
        int d = book.explain(caseId).base().d();
        if (total > d) {
            throw new DomainException("roll.error.handsAboveD", total, d);
        }
        Map<Integer, RollEntry> byNumber =
                book.entries(caseId).stream().collect(Collectors.toMap(RollEntry::number, e -> e));
        List<RollEntry> members = new ArrayList<>();
        for (int n : numbers) {
            RollEntry e = byNumber.get(n);
            if (e == null || !e.inBase()) {
                throw new DomainException("roll.error.notAVoter", n);
            }
            members.add(e);
        }
        if (choice.body() == HandsBody.COUNTING_COMMITTEE) {
            requireNoneOnAList(caseId, members);
        }
        jdbc.sql("delete from hands_body where case_id = ? and body = ?")
                .param(caseId)
                .param(choice.body().name())
                .update();
        long bodyId = jdbc.sql("""
                        insert into hands_body (case_id, body, agree, disagree, total, decided_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId)
                .param(choice.body().name())
                .param(agree)
                .param(disagree)
                .param(total)
                .param(OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        int position = 0;
        for (RollEntry e : members) {
            jdbc.sql("insert into hands_body_member (body_id, roll_entry_id, position) values (?, ?, ?)")
                    .param(bodyId)
                    .param(e.id())
                    .param(++position)
                    .update();
        }
        audit.record(AuditLog.Change.of(
                        "HANDS_BODY_CHOSEN",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Biểu quyết giơ tay " + choice.body() + " đại hội " + c.orgName() + ": " + agree
                                + " tán thành, " + disagree + " không tán thành / " + total)
                .withDetails(members.stream()
                        .map(e -> e.number() + " " + e.fullName())
                        .collect(Collectors.joining("; "))));
    }

    /** Elections.md §6: nobody on a list still being voted on may sit on the counting committee. */
    private void requireNoneOnAList(long caseId, List<RollEntry> members) {
        List<CandidateLists.Person> people = members.stream()
                .map(e -> new CandidateLists.Person(e.memberId(), e.fullName()))
                .toList();
        List<String> standing = candidateLists.stream()
                .flatMap(lists -> lists.standing(caseId, people).stream())
                .distinct()
                .toList();
        if (!standing.isEmpty()) {
            throw DomainException.conflict("roll.error.standsOnAList", String.join(", ", standing));
        }
    }

    /** Badge numbers as typed: separated by commas or spaces. */
    static Set<Integer> numbers(String text) {
        Set<Integer> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,6}")) {
                throw new DomainException("roll.error.badNumbers", part);
            }
            out.add(Integer.valueOf(part));
        }
        return out;
    }
}

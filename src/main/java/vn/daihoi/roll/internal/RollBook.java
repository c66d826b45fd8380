package vn.daihoi.roll.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.counting.Exclusion;
import vn.daihoi.names.PersonName;
import vn.daihoi.org.MemberSituation;
import vn.daihoi.org.OrgSql;
import vn.daihoi.platform.DomainException;
import vn.daihoi.roll.Roll;
import vn.daihoi.roll.VotingBase;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressState;

/**
 * Building the roll of a congress case: the members of the unit's subtree (all-member congress) or the
 * delegates (delegate congress), numbered for their badges. Numbers: members are numbered in the ballot order
 * of their names when the roll is filled; delegates and alternates in the order they are entered. Every change
 * is audited and takes the case's row lock, so two offices adding at once never get the same number.
 */
@Service
public class RollBook {

    static final String COLUMNS = """
            e.id, e.number, e.member_id, e.full_name, e.kind, e.exempt, e.exclusion, e.absence, e.absence_reason,
            e.electing_unit, e.alternate_rank, e.replaces_id, e.called_reason, e.summoned, c.checked_at
            """;

    private static final char[] TOKEN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Roll roll;
    private final CongressCases cases;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    RollBook(JdbcClient jdbc, Roll roll, CongressCases cases, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.roll = roll;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case, for a user who may see it. */
    public CongressCase congress(long caseId) {
        CongressCase c = find(caseId);
        access.require(Permission.CONGRESS_VIEW, c.orgId());
        return c;
    }

    /** D explained for the page and the API: summoned, each exclusion with its people, D, present, quorum. */
    @Transactional(readOnly = true)
    public BaseExplained explain(long caseId) {
        congress(caseId);
        VotingBase base = roll.base(caseId);
        Map<Exclusion, List<BaseExplained.Person>> people = new EnumMap<>(Exclusion.class);
        jdbc.sql("""
                        select id, number, full_name, exclusion, coalesce(absence_reason, exclusion_note) as reason
                        from roll_entry where case_id = ? and summoned and exclusion is not null order by number""").param(caseId).query(rs -> {
            people.computeIfAbsent(Exclusion.valueOf(rs.getString("exclusion")), x -> new ArrayList<>())
                    .add(new BaseExplained.Person(
                            rs.getLong("id"), rs.getInt("number"), rs.getString("full_name"), rs.getString("reason")));
        });
        return new BaseExplained(base, people);
    }

    /** Everyone on the roll by number, for a user who may see the case. */
    @Transactional(readOnly = true)
    public List<RollEntry> entries(long caseId) {
        congress(caseId);
        return jdbc.sql("select " + COLUMNS + """
                         from roll_entry e left join roll_checkin c on c.roll_entry_id = e.id
                        where e.case_id = ? order by e.number""")
                .param(caseId)
                .query(RollBook::map)
                .list();
    }

    /**
     * Puts on the roll of an all-member congress every official member of the unit's subtree not yet on it,
     * numbered after the last number in ballot order. Members on temporary transfer elsewhere, suspended or
     * prosecuted are summoned with their exclusion; exempted members are summoned and marked absent by the
     * office if they do not come. Probationary members, members hosted on a temporary transfer (they are on
     * their home unit's roll), deceased and removed members are not summoned. Returns how many were added.
     */
    @Transactional
    public int fillFromMembers(long caseId) {
        CongressCase c = lockForRollChange(caseId);
        if (!"ALL_MEMBER".equals(c.kind())) {
            throw DomainException.conflict("roll.error.notAllMember", c.orgName());
        }
        record Candidate(long id, String fullName, MemberSituation situation) {}
        List<Candidate> members = jdbc.sql("""
                        select m.id, m.full_name, m.situation from %s m
                        where m.status = 'OFFICIAL'
                          and m.situation in ('ACTIVE', 'TEMPORARY_TRANSFER_OUT', 'EXEMPT', 'SUSPENDED', 'PROSECUTED')
                          and not exists (select 1 from roll_entry e where e.case_id = ? and e.member_id = m.id)
                        order by m.sort_key, m.birth_date, m.id""".formatted(OrgSql.membersWithin("?")))
                .param(c.orgId())
                .param(caseId)
                .query((rs, i) ->
                        new Candidate(rs.getLong(1), rs.getString(2), MemberSituation.valueOf(rs.getString(3))))
                .list();
        int number = lastNumber(caseId);
        for (Candidate m : members) {
            Exclusion exclusion = switch (m.situation()) {
                case TEMPORARY_TRANSFER_OUT -> Exclusion.TEMPORARY_TRANSFER;
                case SUSPENDED -> Exclusion.SUSPENDED;
                case PROSECUTED -> Exclusion.PROSECUTED;
                default -> null;
            };
            insert(caseId, ++number, m.id(), m.fullName(), RollKind.MEMBER, true, null, null);
            if (exclusion != null || m.situation() == MemberSituation.EXEMPT) {
                jdbc.sql("update roll_entry set exclusion = ?, exempt = ? where case_id = ? and number = ?")
                        .param(exclusion == null ? null : exclusion.name())
                        .param(m.situation() == MemberSituation.EXEMPT)
                        .param(caseId)
                        .param(number)
                        .update();
            }
        }
        audit.record(AuditLog.Change.of(
                        "ROLL_FILL",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Lập danh sách triệu tập đại hội " + c.orgName() + ": thêm " + members.size() + " đảng viên")
                .withDetails(Map.of("added", members.size())));
        return members.size();
    }

    /**
     * Puts a delegate on the roll of a delegate congress, numbered after the last one. An alternate is on the
     * roll but not summoned until called up, in the order entered.
     */
    @Transactional
    public RollEntry addDelegate(long caseId, NewDelegate delegate) {
        CongressCase c = lockForRollChange(caseId);
        if (!"DELEGATE".equals(c.kind())) {
            throw DomainException.conflict("roll.error.notDelegate", c.orgName());
        }
        if (delegate.kind() == null || delegate.kind() == RollKind.MEMBER) {
            throw new DomainException("roll.error.kindRequired");
        }
        String fullName = delegate.fullName() == null ? "" : PersonName.clean(delegate.fullName());
        if (delegate.memberId() != null) {
            fullName = jdbc.sql("""
                            select m.full_name from %s m
                            where m.id = ? and m.status = 'OFFICIAL'""".formatted(OrgSql.membersWithin("?")))
                    .param(c.orgId())
                    .param(delegate.memberId())
                    .query(String.class)
                    .optional()
                    .orElseThrow(
                            () -> new DomainException("roll.error.memberNotHere", delegate.memberId(), c.orgName()));
            boolean already = jdbc.sql("select count(*) > 0 from roll_entry where case_id = ? and member_id = ?")
                    .param(caseId)
                    .param(delegate.memberId())
                    .query(Boolean.class)
                    .single();
            if (already) {
                throw DomainException.conflict("roll.error.alreadyOnRoll", fullName);
            }
        }
        if (fullName.isBlank() || fullName.length() > 200) {
            throw new DomainException("roll.error.nameRequired");
        }
        String unit = delegate.electingUnit() == null || delegate.electingUnit().isBlank()
                ? null
                : delegate.electingUnit().strip();
        if (unit != null && unit.length() > 300) {
            throw new DomainException("roll.error.unitTooLong");
        }
        if (unit == null && delegate.kind() == RollKind.ELECTED) {
            throw new DomainException("roll.error.unitRequired", fullName);
        }
        boolean alternate = delegate.kind() == RollKind.ALTERNATE;
        Integer rank = alternate
                ? jdbc.sql("select coalesce(max(alternate_rank), 0) + 1 from roll_entry where case_id = ?")
                        .param(caseId)
                        .query(Integer.class)
                        .single()
                : null;
        int number = lastNumber(caseId) + 1;
        long id = insert(caseId, number, delegate.memberId(), fullName, delegate.kind(), !alternate, unit, rank);
        audit.record(AuditLog.Change.of(
                "ROLL_ADD",
                "roll_entry",
                id,
                c.orgId(),
                "Thêm " + fullName + " (số " + number + ", " + delegate.kind() + ") vào danh sách đại hội "
                        + c.orgName()));
        return entry(caseId, id);
    }

    /**
     * The case for a change by the office running the day, its row locked until the change commits, refused
     * (409) unless the case is in a step where {@code activity} may change (read under the lock).
     */
    CongressCase lockForChange(long caseId, RollActivity activity) {
        CongressCase c = find(caseId);
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
        CongressState state = cases.lock(caseId).orElseThrow();
        activity.require(c, state, LocalDate.now(clock));
        return c;
    }

    /** As {@link #lockForChange} for a change of the roll itself: refused too once the roll is closed. */
    CongressCase lockForRollChange(long caseId) {
        CongressCase c = lockForChange(caseId, RollActivity.PREPARE);
        if (closed(caseId)) {
            throw DomainException.conflict("roll.error.closed", c.orgName());
        }
        return c;
    }

    /** Whether the roll is closed now: the latest closing or reopening says. */
    boolean closed(long caseId) {
        return jdbc.sql("select closed from roll_closing where case_id = ? order by id desc limit 1")
                .param(caseId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The case for reading what only the office running the day may see (the badge tokens). */
    CongressCase forDayRun(long caseId) {
        CongressCase c = find(caseId);
        access.require(Permission.CONGRESS_DAY_RUN, c.orgId());
        return c;
    }

    CongressCase find(long caseId) {
        return cases.find(caseId).orElseThrow(() -> DomainException.notFound("roll.error.noCase", caseId));
    }

    public RollEntry entry(long caseId, Long entryId) {
        if (entryId == null) {
            throw new DomainException("roll.error.entryRequired");
        }
        return jdbc.sql("select " + COLUMNS + """
                         from roll_entry e left join roll_checkin c on c.roll_entry_id = e.id
                        where e.case_id = ? and e.id = ?""")
                .param(caseId)
                .param(entryId)
                .query(RollBook::map)
                .optional()
                .orElseThrow(() -> DomainException.notFound("roll.error.noEntry", entryId));
    }

    private int lastNumber(long caseId) {
        return jdbc.sql("select coalesce(max(number), 0) from roll_entry where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    private long insert(
            long caseId,
            int number,
            Long memberId,
            String fullName,
            RollKind kind,
            boolean summoned,
            String electingUnit,
            Integer alternateRank) {
        return jdbc.sql("""
                        insert into roll_entry (case_id, number, member_id, full_name, kind, summoned, badge_token,
                            electing_unit, alternate_rank, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId)
                .param(number)
                .param(memberId)
                .param(fullName)
                .param(kind.name())
                .param(summoned)
                .param(newToken())
                .param(electingUnit)
                .param(alternateRank)
                .param(OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
    }

    /** A badge token a USB scanner types: letters and digits a person cannot confuse, never all digits. */
    public static String newToken() {
        StringBuilder token = new StringBuilder("DH");
        for (int i = 0; i < 14; i++) {
            token.append(TOKEN_LETTERS[RANDOM.nextInt(TOKEN_LETTERS.length)]);
        }
        return token.toString();
    }

    static RollEntry map(ResultSet rs, int row) throws SQLException {
        String exclusion = rs.getString("exclusion");
        String absence = rs.getString("absence");
        return new RollEntry(
                rs.getLong("id"),
                rs.getInt("number"),
                rs.getObject("member_id", Long.class),
                rs.getString("full_name"),
                RollKind.valueOf(rs.getString("kind")),
                rs.getBoolean("exempt"),
                exclusion == null ? null : Exclusion.valueOf(exclusion),
                absence == null ? null : Absence.valueOf(absence),
                rs.getString("absence_reason"),
                rs.getString("electing_unit"),
                rs.getObject("alternate_rank", Integer.class),
                rs.getObject("replaces_id", Long.class),
                rs.getString("called_reason"),
                rs.getBoolean("summoned"),
                rs.getObject("checked_at", OffsetDateTime.class));
    }
}

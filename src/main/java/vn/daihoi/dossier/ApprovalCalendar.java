package vn.daihoi.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.access.UserSql;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.org.OrgLevel;
import vn.daihoi.org.OrgSql;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.RuleKey;
import vn.daihoi.rules.Rulebook;
import vn.daihoi.rules.WorkingDays;
import vn.daihoi.season.CaseSql;
import vn.daihoi.season.CongressState;

/**
 * The approval calendar (lịch duyệt) of a superior: the dossiers declared ready by the units it directly
 * leads, the approval meetings its office schedules from them, and the conflicts shown on them.
 */
@Service
public class ApprovalCalendar {

    /** What the calendar page shows. */
    public record View(List<ReadyDossier> ready, List<ApprovalMeeting> meetings, List<MeetingConflict> conflicts) {}

    /** The cases of the units whose direct superior is {@code ?}. */
    static final String DIRECT_UNITS = " where " + OrgSql.directSuperior("c.org_id") + " = ?";

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Rulebook rulebook;
    private final WorkingDays workingDays;
    private final Dossiers dossiers;
    private final Clock clock;

    ApprovalCalendar(
            JdbcClient jdbc,
            AccessControl access,
            AuditLog audit,
            Rulebook rulebook,
            WorkingDays workingDays,
            Dossiers dossiers,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.rulebook = rulebook;
        this.workingDays = workingDays;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** The superior's calendar: ready dossiers, meetings from {@code from} on (all when null), conflicts. */
    @Transactional(readOnly = true)
    public View view(long superiorOrgId, LocalDate from) {
        access.require(Permission.CONGRESS_VIEW, superiorOrgId);
        List<ReadyDossier> ready = jdbc.sql("""
                        select c.id, c.org_id, """ + OrgSql.name("c.org_id") + """
                         as name, c.term, c.window_to, """ + UserSql.fullName("c.follower_user_id")
                        + """
                        ,
                               (select r.planned_on from dossier_round r where r.case_id = c.id
                                 order by r.round desc limit 1) as planned_on,
                               exists (select 1 from approval_meeting_unit u where u.case_id = c.id) as scheduled
                        from """ + CaseSql.cases() + """
                         c
                        """ + DIRECT_UNITS + """
                         and c.state = 'APPROVAL_MEETING'
                        order by name""")
                .param(superiorOrgId)
                .query((rs, i) -> new ReadyDossier(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject("planned_on", LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getBoolean("scheduled")))
                .list();
        List<ApprovalMeeting> meetings = meetings(
                "m.superior_org_id = ? and m.meets_on >= ?", superiorOrgId, from == null ? LocalDate.MIN : from);
        return new View(ready, meetings, conflicts(meetings));
    }

    /** One meeting, for a user who may see its superior. */
    @Transactional(readOnly = true)
    public ApprovalMeeting meeting(long id) {
        ApprovalMeeting m = meetings("m.id = ?", id).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("dossier.error.meetingNotFound", String.valueOf(id)));
        access.require(Permission.CONGRESS_VIEW, m.superiorOrgId());
        return m;
    }

    /**
     * Schedules a meeting with units whose dossiers are ready and that the superior directly leads. Conflicts
     * do not refuse it: they are shown on the calendar for the office to resolve.
     */
    @Transactional
    public ApprovalMeeting schedule(long superiorOrgId, ApprovalMeeting.New m) {
        access.require(Permission.CONGRESS_APPROVE, superiorOrgId);
        if (m.meetsOn() == null) {
            throw new DomainException("dossier.error.meetingDateRequired");
        }
        if (m.startsAt() == null || m.endsAt() == null || !m.endsAt().isAfter(m.startsAt())) {
            throw new DomainException("dossier.error.meetingTime");
        }
        String place = m.place() == null ? "" : m.place().strip();
        if (place.isEmpty() || place.length() > 300) {
            throw new DomainException("dossier.error.meetingPlace");
        }
        if (m.agenda() == null || m.agenda().isEmpty()) {
            throw new DomainException("dossier.error.meetingNoUnit");
        }
        Map<Long, ReadyDossier> ready =
                view(superiorOrgId, null).ready().stream().collect(Collectors.toMap(ReadyDossier::caseId, r -> r));
        Set<Long> seen = new HashSet<>();
        for (ApprovalMeeting.Entry e : m.agenda()) {
            if (!ready.containsKey(e.caseId())) {
                throw new DomainException("dossier.error.meetingUnitNotReady", String.valueOf(e.caseId()));
            }
            if (!seen.add(e.caseId())) {
                throw new DomainException(
                        "dossier.error.meetingUnitRepeated",
                        ready.get(e.caseId()).orgName());
            }
            if (e.presenter() == null
                    || e.presenter().isBlank()
                    || e.presenter().strip().length() > 300) {
                throw new DomainException(
                        "dossier.error.meetingPresenter", ready.get(e.caseId()).orgName());
            }
        }
        String user = access.requireUser().getUsername();
        long id = jdbc.sql("""
                        insert into approval_meeting (superior_org_id, meets_on, starts_at, ends_at, place, created_at,
                            created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        superiorOrgId,
                        m.meetsOn(),
                        m.startsAt(),
                        m.endsAt(),
                        place,
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)),
                        user)
                .query(Long.class)
                .single();
        for (ApprovalMeeting.Entry e : m.agenda()) {
            jdbc.sql("insert into approval_meeting_unit (meeting_id, case_id, presenter) values (?, ?, ?)")
                    .params(id, e.caseId(), e.presenter().strip())
                    .update();
        }
        String units = m.agenda().stream()
                .map(e -> ready.get(e.caseId()).orgName() + " (trình bày: "
                        + e.presenter().strip() + ")")
                .collect(Collectors.joining("; "));
        audit.record(AuditLog.Change.of(
                        "APPROVAL_MEETING_SCHEDULE",
                        "approval_meeting",
                        id,
                        superiorOrgId,
                        "Lịch duyệt đại hội ngày " + Dates.format(m.meetsOn()) + " " + m.startsAt() + "–" + m.endsAt()
                                + " tại " + place + ": " + units)
                .withDetails(
                        Map.of("cases", m.agenda().stream().map(e -> e.caseId()).toList())));
        return meeting(id);
    }

    /** The conflicts of these meetings, against each other and any other office's meetings on the same days. */
    List<MeetingConflict> conflicts(List<ApprovalMeeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        List<LocalDate> days =
                meetings.stream().map(ApprovalMeeting::meetsOn).distinct().toList();
        List<ApprovalMeeting> sameDays = new ArrayList<>();
        for (LocalDate day : days) {
            sameDays.addAll(meetings("m.meets_on = ?", day));
        }
        // a unit on two agendas shows wherever it is, even in a meeting outside the list's period
        Set<Long> caseIds = new HashSet<>();
        meetings.forEach(m -> m.agenda().forEach(a -> caseIds.add(a.caseId())));
        List<ApprovalMeeting> all = new ArrayList<>(meetings);
        for (long caseId : caseIds) {
            for (ApprovalMeeting o :
                    meetings("m.id in (select meeting_id from approval_meeting_unit where case_id = ?)", caseId)) {
                if (all.stream().noneMatch(x -> x.id() == o.id())) {
                    all.add(o);
                }
            }
        }
        WorkingDays calendar = workingDays.snapshot();
        CalendarConflicts.Lead lead = new CalendarConflicts.Lead() {
            @Override
            public int workingDaysBetween(LocalDate meeting, LocalDate congress) {
                return calendar.workingDaysBetween(meeting, congress);
            }

            @Override
            public int required(ApprovalMeeting.Agenda unit, LocalDate meeting) {
                return rulebook.integer(
                                unit.term(), OrgLevel.valueOf(unit.level()), RuleKey.DOSSIER_LEAD_WORKING_DAYS, meeting)
                        .orElse(-1);
            }
        };
        Set<Long> listed = meetings.stream().map(ApprovalMeeting::id).collect(Collectors.toSet());
        return CalendarConflicts.find(all, sameDays, lead).stream()
                .filter(c -> listed.contains(c.meetingId()))
                .toList();
    }

    private List<ApprovalMeeting> meetings(String where, Object... params) {
        record Head(long id, long superior, LocalDate on, LocalTime from, LocalTime to, String place) {}
        Map<Long, Head> heads = new LinkedHashMap<>();
        jdbc.sql("select m.id, m.superior_org_id, m.meets_on, m.starts_at, m.ends_at, m.place from approval_meeting m"
                        + " where " + where + " order by m.meets_on, m.starts_at, m.id")
                .params(params)
                .query((rs, i) -> new Head(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalTime.class),
                        rs.getObject(5, LocalTime.class),
                        rs.getString(6)))
                .list()
                .forEach(h -> heads.put(h.id(), h));
        if (heads.isEmpty()) {
            return List.of();
        }
        record Line(long meetingId, ApprovalMeeting.Agenda agenda) {}
        Map<Long, List<ApprovalMeeting.Agenda>> agendas = jdbc
                .sql("""
                        select u.meeting_id, c.id, c.org_id, """ + OrgSql.name("c.org_id") + """
                        , c.term, c.level, c.state, u.presenter, """ + UserSql.fullName("c.follower_user_id") + """
                        , c.window_to,
                               (select r.planned_on from dossier_round r where r.case_id = c.id
                                 order by r.round desc limit 1),
                               u.conclusion_document_id, u.conclusion_symbol
                        from approval_meeting_unit u
                        join """
                        + CaseSql.cases() + """
                         c on c.id = u.case_id
                        where u.meeting_id = any(?) order by u.meeting_id, c.id""")
                .param(heads.keySet().toArray(Long[]::new))
                .query((rs, i) -> new Line(
                        rs.getLong(1),
                        new ApprovalMeeting.Agenda(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getObject(10, LocalDate.class),
                                rs.getObject(11, LocalDate.class),
                                rs.getObject(12, Long.class),
                                rs.getString(13))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Line::meetingId, Collectors.mapping(Line::agenda, Collectors.toList())));
        List<ApprovalMeeting> out = new ArrayList<>();
        for (Head h : heads.values()) {
            out.add(new ApprovalMeeting(
                    h.id(),
                    h.superior(),
                    h.on(),
                    h.from(),
                    h.to(),
                    h.place(),
                    agendas.getOrDefault(h.id(), List.of())));
        }
        return out;
    }

    /** The superior that approves this case (for pages linking to its calendar). */
    public long superiorOfCase(long orgId) {
        return dossiers.superiorOf(orgId);
    }

    static boolean awaitsConclusion(ApprovalMeeting.Agenda a) {
        return a.conclusionDocumentId() == null
                && a.conclusionSymbol() == null
                && CongressState.APPROVAL_MEETING.name().equals(a.state());
    }
}

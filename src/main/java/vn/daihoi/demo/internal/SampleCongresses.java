package vn.daihoi.demo.internal;

import static vn.daihoi.season.CongressState.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daihoi.season.CongressState;

/**
 * The sample province's 2025-2030 congress season as it stood: the province's plan of 02/07/2025, cells
 * holding their congresses in July, communes and wards in August, the province from September. Most
 * units finished and were archived; a few of every level are stuck in each of the other states (late
 * dossiers, a postponement, an annulled result, an appointed committee…), so the progress pages show
 * every state, overdue units included. Every case carries its whole history, step by step, so progress
 * as of a past date can be replayed.
 */
final class SampleCongresses {

    static final String TERM = "2025-2030";
    /** The cell of the sample's secretary (bithu.dongtam). */
    static final String SECRETARY_CELL = "HBX.DX.01.T1";

    static final LocalDate PLAN_DATE = LocalDate.of(2025, 7, 2);
    static final String PLAN_REASON = "Kế hoạch 05-KH/TU ngày 02/07/2025 của Ban Thường vụ Tỉnh ủy";

    /** The states other than the finished ones, each given to a few units so none is empty. */
    private static final List<CongressState> STRAGGLERS = java.util.Arrays.stream(CongressState.values())
            .filter(s -> s != ARCHIVED)
            .toList();

    /** The way a congress goes when nothing goes wrong. */
    private static final List<CongressState> HAPPY = List.of(
            PLAN_ISSUED,
            PREPARING,
            INTERNAL_ADOPTED,
            DOSSIER_SUBMITTED,
            UNDER_APPRAISAL,
            APPROVAL_MEETING,
            APPROVED,
            CONVENED,
            PREPARATORY_SESSION,
            IN_SESSION,
            CLOSED,
            RESULT_REPORTED,
            CONFIRMED,
            ARCHIVED);

    /** Where a side exit or a detour leaves the happy path, and the state it goes to. */
    private static final Map<CongressState, CongressState> DETOUR_AFTER = new EnumMap<>(Map.of(
            RETURNED_FOR_REVISION, UNDER_APPRAISAL,
            POSTPONED, APPROVED,
            COMMITTEE_APPOINTED, PREPARING,
            RESULT_ANNULLED, RESULT_REPORTED,
            DISSOLVED, PREPARING,
            MERGED, PLAN_ISSUED,
            FIRST_COMMITTEE_MEETING, CLOSED));

    private record Unit(long id, String code, String level, boolean clerksCommune) {}

    private record Window(LocalDate from, LocalDate to) {}

    /**
     * The steps of a case from its results report on (report, confirmation or annulment, archive), with the
     * days they were taken: left to the results module's services, which store the report's files and register
     * the decision as they would for the office.
     */
    record Tail(long caseId, long orgId, List<CongressState> steps, List<LocalDate> dates) {}

    /**
     * The dossier of a case, handled on paper before the office used daihoi: the day it was handed in, the
     * congress day it asked for, the appraisal's verdict (APPROVAL_MEETING, RETURNED_FOR_REVISION or null while
     * still appraised) and its day, and the state the case's history reaches (its results steps included); left to the dossier module's services ({@link SampleRecords}), after which
     * the case's history resumes ({@link #resume}) with the steps up to its results report and the case's own
     * values of the end of that history.
     */
    record Dossier(
            long caseId,
            String code,
            String level,
            CongressState target,
            LocalDate submittedOn,
            LocalDate plannedOn,
            CongressState verdict,
            LocalDate decidedOn,
            List<CongressState> rest,
            List<LocalDate> restDates,
            CongressState written,
            LocalDate due) {}

    private final JdbcClient jdbc;
    /** The day of the load: the cell sitting today (the clerk's) holds its congress on it. */
    private final LocalDate today;

    private final List<Tail> tails = new ArrayList<>();
    private final List<Dossier> dossiers = new ArrayList<>();

    SampleCongresses(JdbcClient jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** The steps from the results report on of the cases written, for {@link SampleResults}. */
    List<Tail> tails() {
        return List.copyOf(tails);
    }

    /** The dossiers of the cases written, for {@link SampleRecords}, in the order they were handed in. */
    List<Dossier> dossiers() {
        return dossiers.stream()
                .sorted(java.util.Comparator.comparing(Dossier::submittedOn).thenComparingLong(Dossier::caseId))
                .toList();
    }

    /**
     * Takes up every case's history after its dossier, once the dossier module recorded it: the steps to the
     * results report at their days (recorded at the time of the load, after the dossier's), and the case's
     * values at the end of them.
     */
    void resume() {
        for (Dossier d : dossiers) {
            if (d.rest().isEmpty() || d.rest().getLast() == currentState(d.caseId())) {
                continue;
            }
            CongressState from = CongressState.valueOf(jdbc.sql("select state from congress_case where id = ?")
                    .param(d.caseId())
                    .query(String.class)
                    .single());
            // a step the services took already (the approval concluded at its meeting) is not written again
            for (int i = d.rest().indexOf(from) + 1; i < d.rest().size(); i++) {
                CongressState s = d.rest().get(i);
                jdbc.sql("""
                                insert into congress_transition (case_id, from_state, to_state, at, effective_on,
                                    username, reason)
                                values (?, ?, ?, now(), ?, ?, ?)""")
                        .param(d.caseId())
                        .param(from.name())
                        .param(s.name())
                        .param(d.restDates().get(i))
                        .param(SampleProvince.OFFICE)
                        .param(s == d.written() ? reason(s) : null)
                        .update();
                from = s;
            }
            CongressState w = d.written();
            jdbc.sql("""
                            update congress_case set state = ?, resume_state = ?, two_content = ?, due_on = ?,
                                postponed_to = ?, state_reason = ?, state_changed_at = ?::date, version = version + 1
                            where id = ?""")
                    .param(w.name())
                    .param(w == POSTPONED ? APPROVED.name() : null)
                    .param(w == COMMITTEE_APPOINTED)
                    .param(d.due())
                    .param(w == POSTPONED ? LocalDate.of(2025, 12, 15) : null)
                    .param(reason(w))
                    .param(d.restDates().getLast())
                    .param(d.caseId())
                    .update();
        }
    }

    private CongressState currentState(long caseId) {
        return CongressState.valueOf(jdbc.sql("select state from congress_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single());
    }

    /**
     * Writes a case for every current unit below (and including) the province, its history up to its results
     * report (the rest is in {@link #tails()}); returns how many.
     */
    int write(long provinceId, Long followerUserId, String username) {
        List<Unit> units = jdbc.sql("""
                        select v.org_id, u.code, v.level,
                               exists (select 1 from org_closure k join org_unit x on x.id = k.ancestor_id
                                       where k.descendant_id = v.org_id and x.code = ?) clerks_commune
                        from org_closure c
                        join org_version v on v.org_id = c.descendant_id and v.valid_to is null
                        join org_unit u on u.id = v.org_id
                        where c.ancestor_id = ? and v.level <> 'PARTY_GROUP'
                        order by u.code""")
                .params(SampleSessions.CLERK_UNIT, provinceId)
                .query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
        boolean clerkHasACongress = false;
        Map<String, Integer> seenPerLevel = new java.util.HashMap<>();
        for (Unit u : units) {
            int n = seenPerLevel.merge(u.level(), 1, Integer::sum) - 1;
            CongressState target = target(u, n);
            if (target == PREPARATORY_SESSION && u.level().endsWith("CELL")) {
                target = CONVENED; // a cell's congress has no preparatory session
            }
            // the commune's counting clerk has a congress to key: its first finished cell (but the secretary's,
            // whose finished congress the tour shows) sits today instead
            boolean sitsToday = false;
            if (!clerkHasACongress
                    && u.clerksCommune()
                    && u.level().endsWith("CELL")
                    && (target == ARCHIVED || target == CONFIRMED)
                    && !u.code().equals(SECRETARY_CELL)) {
                target = IN_SESSION;
                clerkHasACongress = true;
                sitsToday = true;
            }
            writeCase(u, target, followerUserId, username, sitsToday);
        }
        return units.size();
    }

    /**
     * Cells: one of every three of the first 60 is a straggler (each state gets some), the rest archived
     * or confirmed. Communes and wards: the first few are stragglers. The province is holding its congress.
     */
    private static CongressState target(Unit u, int n) {
        return switch (u.level()) {
            case "DIRECTLY_UNDER_CENTRAL" -> IN_SESSION;
            case "SUBORDINATE_CELL", "GRASSROOTS_CELL" ->
                n % 3 == 1 && n / 3 < STRAGGLERS.size() ? STRAGGLERS.get(n / 3) : n % 5 == 0 ? CONFIRMED : ARCHIVED;
            default ->
                n < 4
                        ? List.of(PREPARATORY_SESSION, DOSSIER_SUBMITTED, RESULT_REPORTED, POSTPONED)
                                .get(n)
                        : n % 2 == 0 ? CONFIRMED : ARCHIVED;
        };
    }

    static Window window(String level) {
        return switch (level) {
            case "SUBORDINATE_CELL", "GRASSROOTS_CELL", "SUB_COMMITTEE" ->
                new Window(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 31));
            case "DIRECTLY_UNDER_CENTRAL" -> new Window(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31));
            default -> new Window(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31));
        };
    }

    /** The steps from the plan to the target state. */
    static List<CongressState> path(CongressState target, boolean cell) {
        List<CongressState> steps = new ArrayList<>();
        CongressState leaveAt = DETOUR_AFTER.getOrDefault(target, target);
        for (CongressState s : HAPPY) {
            if (cell && s == PREPARATORY_SESSION) {
                continue;
            }
            steps.add(s);
            if (s == leaveAt) {
                break;
            }
        }
        if (leaveAt != target) {
            steps.add(target);
        }
        return steps;
    }

    private void writeCase(Unit u, CongressState target, Long follower, String username, boolean sitsToday) {
        boolean cell = u.level().endsWith("CELL");
        Window w = window(u.level());
        List<CongressState> steps = path(target, cell);
        // Steps are spread from the plan to the congress (two thirds into the window), then the reports.
        LocalDate congress = w.from().plusDays((w.to().toEpochDay() - w.from().toEpochDay()) * 2 / 3);
        if (target != ARCHIVED && target != CONFIRMED && !target.held()) {
            congress = w.to().plusDays(30); // never reached: the straggler is still before it
        }
        if (sitsToday) {
            congress = today; // its congress, put off until today, sits as the sample is loaded
        }
        int closedAt = steps.indexOf(CLOSED);
        List<LocalDate> dates = new ArrayList<>();
        LocalDate d = PLAN_DATE;
        for (int i = 0; i < steps.size(); i++) {
            CongressState s = steps.get(i);
            if (i > 0) {
                if (s == IN_SESSION || s == PREPARATORY_SESSION) {
                    d = later(d, congress.minusDays(s == PREPARATORY_SESSION ? 1 : 0));
                } else if (s == CLOSED) {
                    d = later(d, congress.plusDays(cell ? 0 : 1));
                } else if (closedAt >= 0 && i > closedAt) {
                    d = workday(d.plusDays(s == ARCHIVED ? 20 : 6));
                } else {
                    d = workday(d.plusDays(cell ? 1 : 3));
                }
            }
            dates.add(d);
        }
        LocalDate plannedOn = steps.contains(CONVENED) ? congress : null;
        LocalDate opened = date(steps, dates, cell ? IN_SESSION : PREPARATORY_SESSION);
        LocalDate closed = date(steps, dates, CLOSED);
        LocalDate reported = date(steps, dates, RESULT_REPORTED);
        LocalDate confirmed = date(steps, dates, CONFIRMED);
        // from the results report on, the steps are the results module's (see tails())
        int reportAt = steps.indexOf(RESULT_REPORTED);
        if (reportAt > 0) {
            tails.add(new Tail(
                    0,
                    u.id(),
                    List.copyOf(steps.subList(reportAt, steps.size())),
                    List.copyOf(dates.subList(reportAt, dates.size()))));
            steps = steps.subList(0, reportAt);
            dates = dates.subList(0, reportAt);
            reported = null;
            confirmed = null;
        }
        CongressState written = steps.getLast();
        LocalDate due = switch (written) {
            case CLOSED, FIRST_COMMITTEE_MEETING -> workday(closed.plusDays(9));
            case RESULT_REPORTED -> workday(reported.plusDays(21));
            case CONFIRMED, ARCHIVED, DISSOLVED, MERGED, RESULT_ANNULLED -> null;
            case POSTPONED -> LocalDate.of(2025, 12, 15);
            default -> w.to();
        };
        // from the dossier's submission to its verdict, the steps are the dossier module's (see dossiers()):
        // the case is written as it stood before, and resumed after
        int submitted = steps.indexOf(DOSSIER_SUBMITTED);
        Dossier dossier = null;
        if (submitted > 0) {
            int verdict = -1;
            for (int i = submitted + 1; i < steps.size() && verdict < 0; i++) {
                if (steps.get(i) == APPROVAL_MEETING || steps.get(i) == RETURNED_FOR_REVISION) {
                    verdict = i;
                }
            }
            int restFrom = verdict >= 0 ? verdict + 1 : submitted + 1;
            dossier = new Dossier(
                    0,
                    u.code(),
                    u.level(),
                    target,
                    dates.get(submitted),
                    plannedOn != null ? plannedOn : congress,
                    verdict >= 0 ? steps.get(verdict) : null,
                    verdict >= 0 ? dates.get(verdict) : null,
                    List.copyOf(steps.subList(restFrom, steps.size())),
                    List.copyOf(dates.subList(restFrom, dates.size())),
                    written,
                    due);
            steps = steps.subList(0, submitted);
            dates = dates.subList(0, submitted);
            written = steps.getLast();
            due = w.to();
        }
        long caseId = jdbc.sql("""
                        insert into congress_case (org_id, term, level, state, resume_state, kind, pilot,
                            two_content, window_from, window_to, max_days, planned_on, opened_on, closed_on,
                            reported_on, confirmed_on, due_on, follower_user_id, postponed_to, state_reason,
                            state_changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::date)
                        returning id""")
                .param(u.id())
                .param(TERM)
                .param(u.level())
                .param(written.name())
                .param(written == POSTPONED ? APPROVED.name() : null)
                .param(cell ? "ALL_MEMBER" : "DELEGATE")
                .param(u.code().endsWith(".01") || u.code().endsWith(".X01"))
                .param(written == COMMITTEE_APPOINTED)
                .param(w.from())
                .param(w.to())
                .param(cell ? new java.math.BigDecimal("0.5") : new java.math.BigDecimal(2))
                .param(plannedOn)
                .param(opened)
                .param(closed)
                .param(reported)
                .param(confirmed)
                .param(due)
                .param(cell ? null : follower)
                .param(written == POSTPONED ? LocalDate.of(2025, 12, 15) : null)
                .param(reason(written))
                .param(dates.getLast())
                .query(Long.class)
                .single();
        if (reportAt > 0) {
            Tail t = tails.removeLast();
            tails.add(new Tail(caseId, t.orgId(), t.steps(), t.dates()));
        }
        if (dossier != null) {
            Dossier x = dossier;
            dossiers.add(new Dossier(
                    caseId,
                    x.code(),
                    x.level(),
                    x.target(),
                    x.submittedOn(),
                    x.plannedOn(),
                    x.verdict(),
                    x.decidedOn(),
                    x.rest(),
                    x.restDates(),
                    x.written(),
                    x.due()));
        }
        for (int i = 0; i < steps.size(); i++) {
            CongressState s = steps.get(i);
            jdbc.sql("""
                            insert into congress_transition (case_id, from_state, to_state, at, effective_on,
                                username, reason)
                            values (?, ?, ?, ?::date + time '09:00', ?, ?, ?)""")
                    .param(caseId)
                    .param(i == 0 ? null : steps.get(i - 1).name())
                    .param(s.name())
                    .param(dates.get(i))
                    .param(dates.get(i))
                    .param(username)
                    .param(i == 0 ? PLAN_REASON : s == written ? reason(written) : null)
                    .update();
        }
    }

    static String reason(CongressState s) {
        return switch (s) {
            case RETURNED_FOR_REVISION -> "Bổ sung đề án nhân sự: thiếu tỷ lệ cán bộ nữ";
            case POSTPONED -> "Bão số 3 gây ngập lụt, hoãn đại hội theo kết luận của Ban Thường vụ";
            case COMMITTEE_APPOINTED -> "Hợp nhất đơn vị: chỉ định ban chấp hành, tổ chức đại hội hai nội dung";
            case RESULT_ANNULLED -> "Có đơn khiếu nại về quy trình bầu cử, hủy kết quả bầu chi ủy";
            case DISSOLVED -> "Giải thể do doanh nghiệp chấm dứt hoạt động";
            case MERGED -> "Sáp nhập vào chi bộ thôn liền kề";
            default -> null;
        };
    }

    private static LocalDate date(List<CongressState> steps, List<LocalDate> dates, CongressState s) {
        int i = steps.indexOf(s);
        return i < 0 ? null : dates.get(i);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate workday(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            x = x.plusDays(1);
        }
        return x;
    }
}

package vn.daihoi.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.documents.Direction;
import vn.daihoi.documents.DocumentRegister;
import vn.daihoi.documents.DocumentType;
import vn.daihoi.documents.IssuedDocument;
import vn.daihoi.documents.IssuingOrgan;
import vn.daihoi.documents.NewDocument;
import vn.daihoi.org.OrgNode;
import vn.daihoi.org.OrgTree;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.WorkingDays;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressMove;
import vn.daihoi.season.CongressState;

/**
 * The superior's side after a results report: complaints that hold the confirmation (the countdown stops
 * and resumes from what was left when the last one is settled), the confirmation with a registered decision,
 * and the annulment that reopens the election. Every step needs CONGRESS_APPROVE on the unit's direct
 * superior and is audited.
 */
@Service
public class Confirmations {

    private static final int MAX_TEXT = 4000;

    private final JdbcClient jdbc;
    private final CongressCases cases;
    private final DocumentRegister register;
    private final ResultsReports reports;
    private final OrgTree tree;
    private final AccessControl access;
    private final AuditLog audit;
    private final WorkingDays days;
    private final Clock clock;

    Confirmations(
            JdbcClient jdbc,
            CongressCases cases,
            DocumentRegister register,
            ResultsReports reports,
            OrgTree tree,
            AccessControl access,
            AuditLog audit,
            WorkingDays days,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.register = register;
        this.reports = reports;
        this.tree = tree;
        this.access = access;
        this.audit = audit;
        this.days = days;
        this.clock = clock;
    }

    /** Records a complaint; the first open one stops the confirmation's countdown. */
    @Transactional
    public Complaint fileComplaint(long caseId, ResultsRequests.NewComplaint complaint) {
        CongressCase c = superiorsCase(caseId);
        String who = required(complaint.complainant(), "results.field.complainant", 300);
        String what = required(complaint.content(), "results.field.content", MAX_TEXT);
        LocalDate today = LocalDate.now(clock);
        LocalDate received = complaint.receivedOn() != null ? complaint.receivedOn() : today;
        if (received.isAfter(today)) {
            throw new DomainException("results.error.futureDate", Dates.format(received));
        }
        requireAwaitingConfirmation(c);
        List<Complaint> open =
                complaintsOf(jdbc, caseId).stream().filter(Complaint::open).toList();
        int daysLeft = open.isEmpty()
                ? Countdown.of(days, c.dueOn(), today).signedDaysLeft()
                : open.getFirst().daysLeft();
        if (open.isEmpty()) {
            cases.holdDeadline(caseId, null);
        }
        long id = jdbc.sql("""
                        insert into results_complaint (case_id, complainant, received_on, content, days_left,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, who, received, what, daysLeft, username(), Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(AuditLog.Change.of(
                        "RESULTS_COMPLAINT",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Khiếu nại về kết quả đại hội " + c.orgName() + " của " + who + " (nhận ngày "
                                + Dates.format(received) + "): tạm dừng chuẩn y, còn " + daysLeft
                                + " ngày làm việc")
                .withDetails("complaintId=" + id + "; content=" + what));
        return complaint(id);
    }

    /** Settles a complaint; when none is left open the countdown resumes from what was left. */
    @Transactional
    public Complaint settle(long caseId, long complaintId, ResultsRequests.Settlement settlement) {
        CongressCase c = superiorsCase(caseId);
        Complaint complaint = complaintsOf(jdbc, caseId).stream()
                .filter(x -> x.id() == complaintId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("results.error.complaintNotFound", complaintId));
        if (!complaint.open()) {
            throw DomainException.conflict("results.error.complaintSettled", complaint.complainant());
        }
        String how = required(settlement.settlement(), "results.field.settlement", MAX_TEXT);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = settlement.settledOn() != null ? settlement.settledOn() : today;
        if (on.isAfter(today) || on.isBefore(complaint.receivedOn())) {
            throw new DomainException(
                    "results.error.settledOn", Dates.format(on), Dates.format(complaint.receivedOn()));
        }
        jdbc.sql("update results_complaint set settled_on = ?, settlement = ?, settled_by = ? where id = ?")
                .params(on, how, username(), complaintId)
                .update();
        LocalDate resumed = null;
        if (complaintsOf(jdbc, caseId).stream().noneMatch(Complaint::open)
                && c.state() == CongressState.RESULT_REPORTED) {
            resumed = Countdown.resumed(days, complaint.daysLeft(), on);
            cases.holdDeadline(caseId, resumed);
        }
        audit.record(AuditLog.Change.of(
                        "RESULTS_COMPLAINT_SETTLED",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Giải quyết khiếu nại của " + complaint.complainant() + " về đại hội " + c.orgName()
                                + " ngày " + Dates.format(on)
                                + (resumed == null ? "" : "; hạn chuẩn y mới " + Dates.format(resumed)))
                .withDetails("complaintId=" + complaintId + "; settlement=" + how));
        return complaint(complaintId);
    }

    /**
     * Confirms the results: registers the decision (Quyết định of the superior's standing committee, numbered
     * by the register, with the signed scan when given) and moves the case to CONFIRMED. Refused while a
     * complaint is open.
     */
    @Transactional
    public ResultsView confirm(long caseId, ResultsRequests.Confirmation confirmation) {
        CongressCase c = superiorsCase(caseId);
        requireAwaitingConfirmation(c);
        if (complaintsOf(jdbc, caseId).stream().anyMatch(Complaint::open)) {
            throw DomainException.conflict("results.error.onHold", c.orgName());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate decided = confirmation.decidedOn() != null ? confirmation.decidedOn() : today;
        String subject =
                confirmation.subject() == null || confirmation.subject().isBlank()
                        ? "Về việc chuẩn y kết quả đại hội " + c.orgName() + " nhiệm kỳ " + c.term()
                        : confirmation.subject().strip();
        long superior = superiorOf(c);
        NewDocument decision = new NewDocument(
                superior,
                null,
                IssuingOrgan.BTV,
                null,
                DocumentType.QUYET_DINH,
                null,
                null,
                decided,
                null,
                subject,
                "Chuẩn y kết quả đại hội " + c.orgName() + " nhiệm kỳ " + c.term() + ".",
                null,
                null,
                blankToNull(confirmation.signerName()),
                c.orgName(),
                Direction.OUTGOING,
                List.of(),
                null);
        IssuedDocument issued = register.issue(decision);
        if (confirmation.signedCopy() != null && confirmation.signedCopy().bytes() != null) {
            var signed = confirmation.signedCopy();
            reports.add(
                    caseId,
                    c.orgId(),
                    new ResultsRequests.Upload(ResultsFileKind.DECISION, signed.filename(), signed.bytes()),
                    username());
        }
        // recorded before the step: ConfirmationByDecision lets the case into CONFIRMED only with this row
        jdbc.sql("""
                        insert into results_confirmation (case_id, document_id, confirmed_on, confirmed_by, recorded_at,
                            annulled_on)
                        values (?, ?, ?, ?, now(), null)
                        on conflict (case_id) do update set document_id = excluded.document_id,
                            confirmed_on = excluded.confirmed_on, confirmed_by = excluded.confirmed_by,
                            recorded_at = excluded.recorded_at, annulled_on = null""").params(caseId, issued.id(), decided, username()).update();
        cases.move(caseId, new CongressMove(CongressState.CONFIRMED, decided, null, null, null));
        audit.record(AuditLog.Change.of(
                        "RESULTS_CONFIRM",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Chuẩn y kết quả đại hội " + c.orgName() + " nhiệm kỳ " + c.term() + ": quyết định "
                                + issued.symbol() + " ngày " + Dates.format(decided))
                .withDetails("documentId=" + issued.id()));
        return reports.view(caseId);
    }

    /**
     * Annuls the results with the reason: open complaints are settled by it, and the case waits for the
     * re-convened congress (RESULT_ANNULLED, then CONVENED with a new date, in season's state machine).
     */
    @Transactional
    public ResultsView annul(long caseId, String reason) {
        return annul(caseId, reason, null);
    }

    /**
     * Annuls the results by the superior's decision of {@code decidedOn} (today when null; never in the future,
     * never before the case's last step): for a decision taken on paper and recorded later.
     */
    @Transactional
    public ResultsView annul(long caseId, String reason, LocalDate decidedOn) {
        CongressCase c = superiorsCase(caseId);
        String why = required(reason, "results.field.reason", 2000);
        if (c.state() != CongressState.RESULT_REPORTED && c.state() != CongressState.CONFIRMED) {
            throw DomainException.conflict("results.error.notReported", c.orgName(), c.term());
        }
        LocalDate on = decidedOn != null ? decidedOn : LocalDate.now(clock);
        jdbc.sql("""
                        update results_complaint set settled_on = ?, settlement = ?, settled_by = ?
                        where case_id = ? and settled_on is null""")
                .params(on, "Kết quả đại hội bị hủy bỏ: " + why, username(), caseId)
                .update();
        jdbc.sql("update results_confirmation set annulled_on = ? where case_id = ? and annulled_on is null")
                .params(on, caseId)
                .update();
        cases.move(caseId, new CongressMove(CongressState.RESULT_ANNULLED, on, null, why, null));
        audit.record(AuditLog.Change.of(
                        "RESULTS_ANNUL",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Hủy bỏ kết quả đại hội " + c.orgName() + " nhiệm kỳ " + c.term() + ", bầu cử lại: " + why)
                .withDetails("reason=" + why));
        return reports.view(caseId);
    }

    /** Whether the current user acts for the unit's direct superior (complaints, confirmation, annulment). */
    public boolean maySettle(CongressCase c) {
        return access.can(Permission.CONGRESS_APPROVE, superiorOf(c));
    }

    /** The case, once the current user is known to act for the unit's direct superior. */
    private CongressCase superiorsCase(long caseId) {
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("congress.error.notFound", caseId));
        access.require(Permission.CONGRESS_APPROVE, superiorOf(c));
        return c;
    }

    private long superiorOf(CongressCase c) {
        LocalDate today = LocalDate.now(clock);
        return tree.node(c.orgId(), today)
                .or(() -> tree.lastKnown(c.orgId(), today))
                .map(OrgNode::directSuperiorId)
                .orElse(c.orgId());
    }

    private static void requireAwaitingConfirmation(CongressCase c) {
        if (c.state() != CongressState.RESULT_REPORTED) {
            throw DomainException.conflict("results.error.notReported", c.orgName(), c.term());
        }
    }

    private static String required(String text, String fieldKey, int max) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new DomainException(
                    "results.error.required",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(fieldKey));
        }
        if (s.length() > max) {
            throw new DomainException(
                    "results.error.tooLong",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(fieldKey),
                    max);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String username() {
        return access.requireUser().getUsername();
    }

    private Complaint complaint(long id) {
        return jdbc.sql("select * from results_complaint where id = ?")
                .param(id)
                .query(Confirmations::map)
                .single();
    }

    static List<Complaint> complaintsOf(JdbcClient jdbc, long caseId) {
        return jdbc.sql("select * from results_complaint where case_id = ? order by received_on, id")
                .param(caseId)
                .query(Confirmations::map)
                .list();
    }

    private static Complaint map(ResultSet rs, int n) throws SQLException {
        return new Complaint(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("complainant"),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("content"),
                rs.getInt("days_left"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("settled_on", LocalDate.class),
                rs.getString("settlement"),
                rs.getString("settled_by"));
    }
}

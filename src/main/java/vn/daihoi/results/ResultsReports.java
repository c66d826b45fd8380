package vn.daihoi.results;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.documents.DocumentSql;
import vn.daihoi.elections.ElectionBook;
import vn.daihoi.files.CongressFiles;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.rules.WorkingDays;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;
import vn.daihoi.season.CongressMove;
import vn.daihoi.season.CongressState;

/**
 * The results report a unit sends up after its congress (minutes, list of the elected, summaries), due within
 * 7 working days of the close: its files are stored and the case moves to RESULT_REPORTED in one
 * transaction, so a refused file leaves nothing behind. Also lists the report's files for the archive.
 */
@Service
public class ResultsReports implements CongressFiles {

    private final JdbcClient jdbc;
    private final CongressCases cases;
    private final FileStore files;
    private final AccessControl access;
    private final AuditLog audit;
    private final WorkingDays days;
    private final Clock clock;

    private final ElectionBook elections;

    ResultsReports(
            JdbcClient jdbc,
            CongressCases cases,
            FileStore files,
            AccessControl access,
            AuditLog audit,
            WorkingDays days,
            Clock clock,
            ElectionBook elections) {
        this.elections = elections;
        this.jdbc = jdbc;
        this.cases = cases;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.days = days;
        this.clock = clock;
    }

    /** The case's results, its countdown and complaints, for a user allowed to see the unit. */
    @Transactional(readOnly = true)
    public ResultsView view(long caseId) {
        CongressCase c = cases.view(caseId);
        List<Complaint> complaints = Confirmations.complaintsOf(jdbc, caseId);
        Countdown countdown = complaints.stream()
                .filter(Complaint::open)
                .findFirst()
                .map(open -> Countdown.onHold(open.daysLeft()))
                .orElseGet(() -> Countdown.of(days, dueNow(c), LocalDate.now(clock)));
        var decision = jdbc.sql("""
                        select r.document_id, %s from results_confirmation r
                        where r.case_id = ? and r.document_id is not null""".formatted(DocumentSql.symbol("r.document_id")))
                .param(caseId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        return new ResultsView(
                c,
                countdown,
                resultsFiles(caseId),
                complaints,
                decision.map(d -> (Long) d[0]).orElse(null),
                decision.map(d -> (String) d[1]).orElse(null),
                elections.ofCase(caseId).stream()
                        .filter(e -> e.rounds().stream().anyMatch(r -> r.status() != null))
                        .toList());
    }

    /** Only the report's and the confirmation's deadlines are counted down here. */
    private static LocalDate dueNow(CongressCase c) {
        return switch (c.state()) {
            case CLOSED, FIRST_COMMITTEE_MEETING, RESULT_REPORTED -> c.dueOn();
            default -> null;
        };
    }

    /**
     * Sends the results report: stores its files (the minutes and the list of the elected are required) and
     * moves the case to RESULT_REPORTED, which starts the confirmation's 15 working days. Needs CONGRESS_MANAGE
     * on the unit.
     */
    @Transactional
    public ResultsView submit(long caseId, ResultsRequests.Report report) {
        CongressCase c =
                cases.find(caseId).orElseThrow(() -> DomainException.notFound("congress.error.notFound", caseId));
        access.require(Permission.CONGRESS_MANAGE, c.orgId());
        if (c.state() != CongressState.CLOSED && c.state() != CongressState.FIRST_COMMITTEE_MEETING) {
            throw DomainException.conflict("results.error.notClosed", c.orgName(), c.term());
        }
        Set<ResultsFileKind> present = EnumSet.noneOf(ResultsFileKind.class);
        for (ResultsRequests.Upload u : report.files()) {
            if (u == null || u.kind() == null || u.kind() == ResultsFileKind.DECISION) {
                throw new DomainException("results.error.fileKind");
            }
            present.add(u.kind());
        }
        for (ResultsFileKind kind : ResultsFileKind.values()) {
            if (kind.required() && !present.contains(kind)) {
                throw new DomainException(
                        "results.error.fileMissing", new DefaultMessageSourceResolvable(kind.labelKey()), c.orgName());
            }
        }
        String username = access.requireUser().getUsername();
        for (ResultsRequests.Upload u : report.files()) {
            add(caseId, c.orgId(), u, username);
        }
        LocalDate reportedOn = report.reportedOn() != null ? report.reportedOn() : LocalDate.now(clock);
        CongressCase moved =
                cases.move(caseId, new CongressMove(CongressState.RESULT_REPORTED, reportedOn, null, null, null));
        audit.record(AuditLog.Change.of(
                        "RESULTS_REPORT",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Báo cáo kết quả đại hội " + c.orgName() + " nhiệm kỳ " + c.term() + " ngày "
                                + Dates.format(reportedOn) + ", "
                                + report.files().size() + " tệp")
                .withDetails("files=" + present + "; confirmDue=" + moved.dueOn()));
        return view(caseId);
    }

    /** Stores one file of the case (joins the caller's transaction). */
    StoredFile add(long caseId, long orgId, ResultsRequests.Upload u, String username) {
        StoredFile stored = files.store(u.filename(), u.bytes(), orgId, username);
        jdbc.sql("""
                        insert into results_file (case_id, kind, stored_file_id, added_at, added_by)
                        values (?, ?, ?, ?, ?)""")
                .params(caseId, u.kind().name(), stored.id(), Timestamp.from(clock.instant()), username)
                .update();
        return stored;
    }

    @Override
    public List<CongressFile> filesOf(long congressCaseId) {
        return jdbc.sql("select kind, stored_file_id from results_file where case_id = ? order by id")
                .param(congressCaseId)
                .query((rs, n) -> {
                    ResultsFileKind kind = ResultsFileKind.valueOf(rs.getString(1));
                    return new CongressFile(kind.group(), title(kind), rs.getLong(2));
                })
                .list();
    }

    private List<ResultsFile> resultsFiles(long caseId) {
        return jdbc.sql("select id, kind, stored_file_id from results_file where case_id = ? order by id")
                .param(caseId)
                .query((rs, n) -> new ResultsFile(
                        rs.getLong(1),
                        ResultsFileKind.valueOf(rs.getString(2)),
                        files.find(rs.getLong(3)).orElseThrow()))
                .list();
    }

    /** The archive's index is in Vietnamese whatever the reader's language: the titles are the record's. */
    static String title(ResultsFileKind kind) {
        return switch (kind) {
            case MINUTES -> "Biên bản đại hội";
            case ELECTED_LIST -> "Danh sách trúng cử";
            case COUNT_MINUTES -> "Biên bản kiểm phiếu";
            case SUMMARY -> "Báo cáo tóm tắt kết quả đại hội";
            case DECISION -> "Quyết định chuẩn y kết quả đại hội";
        };
    }
}

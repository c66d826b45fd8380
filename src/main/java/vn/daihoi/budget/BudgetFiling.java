package vn.daihoi.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.budget.internal.BudgetExports;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCase;
import vn.daihoi.season.CongressCases;

/**
 * Files the current estimate into the congress file ("Lưu vào hồ sơ đại hội"): its XLSX and PDF exports are
 * stored in {@link FileStore} in the same transaction as the rows that link them to the case, so a failure
 * leaves neither. Filing again adds a new filing; earlier ones stay listed, the archive takes the latest.
 */
@Service
public class BudgetFiling {

    /** One filing: its number, when and by whom, the total filed, and the two stored files. */
    public record Filing(int number, Instant filedAt, String filedBy, long total, List<StoredFile> files) {}

    private final BudgetEstimates estimates;
    private final BudgetExports exports;
    private final FileStore files;
    private final AccessControl access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CongressCases cases;

    BudgetFiling(
            BudgetEstimates estimates,
            BudgetExports exports,
            FileStore files,
            AccessControl access,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock,
            CongressCases cases) {
        this.cases = cases;
        this.estimates = estimates;
        this.exports = exports;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the estimate as it stands (CONGRESS_MANAGE on the case's unit); refused when it has no line. */
    @Transactional
    public Filing file(long caseId) {
        BudgetEstimate e = estimates.view(caseId);
        CongressCase c = e.congress();
        access.require(Permission.CONGRESS_MANAGE, c.orgId());
        if (e.lines().isEmpty()) {
            throw new DomainException("budget.error.fileEmpty", c.orgName(), c.term());
        }
        // the case row is locked so two filings at once do not take the same number
        cases.lock(caseId).orElseThrow();
        int number = jdbc.sql("select coalesce(max(filing), 0) + 1 from budget_filed_file where case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
        String user = access.requireUser().getUsername();
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        String base =
                "du-toan-kinh-phi-" + c.orgCode().replaceAll("[^A-Za-z0-9-]", "-") + "-" + c.term() + "-lan-" + number;
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            exports.xlsx(e, xlsx);
            exports.pdf(e, pdf);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        StoredFile sheet = files.store(base + ".xlsx", xlsx.toByteArray(), c.orgId(), user);
        StoredFile print = files.store(base + ".pdf", pdf.toByteArray(), c.orgId(), user);
        link(caseId, number, "XLSX", sheet, e.total(), user, now);
        link(caseId, number, "PDF", print, e.total(), user, now);
        audit.record(AuditLog.Change.of(
                        "BUDGET_FILE",
                        "congress_case",
                        caseId,
                        c.orgId(),
                        "Lưu dự toán kinh phí đại hội " + c.orgName() + " nhiệm kỳ " + c.term()
                                + " vào hồ sơ đại hội (lần " + number + ", tổng " + Vnd.format(e.total()) + ")")
                .withDetails(
                        "xlsx=" + sheet.id() + ":" + sheet.sha256() + "; pdf=" + print.id() + ":" + print.sha256()));
        return new Filing(number, now.toInstant(), user, e.total(), List.of(sheet, print));
    }

    private void link(long caseId, int number, String kind, StoredFile f, long total, String user, Timestamp at) {
        jdbc.sql("""
                        insert into budget_filed_file (case_id, filing, kind, stored_file_id, total, filed_by, filed_at)
                        values (?, ?, ?, ?, ?, ?, ?)""").params(caseId, number, kind, f.id(), total, user, at).update();
    }

    /** The filings of the case, newest first (CONGRESS_VIEW). */
    public List<Filing> filings(long caseId) {
        estimates.view(caseId);
        record Row(int number, Instant at, String by, long total, long fileId) {}
        List<Row> rows = jdbc.sql("""
                        select filing, filed_at, filed_by, total, stored_file_id from budget_filed_file
                        where case_id = ? order by filing desc, kind desc""")
                .param(caseId)
                .query((rs, n) -> new Row(
                        rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
        Map<Integer, Filing> out = new LinkedHashMap<>();
        for (Row r : rows) {
            StoredFile f = files.find(r.fileId()).orElseThrow();
            out.computeIfAbsent(r.number(), k -> new Filing(r.number(), r.at(), r.by(), r.total(), new ArrayList<>()))
                    .files()
                    .add(f);
        }
        return List.copyOf(out.values());
    }
}

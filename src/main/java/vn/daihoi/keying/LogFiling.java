package vn.daihoi.keying;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daihoi.access.AccessControl;
import vn.daihoi.access.Permission;
import vn.daihoi.audit.AuditLog;
import vn.daihoi.elections.ElectionRounds;
import vn.daihoi.elections.RoundSheet;
import vn.daihoi.elections.RoundState;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.platform.Dates;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CongressCases;

/**
 * "Lưu nhật ký vào hồ sơ": the printed entry log of a released round stored in the congress file, with its
 * checksum, the number of entries and the chain's last hash; audited. The round's chain head is locked while
 * filing, so the stored PDF is the log as it stands at that hash. The same log is not filed twice.
 */
@Service
public class LogFiling {

    /** One filing of a round's log. */
    public record Filing(long roundId, int number, int entries, String logHead, StoredFile file) {}

    private final JdbcClient jdbc;
    private final ElectionRounds rounds;
    private final EntryLog log;
    private final EntryLogPdf pdf;
    private final FileStore files;
    private final CongressCases cases;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    LogFiling(
            JdbcClient jdbc,
            ElectionRounds rounds,
            EntryLog log,
            EntryLogPdf pdf,
            FileStore files,
            CongressCases cases,
            AccessControl access,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.log = log;
        this.pdf = pdf;
        this.files = files;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Files the round's entry log (CONGRESS_DAY_RUN; the round must be released). */
    @Transactional
    public Filing file(long roundId) {
        RoundSheet sheet = rounds.sheet(roundId);
        long orgId = cases.find(sheet.caseId()).orElseThrow().orgId();
        access.require(Permission.CONGRESS_DAY_RUN, orgId);
        if (sheet.state() != RoundState.RELEASED) {
            throw DomainException.conflict("keying.filing.notReleased", sheet.title(), sheet.roundNo());
        }
        EntryLog.Head head = log.lock(roundId);
        record Earlier(int filing, Instant filedAt) {}
        jdbc.sql("select filing, filed_at from keying_log_filing where round_id = ? and log_head = ?")
                .params(roundId, head.logHead())
                .query(Earlier.class)
                .optional()
                .ifPresent(earlier -> {
                    throw DomainException.conflict(
                            "keying.filing.already",
                            earlier.filing(),
                            Dates.format(earlier.filedAt()
                                    .atZone(vn.daihoi.platform.Dates.ZONE)
                                    .toLocalDate()));
                });
        int number = jdbc.sql("select coalesce(max(filing), 0) + 1 from keying_log_filing where round_id = ?")
                .param(roundId)
                .query(Integer.class)
                .single();
        String user = access.requireUser().getUsername();
        StoredFile stored = files.store(
                "nhat-ky-nhap-phieu-vong-" + roundId + "-lan-" + number + ".pdf", pdf.render(roundId), orgId, user);
        jdbc.sql("""
                        insert into keying_log_filing
                            (round_id, case_id, filing, stored_file_id, entries, log_head, filed_by, filed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        roundId,
                        sheet.caseId(),
                        number,
                        stored.id(),
                        head.logSeq(),
                        head.logHead(),
                        user,
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
        audit.record(AuditLog.Change.of(
                        "KEYING_LOG_FILED",
                        "election_round",
                        roundId,
                        orgId,
                        "Lưu nhật ký nhập phiếu " + sheet.title() + ", vòng " + sheet.roundNo()
                                + " vào hồ sơ đại hội (lần " + number + ", " + head.logSeq() + " mục)")
                .withDetails("mã băm cuối " + head.logHead() + "; SHA-256 của tệp " + stored.sha256()));
        return new Filing(roundId, number, head.logSeq(), head.logHead(), stored);
    }

    /** The filings of a round's log, newest first (anyone who may see the round's sheet). */
    @Transactional(readOnly = true)
    public List<Filing> filings(long roundId) {
        rounds.sheet(roundId);
        record Row(int filing, int entries, String logHead, long storedFileId) {}
        return jdbc.sql("""
                        select filing, entries, log_head, stored_file_id from keying_log_filing
                        where round_id = ? order by filing desc""").param(roundId).query(Row.class).list().stream()
                .map(r -> new Filing(
                        roundId,
                        r.filing(),
                        r.entries(),
                        r.logHead(),
                        files.find(r.storedFileId()).orElseThrow()))
                .toList();
    }
}

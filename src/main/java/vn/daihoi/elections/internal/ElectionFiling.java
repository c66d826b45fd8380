package vn.daihoi.elections.internal;

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
import vn.daihoi.elections.paper.ElectionPapers;
import vn.daihoi.files.FileSql;
import vn.daihoi.files.FileStore;
import vn.daihoi.files.StoredFile;
import vn.daihoi.platform.DomainException;
import vn.daihoi.season.CaseSql;

/**
 * "Lưu biên bản vào hồ sơ": the papers of a closed election stored in the congress file — the counting minutes
 * of each released round and the election minutes, each as PDF and DOCX, rendered by {@link ElectionPapers}
 * from the stored records. Every filing is kept; the archive takes the latest of each election. The rounds'
 * record JSON is not filed: the file store accepts documents and images only, and the record stays available
 * from the election itself.
 */
@Service
public class ElectionFiling {

    /** One filing of an election: its number, when and by whom, the files stored. */
    public record Filing(long electionId, int number, Instant filedAt, String filedBy, List<FiledFile> files) {}

    /** A filed file with its title in the archive's index. */
    public record FiledFile(String title, long storedFileId, String filename, String sha256) {}

    private record Head(long orgId, long caseId, String title, String state) {}

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final FileStore files;
    private final ElectionPapers papers;

    ElectionFiling(
            JdbcClient jdbc,
            AccessControl access,
            AuditLog audit,
            Clock clock,
            FileStore files,
            ElectionPapers papers) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.files = files;
        this.papers = papers;
    }

    private Head head(long electionId, boolean forUpdate) {
        return jdbc.sql("""
                        select %s as org_id, e.case_id, e.title, e.state
                        from election e where e.id = ?
                        """.formatted(CaseSql.orgId("e.case_id")) + (forUpdate ? " for update of e" : ""))
                .param(electionId)
                .query(Head.class)
                .optional()
                .orElseThrow(() -> Scope.unknown("election", electionId));
    }

    /** Files the papers of a closed election (CONGRESS_MANAGE on the unit); refused while it is still open. */
    @Transactional
    public Filing file(long electionId) {
        Head h = head(electionId, true);
        access.require(Permission.CONGRESS_MANAGE, h.orgId());
        if (!"CLOSED".equals(h.state())) {
            throw DomainException.conflict("elections.filing.error.notClosed", h.title());
        }
        List<Integer> released =
                jdbc.sql("""
                        select round_no from election_round
                        where election_id = ? and state = 'RELEASED' order by round_no
                        """).param(electionId).query(Integer.class).list();
        int number = jdbc.sql("select coalesce(max(filing), 0) + 1 from election_filing where election_id = ?")
                .param(electionId)
                .query(Integer.class)
                .single();
        String user = access.requireUser().getUsername();
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        long filingId = jdbc.sql("""
                        insert into election_filing (election_id, filing, filed_by, filed_at)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(electionId, number, user, now)
                .query(Long.class)
                .single();
        String base = "cuoc-bau-" + electionId + "-lan-luu-" + number;
        List<FiledFile> stored = new ArrayList<>();
        for (int round : released) {
            String what = h.title() + " — biên bản kiểm phiếu lần bầu thứ " + round;
            stored.add(store(
                    filingId,
                    stored.size() + 1,
                    what + " (PDF)",
                    base + "-bien-ban-kiem-phieu-vong-" + round + ".pdf",
                    papers.countingMinutesPdf(electionId, round),
                    h,
                    user));
            stored.add(store(
                    filingId,
                    stored.size() + 1,
                    what + " (DOCX)",
                    base + "-bien-ban-kiem-phieu-vong-" + round + ".docx",
                    papers.countingMinutesDocx(electionId, round),
                    h,
                    user));
        }
        String minutes = h.title() + " — biên bản bầu cử";
        stored.add(store(
                filingId,
                stored.size() + 1,
                minutes + " (PDF)",
                base + "-bien-ban-bau-cu.pdf",
                papers.electionMinutesPdf(electionId),
                h,
                user));
        stored.add(store(
                filingId,
                stored.size() + 1,
                minutes + " (DOCX)",
                base + "-bien-ban-bau-cu.docx",
                papers.electionMinutesDocx(electionId),
                h,
                user));
        StringBuilder details = new StringBuilder();
        stored.forEach(f ->
                details.append(f.storedFileId()).append(':').append(f.sha256()).append("; "));
        audit.record(AuditLog.Change.of(
                        "ELECTION_FILE",
                        "election",
                        electionId,
                        h.orgId(),
                        "Lưu biên bản " + h.title() + " vào hồ sơ đại hội (lần " + number + ", " + stored.size()
                                + " tệp)")
                .withDetails("caseId=" + h.caseId() + "; " + details));
        return new Filing(electionId, number, now.toInstant(), user, stored);
    }

    private FiledFile store(
            long filingId, int position, String title, String filename, byte[] bytes, Head h, String user) {
        StoredFile f = files.store(filename, bytes, h.orgId(), user);
        jdbc.sql("""
                        insert into election_filed_file (filing_id, position, title, stored_file_id)
                        values (?, ?, ?, ?)
                        """).params(filingId, position, title, f.id()).update();
        return new FiledFile(title, f.id(), f.filename(), f.sha256());
    }

    /** The filings of an election, newest first (CONGRESS_VIEW). */
    @Transactional(readOnly = true)
    public List<Filing> filings(long electionId) {
        Head h = head(electionId, false);
        access.require(Permission.CONGRESS_VIEW, h.orgId());
        record Row(
                int filing,
                Timestamp filedAt,
                String filedBy,
                String title,
                long storedFileId,
                String filename,
                String sha256) {}
        Map<Integer, Filing> out = new LinkedHashMap<>();
        for (Row r : jdbc.sql("""
                        select g.filing, g.filed_at, g.filed_by, f.title, f.stored_file_id, %s as filename,
                               %s as sha256
                        from election_filing g
                        join election_filed_file f on f.filing_id = g.id
                        where g.election_id = ? order by g.filing desc, f.position
                        """.formatted(FileSql.filename("f.stored_file_id"), FileSql.sha256("f.stored_file_id")))
                .param(electionId)
                .query(Row.class)
                .list()) {
            out.computeIfAbsent(
                            r.filing(),
                            n -> new Filing(electionId, n, r.filedAt().toInstant(), r.filedBy(), new ArrayList<>()))
                    .files()
                    .add(new FiledFile(r.title(), r.storedFileId(), r.filename(), r.sha256()));
        }
        return List.copyOf(out.values());
    }
}
